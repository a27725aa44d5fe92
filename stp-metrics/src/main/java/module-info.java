/**
 * How the population fares: indicator values with PHE's confidence intervals, comparisons with
 * benchmarks, standards and peers, trends, life tables, the Fingertips CSV import and the three-gaps
 * summary.
 */
@SuppressWarnings("requires-automatic") // commons-math3 has no module descriptor
module org.stptoolkit.metrics {
  requires transitive org.stptoolkit.model;
  requires commons.math3;

  exports org.stptoolkit.metrics.catalogue;
  exports org.stptoolkit.metrics.comparison;
  exports org.stptoolkit.metrics.derived;
  exports org.stptoolkit.metrics.fingertips;
  exports org.stptoolkit.metrics.intervals;
  exports org.stptoolkit.metrics.json;
  exports org.stptoolkit.metrics.lifeexpectancy;
  exports org.stptoolkit.metrics.peers;
  exports org.stptoolkit.metrics.summary;
  exports org.stptoolkit.metrics.trend;
}
