package org.stptoolkit.model.validation;

import java.util.Objects;

/**
 * One problem (or note) found in an input: how serious, which rule, where, what was expected and what
 * was found. Findings are data; the CLI prints them one per line with {@link #toString()}.
 *
 * @param severity ERROR, WARNING or INFO
 * @param rule stable rule identifier, e.g. "SERVICE_LINE_SURPLUS"
 * @param location where
 * @param expected what the rule expected, in words and numbers
 * @param found what the input had
 */
public record ValidationFinding(Severity severity, String rule, Location location,
    String expected, String found) {

  /**
   * Validates the fields.
   *
   * @param severity ERROR, WARNING or INFO
   * @param rule stable rule identifier, e.g. "SERVICE_LINE_SURPLUS"
   * @param location where
   * @param expected what the rule expected, in words and numbers
   * @param found what the input had
   */
  public ValidationFinding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rule, "rule");
    location = location == null ? Location.of("") : location;
    expected = expected == null ? "" : expected;
    found = found == null ? "" : found;
  }

  /**
   * An ERROR.
   *
   * @param rule the rule's code
   * @param where where the problem is
   * @param expected what was expected
   * @param found what was found
   * @return an ERROR
   */
  public static ValidationFinding error(String rule, Location where, String expected, String found) {
    return new ValidationFinding(Severity.ERROR, rule, where, expected, found);
  }

  /**
   * A WARNING.
   *
   * @param rule the rule's code
   * @param where where the problem is
   * @param expected what was expected
   * @param found what was found
   * @return a WARNING
   */
  public static ValidationFinding warning(String rule, Location where, String expected, String found) {
    return new ValidationFinding(Severity.WARNING, rule, where, expected, found);
  }

  /**
   * An INFO.
   *
   * @param rule the rule's code
   * @param where where the problem is
   * @param expected what was expected
   * @param found what was found
   * @return an INFO
   */
  public static ValidationFinding info(String rule, Location where, String expected, String found) {
    return new ValidationFinding(Severity.INFO, rule, where, expected, found);
  }

  /**
   * The same finding located in a file.
   *
   * @param file the file's name
   * @return the same finding located in a file
   */
  public ValidationFinding inFile(String file) {
    return new ValidationFinding(severity, rule, location.inFile(file), expected, found);
  }

  /**
   * True for an ERROR.
   *
   * @return true for an ERROR
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * "WARNING SERVICE_LINE_SURPLUS SSSFT 2015/16 Mental Health: expected ..., found ...", always one line:
   * control characters in a file name or a value are escaped ({@link PlainText#escape}).
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(severity).append(' ').append(rule);
    String where = PlainText.escape(location.toString());
    if (!where.isEmpty()) {
      sb.append(' ').append(where);
    }
    sb.append(": ");
    if (!expected.isEmpty()) {
      sb.append("expected ").append(PlainText.escape(expected));
      if (!found.isEmpty()) {
        sb.append(", found ");
      }
    }
    sb.append(PlainText.escape(found));
    return sb.toString();
  }
}
