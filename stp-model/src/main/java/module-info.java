/**
 * What a footprint is: the toolkit's records, enums, JSON reading and writing, validation findings, the
 * embedded Staffordshire example and the synthetic nation.
 *
 * <p>Exported: the value types ({@code org.stptoolkit.model}, {@code model.basics} and the part packages),
 * JSON, validation, file input, the example and the synthetic generator. Not exported: the argument
 * checkers in {@code org.stptoolkit.model.internal}, which only the toolkit's own modules may use. The
 * record packages are opened to Jackson, which reads footprints into them by reflection.
 */
@SuppressWarnings("module") // the qualified exports name modules that are built after this one
module org.stptoolkit.model {
  requires transitive com.fasterxml.jackson.databind;
  requires com.networknt.schema;

  exports org.stptoolkit.model;
  exports org.stptoolkit.model.basics;
  exports org.stptoolkit.model.activity;
  exports org.stptoolkit.model.finance;
  exports org.stptoolkit.model.indicator;
  exports org.stptoolkit.model.risk;
  exports org.stptoolkit.model.sensitivity;
  exports org.stptoolkit.model.solution;
  exports org.stptoolkit.model.validation;
  exports org.stptoolkit.model.json;
  exports org.stptoolkit.model.io;
  exports org.stptoolkit.model.example;
  exports org.stptoolkit.model.synthetic;

  exports org.stptoolkit.model.internal to
      org.stptoolkit.finance, org.stptoolkit.metrics, org.stptoolkit.reports;

  opens org.stptoolkit.model to com.fasterxml.jackson.databind;
  opens org.stptoolkit.model.basics to com.fasterxml.jackson.databind;
  opens org.stptoolkit.model.activity to com.fasterxml.jackson.databind;
  opens org.stptoolkit.model.finance to com.fasterxml.jackson.databind;
  opens org.stptoolkit.model.indicator to com.fasterxml.jackson.databind;
  opens org.stptoolkit.model.risk to com.fasterxml.jackson.databind;
  opens org.stptoolkit.model.sensitivity to com.fasterxml.jackson.databind;
  opens org.stptoolkit.model.solution to com.fasterxml.jackson.databind;
  opens org.stptoolkit.model.json to com.fasterxml.jackson.databind;
}
