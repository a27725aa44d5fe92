package org.stptoolkit.finance.projection;

import org.stptoolkit.finance.basics.ByYear;

/**
 * The health system's money seen from both sides, £'000 by plan year (drivers-based do-nothing).
 *
 * <p>The system position is the sum of the organisations' surpluses: a pound a CCG pays a provider in the
 * footprint is the CCG's expenditure and the provider's income, so it cancels in that sum and is counted
 * once. Adding commissioners' spend to providers' income would count it twice; the two are therefore
 * shown side by side and never added. {@code intraSystemFlowEstimate} = min(commissioner healthcare
 * spend, provider income) is the most that can be flowing between them.
 *
 * @param commissionerAllocation CCGs' income (allocation)
 * @param commissionerSpend CCGs' expenditure (healthcare, CHC, running costs)
 * @param commissionerPosition allocation − spend (+ pressures)
 * @param providerIncome providers' (normalised) income
 * @param providerExpenditure providers' expenditure
 * @param providerPosition income − expenditure (+ pressures)
 * @param systemPosition commissionerPosition + providerPosition (the drivers-based health do-nothing)
 * @param intraSystemFlowEstimate min(commissioner healthcare spend, provider income)
 */
public record SystemView(ByYear commissionerAllocation, ByYear commissionerSpend,
    ByYear commissionerPosition, ByYear providerIncome, ByYear providerExpenditure,
    ByYear providerPosition, ByYear systemPosition, ByYear intraSystemFlowEstimate) {}
