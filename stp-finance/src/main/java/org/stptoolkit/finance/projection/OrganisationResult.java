package org.stptoolkit.finance.projection;

import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.model.basics.OrganisationType;

/**
 * One organisation's drivers-based do-nothing, £'000.
 *
 * @param code organisation code
 * @param name organisation name
 * @param type its type (and so its sector)
 * @param localPlan code of its local plan, or {@code null}
 * @param normalisedSurplus base-year normalised surplus (deficit negative)
 * @param surplus do-nothing surplus by plan year, including named pressures
 * @param income income (allocation, funding) by plan year
 * @param expenditure staff + variable + fixed + continuing healthcare by plan year
 */
public record OrganisationResult(String code, String name, OrganisationType type, String localPlan,
    double normalisedSurplus, ByYear surplus, ByYear income, ByYear expenditure) {}
