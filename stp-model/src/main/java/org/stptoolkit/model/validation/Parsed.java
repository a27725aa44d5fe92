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

  /** Validates the fields. */
  public Parsed {
    value = value == null ? Optional.empty() : value;
    findings = findings == null ? Findings.none() : findings;
    if (value.isEmpty() && !findings.hasErrors()) {
      throw new IllegalArgumentException("a failed read must carry at least one ERROR finding");
    }
  }

  /** A value read, with findings. */
  public static <T> Parsed<T> of(T value, Findings findings) {
    return new Parsed<>(Optional.of(value), findings);
  }

  /** A failed read. */
  public static <T> Parsed<T> failed(List<ValidationFinding> errors) {
    return new Parsed<>(Optional.empty(), Findings.of(errors));
  }

  /** True when the value was built and there is no ERROR. */
  public boolean isValid() {
    return value.isPresent() && !findings.hasErrors();
  }

  /** The value, or an {@link IllegalStateException} listing the errors. */
  public T orElseThrow() {
    if (value.isEmpty()) {
      throw new IllegalStateException("input could not be read: " + findings.ofSeverity(Severity.ERROR));
    }
    return value.get();
  }
}
