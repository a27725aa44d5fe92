package org.stptoolkit.model.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * An immutable, ordered list of findings with the questions callers ask of it.
 *
 * @param all every finding, errors first, in the order found within a severity
 */
public record Findings(List<ValidationFinding> all) {

  /** Copies and orders the findings by severity (stable). */
  public Findings {
    List<ValidationFinding> sorted = new ArrayList<>(all == null ? List.of() : all);
    sorted.sort(Comparator.comparing(ValidationFinding::severity));
    all = List.copyOf(sorted);
  }

  /** No findings. */
  public static Findings none() {
    return new Findings(List.of());
  }

  /** Findings from a collection. */
  public static Findings of(Collection<ValidationFinding> findings) {
    return new Findings(List.copyOf(findings));
  }

  /** True when any finding is an ERROR. */
  public boolean hasErrors() {
    return all.stream().anyMatch(ValidationFinding::isError);
  }

  /** The findings of one severity. */
  public List<ValidationFinding> ofSeverity(Severity severity) {
    return all.stream().filter(f -> f.severity() == severity).toList();
  }

  /** The findings of one rule. */
  public List<ValidationFinding> ofRule(String rule) {
    return all.stream().filter(f -> f.rule().equals(rule)).toList();
  }

  /** These findings followed by {@code more}. */
  public Findings plus(Collection<ValidationFinding> more) {
    List<ValidationFinding> out = new ArrayList<>(all);
    out.addAll(more);
    return new Findings(out);
  }

  /** Number of findings. */
  public int size() {
    return all.size();
  }

  /** True when there are none. */
  public boolean isEmpty() {
    return all.isEmpty();
  }
}
