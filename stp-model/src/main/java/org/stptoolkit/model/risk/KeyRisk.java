package org.stptoolkit.model.risk;

import java.util.List;
import org.stptoolkit.model.internal.Checks;

/**
 * One key risk of the plan's register ("Delivering our plan &ndash; key risks"), with what the plan
 * does about it and what it needs from outside.
 *
 * <p>Likelihood and impact are optional and, when given, scored on the stated scale
 * {@value #SCALE_MIN} (lowest) to {@value #SCALE_MAX} (highest); a register that publishes no scores
 * (the Staffordshire &amp; Stoke-on-Trent plan gives none) leaves both empty and nothing is invented.
 * A risk is scored only when both are given. Links name the solutions (by name, as in the bridge,
 * e.g. "CIP/Workforce") and the projection drivers (by constant name, e.g.
 * {@code NON_DEMOGRAPHIC_GROWTH}) the risk threatens; whether they exist in the footprint is checked by
 * {@code org.stptoolkit.model.validation.FootprintValidator}, which also reports a risk with no
 * mitigating actions.
 *
 * @param title the risk as the plan headlines it
 * @param description what the plan says beyond the headline, or empty when it says nothing more
 * @param mitigatingActions what the plan does about it (empty is allowed here and reported by the
 *     validator)
 * @param externalDependencies what it needs from outside the footprint, or empty
 * @param owner who owns the risk, or empty
 * @param likelihood 1 to 5, or {@code null} when not scored
 * @param impact 1 to 5, or {@code null} when not scored
 * @param solutions names of the solutions the risk threatens (may be empty)
 * @param drivers constant names of the projection drivers the risk threatens (may be empty)
 */
public record KeyRisk(String title, String description, String mitigatingActions,
    String externalDependencies, String owner, Integer likelihood, Integer impact,
    List<String> solutions, List<String> drivers) {

  /** Lowest score of the likelihood and impact scale. */
  public static final int SCALE_MIN = 1;
  /** Highest score of the likelihood and impact scale. */
  public static final int SCALE_MAX = 5;

  /**
   * Validates the fields: a title, scores on the scale, links not blank; text stripped, lists copied.
   *
   * @param title the risk as the plan headlines it
   * @param description what the plan says beyond the headline, or empty when it says nothing more
   * @param mitigatingActions what the plan does about it (empty is allowed here and reported by the
   *     validator)
   * @param externalDependencies what it needs from outside the footprint, or empty
   * @param owner who owns the risk, or empty
   * @param likelihood 1 to 5, or {@code null} when not scored
   * @param impact 1 to 5, or {@code null} when not scored
   * @param solutions names of the solutions the risk threatens (may be empty)
   * @param drivers constant names of the projection drivers the risk threatens (may be empty)
   */
  public KeyRisk {
    title = Checks.notBlank(title, "title of a key risk");
    description = text(description);
    mitigatingActions = text(mitigatingActions);
    externalDependencies = text(externalDependencies);
    owner = text(owner);
    score(likelihood, "likelihood", title);
    score(impact, "impact", title);
    solutions = links(solutions, "solution", title);
    drivers = links(drivers, "driver", title);
  }

  /**
   * An unscored, unlinked risk as a plan publishes it.
   *
   * @param title the headline
   * @param description what the plan says beyond the headline, or empty
   * @param mitigatingActions the mitigating actions
   * @param externalDependencies the external dependencies
   * @return the risk
   */
  public static KeyRisk of(String title, String description, String mitigatingActions,
      String externalDependencies) {
    return new KeyRisk(title, description, mitigatingActions, externalDependencies, "", null, null,
        List.of(), List.of());
  }

  /**
   * True when both likelihood and impact are given.
   *
   * @return true when both likelihood and impact are given
   */
  public boolean scored() {
    return likelihood != null && impact != null;
  }

  /**
   * Likelihood × impact (1 to 25), or 0 when the risk is not scored.
   *
   * @return likelihood × impact (1 to 25), or 0 when the risk is not scored
   */
  public int score() {
    return scored() ? likelihood * impact : 0;
  }

  /**
   * A copy scored with this likelihood and impact (either may be {@code null}).
   *
   * @param newLikelihood the likelihood, 1 to 5, or {@code null}
   * @param newImpact the impact, 1 to 5, or {@code null}
   * @return a copy scored with this likelihood and impact (either may be {@code null})
   */
  public KeyRisk withScores(Integer newLikelihood, Integer newImpact) {
    return new KeyRisk(title, description, mitigatingActions, externalDependencies, owner, newLikelihood,
        newImpact, solutions, drivers);
  }

  /**
   * A copy linked to these solutions and drivers.
   *
   * @param newSolutions the names of the solutions the risk threatens
   * @param newDrivers the names of the drivers the risk moves
   * @return a copy linked to these solutions and drivers
   */
  public KeyRisk withLinks(List<String> newSolutions, List<String> newDrivers) {
    return new KeyRisk(title, description, mitigatingActions, externalDependencies, owner, likelihood,
        impact, newSolutions, newDrivers);
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }

  private static void score(Integer value, String what, String title) {
    if (value != null && (value < SCALE_MIN || value > SCALE_MAX)) {
      throw new IllegalArgumentException(what + " of key risk \"" + title + "\" must be on the scale "
          + SCALE_MIN + " (lowest) to " + SCALE_MAX + " (highest), was " + value);
    }
  }

  private static List<String> links(List<String> values, String what, String title) {
    List<String> copy = Checks.copy(values, what + " links of key risk \"" + title + "\"");
    for (String s : copy) {
      if (s.isBlank()) {
        throw new IllegalArgumentException("a " + what + " linked to key risk \"" + title
            + "\" must be named, was blank");
      }
    }
    return copy.stream().map(String::strip).toList();
  }
}
