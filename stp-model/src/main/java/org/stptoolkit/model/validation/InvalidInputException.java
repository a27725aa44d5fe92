package org.stptoolkit.model.validation;

import java.util.List;

/**
 * Thrown instead of handing out a value or figures computed from input that has ERROR findings
 * ({@link Parsed#requireValid()}, {@code StpEngine.run}). It carries every finding (errors, warnings and
 * notes, as {@link Findings} orders them), so the caller can show all of them; its message is the first
 * ERROR, in the same one-line words {@link ValidationFinding#toString()} prints ("ERROR REQUIRED_FIELD
 * staffs.json: $.name: expected ..., found ..."), followed by how many more errors there are.
 */
public final class InvalidInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The findings: kept out of Java serialisation (findings are data for the caller, not a wire format). */
  private final transient Findings findings;

  /**
   * An exception for input with at least one ERROR finding.
   *
   * @param findings every finding of the input; at least one must be an ERROR
   * @throws IllegalArgumentException when {@code findings} is missing or holds no ERROR (nothing to refuse)
   */
  public InvalidInputException(Findings findings) {
    super(message(findings));
    this.findings = findings;
  }

  /**
   * Every finding of the refused input, errors first.
   *
   * @return the findings
   */
  public Findings findings() {
    return findings;
  }

  /**
   * The ERROR findings of the refused input, in order (never empty).
   *
   * @return the errors
   */
  public List<ValidationFinding> errors() {
    return findings.ofSeverity(Severity.ERROR);
  }

  private static String message(Findings findings) {
    if (findings == null) {
      throw new IllegalArgumentException("findings are required but were missing");
    }
    List<ValidationFinding> errors = findings.ofSeverity(Severity.ERROR);
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid input needs at least one ERROR finding, and there is none");
    }
    int more = errors.size() - 1;
    return errors.get(0) + (more == 0 ? "" : " (and " + more + " more error" + (more == 1 ? "" : "s") + ")");
  }
}
