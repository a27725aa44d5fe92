/**
 * What the money does: the do-nothing projection, solutions, the financial bridge, sensitivities, risk
 * adjustment, Monte Carlo, aggregation and goal seek, with {@link org.stptoolkit.finance.StpEngine} as the
 * entry point.
 *
 * <p>Not exported: {@code org.stptoolkit.finance.internal} (the resolved footprint and the array kernels
 * indexed by int measure codes), which only the toolkit's reports module may use.
 */
@SuppressWarnings({"module", "requires-automatic"}) // reports is built after this module; commons-math3 has no module descriptor
module org.stptoolkit.finance {
  requires transitive org.stptoolkit.model;
  requires commons.math3;

  exports org.stptoolkit.finance;
  exports org.stptoolkit.finance.basics;
  exports org.stptoolkit.finance.aggregation;
  exports org.stptoolkit.finance.bridge;
  exports org.stptoolkit.finance.goalseek;
  exports org.stptoolkit.finance.json;
  exports org.stptoolkit.finance.montecarlo;
  exports org.stptoolkit.finance.national;
  exports org.stptoolkit.finance.projection;
  exports org.stptoolkit.finance.risk;
  exports org.stptoolkit.finance.sensitivity;
  exports org.stptoolkit.finance.solution;

  exports org.stptoolkit.finance.internal to org.stptoolkit.reports;
}
