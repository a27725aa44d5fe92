/** A Java team's application using the STP toolkit as modules. */
module org.example.stpconsumer {
  requires org.stptoolkit.finance;
  requires org.stptoolkit.metrics;
}
