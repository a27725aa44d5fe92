package org.stptoolkit.reports.cli;

import java.util.List;
import org.stptoolkit.model.validation.ValidationFinding;

/** Thrown inside a command when its input has ERROR findings; the command line prints them and exits 1. */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<ValidationFinding> findings;

  /**
   * The findings to print (all of them, not only the errors).
   *
   * @param findings the findings
   */
  public InvalidInputException(List<ValidationFinding> findings) {
    super(findings.size() + " finding(s)");
    this.findings = List.copyOf(findings);
  }

  /**
   * The findings.
   *
   * @return the findings
   */
  public List<ValidationFinding> findings() {
    return findings;
  }
}
