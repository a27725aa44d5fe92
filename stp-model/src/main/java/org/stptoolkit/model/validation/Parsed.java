package org.stptoolkit.model.validation;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading an input: the value when it could be built, and the findings either way.
 * A value is absent exactly when reading failed; it may be present with ERROR findings from validation.
 *
 * @param value the value read, or empty when it could not be built
 * @param findings what was found
 * @param <T> the type read
 */
public record Parsed<T>(Optional<T> value, Findings findings) {

  /**
   * Validates the fields.
   *
   * @param value the value read, or empty when it could not be built
   * @param findings what was found
   */
  public Parsed {
    value = value == null ? Optional.empty() : value;
    findings = findings == null ? Findings.none() : findings;
    if (value.isEmpty() && !findings.hasErrors()) {
      throw new IllegalArgumentException("a failed read must carry at least one ERROR finding");
    }
  }

  /**
   * A value read, with findings.
   *
   * @param <T> the value's type
   * @param value the value read
   * @param findings the findings met while reading it
   * @return a value read, with findings
   */
  public static <T> Parsed<T> of(T value, Findings findings) {
    return new Parsed<>(Optional.of(value), findings);
  }

  /**
   * A failed read.
   *
   * @param <T> the value's type
   * @param errors the errors that stopped the read
   * @return a failed read
   */
  public static <T> Parsed<T> failed(List<ValidationFinding> errors) {
    return new Parsed<>(Optional.empty(), Findings.of(errors));
  }

  /**
   * True when the value was built and there is no ERROR.
   *
   * @return true when the value was built and there is no ERROR
   */
  public boolean isValid() {
    return value.isPresent() && !findings.hasErrors();
  }

  /**
   * The value when it was read and has no ERROR finding: the call to make before using what was read.
   *
   * <pre>
   * Footprint fp = FootprintJson.read(path).requireValid();   // throws with the findings when invalid
   * </pre>
   *
   * @return the value
   * @throws InvalidInputException when the value could not be read or has ERROR findings; it carries every
   *     finding and its message is the first error
   */
  public T requireValid() {
    if (!isValid()) {
      throw new InvalidInputException(findings);
    }
    return value.get();
  }

  /**
   * The value as read, even when it carries ERROR findings (for tools that show every finding of an
   * invalid input, such as {@code stp validate}); use {@link #requireValid()} to use the value.
   *
   * @return the value, which may be invalid
   * @throws InvalidInputException when the value could not be read at all
   */
  public T orElseThrow() {
    if (value.isEmpty()) {
      throw new InvalidInputException(findings);
    }
    return value.get();
  }
}
