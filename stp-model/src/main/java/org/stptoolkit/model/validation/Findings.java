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

  /**
   * Copies and orders the findings by severity (stable).
   *
   * @param all every finding, errors first, in the order found within a severity
   */
  public Findings {
    List<ValidationFinding> sorted = new ArrayList<>(all == null ? List.of() : all);
    sorted.sort(Comparator.comparing(ValidationFinding::severity));
    all = List.copyOf(sorted);
  }

  /**
   * No findings.
   *
   * @return an empty set of findings
   */
  public static Findings none() {
    return new Findings(List.of());
  }

  /**
   * Findings from a collection.
   *
   * @param findings the findings
   * @return the findings
   */
  public static Findings of(Collection<ValidationFinding> findings) {
    return new Findings(List.copyOf(findings));
  }

  /**
   * True when any finding is an ERROR.
   *
   * @return true when any finding is an ERROR
   */
  public boolean hasErrors() {
    return all.stream().anyMatch(ValidationFinding::isError);
  }

  /**
   * The findings of one severity.
   *
   * @param severity the severity
   * @return the findings of one severity
   */
  public List<ValidationFinding> ofSeverity(Severity severity) {
    return all.stream().filter(f -> f.severity() == severity).toList();
  }

  /**
   * The findings of one rule.
   *
   * @param rule the rule's code
   * @return the findings of one rule
   */
  public List<ValidationFinding> ofRule(String rule) {
    return all.stream().filter(f -> f.rule().equals(rule)).toList();
  }

  /**
   * These findings followed by {@code more}.
   *
   * @param more the findings to add after these
   * @return these findings followed by {@code more}
   */
  public Findings plus(Collection<ValidationFinding> more) {
    List<ValidationFinding> out = new ArrayList<>(all);
    out.addAll(more);
    return new Findings(out);
  }

  /**
   * Number of findings.
   *
   * @return number of findings
   */
  public int size() {
    return all.size();
  }

  /**
   * True when there are none.
   *
   * @return true when there are none
   */
  public boolean isEmpty() {
    return all.isEmpty();
  }

  /** The most findings of one kind (severity, rule and expectation) kept by {@link #capped}. */
  public static final int MAX_PER_KIND = 20;

  /** Rule id of the note that says how many findings of a kind were not listed. */
  public static final String MORE = "MORE_FINDINGS";

  /**
   * At most {@code perKind} findings of each kind (the same severity, rule and expectation), in their
   * order, each kind that had more followed at the end by one finding of the same severity counting the
   * rest ("299,980 more ERROR findings of rule SCHEMA (expected ...), not listed"), so a file with one mistake repeated 300,000 times gives a readable report.
   *
   * @param findings the findings, in order
   * @param perKind the most findings of one kind to keep
   * @return the findings capped, with a count of those left out
   */
  public static List<ValidationFinding> capped(List<ValidationFinding> findings, int perKind) {
    java.util.Map<String, Integer> seen = new java.util.LinkedHashMap<>();
    java.util.Map<String, ValidationFinding> firstOfKind = new java.util.HashMap<>();
    List<ValidationFinding> out = new ArrayList<>();
    for (ValidationFinding f : findings) {
      String kind = f.severity() + " " + f.rule() + " " + f.expected();
      int n = seen.merge(kind, 1, Integer::sum);
      firstOfKind.putIfAbsent(kind, f);
      if (n <= perKind) {
        out.add(f);
      }
    }
    seen.forEach((kind, n) -> {
      if (n > perKind) {
        ValidationFinding first = firstOfKind.get(kind);
        out.add(new ValidationFinding(first.severity(), MORE, Location.of(first.location().file()),
            "", String.format(java.util.Locale.ROOT, "%,d more %s findings of rule %s%s, not listed", n - perKind,
                first.severity(), first.rule(), first.expected().isEmpty() ? "" : " (expected " + first.expected() + ")")));
      }
    });
    return out;
  }
}
