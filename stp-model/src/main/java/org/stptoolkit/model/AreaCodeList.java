package org.stptoolkit.model;

import org.stptoolkit.model.internal.Checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The one rule for a list of area codes, shared by organisations and local plans. */
final class AreaCodeList {
  private AreaCodeList() {}

  /**
   * The codes stripped, in the order given, each once.
   *
   * @param codes the codes, or {@code null} for none
   * @param field what they are, for the message
   * @return an immutable list
   * @throws IllegalArgumentException when a code is blank or holds a space
   */
  static List<String> copy(Collection<String> codes, String field) {
    if (codes == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(codes.size());
    for (String c : codes) {
      String s = Checks.notBlank(c, field);
      if (s.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(field + " must be codes without spaces, was '" + s + "'");
      }
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }
}
