package org.stptoolkit.metrics.comparison;

/**
 * How to say a gap in people: "{count} more {subjects} would have had to {achievement}", e.g. "412 more
 * patients would have had to be seen within 4 hours".
 *
 * @param subjects plural noun, e.g. "patients"
 * @param achievement what meeting the standard means for one of them, e.g. "be seen within 4 hours"
 */
public record GapWording(String subjects, String achievement) {
  /** Generic wording used when an indicator has none. */
  public static final GapWording GENERIC = new GapWording("people", "meet the standard");

  /**
   * Normalises blanks to the generic words.
   *
   * @param subjects plural noun, e.g. "patients"
   * @param achievement what meeting the standard means for one of them, e.g. "be seen within 4 hours"
   */
  public GapWording {
    subjects = subjects == null || subjects.isBlank() ? "people" : subjects.strip();
    achievement = achievement == null || achievement.isBlank() ? "meet the standard" : achievement.strip();
  }

  /**
   * The sentence for a positive number of people.
   *
   * @param people how many people, more than zero
   * @return the sentence for a positive number of people
   */
  public String sentence(long people) {
    return String.format(java.util.Locale.ROOT, "%,d more %s would have had to %s", people, subjects, achievement);
  }
}
