package org.stptoolkit.model.solution;

/**
 * How the engine computes a solution's saving from the baseline, when the plan gives a rule rather than
 * (or beside) phased amounts. Each kind is a record in this package; the engine dispatches through
 * {@link #kind()}.
 */
public sealed interface SolutionRule
    permits PercentOfPool, OpportunityRealisation, ActivityShift, BedClosure, OverheadRemoval {

  /** The JSON and template name of this kind of rule. */
  String kind();
}
