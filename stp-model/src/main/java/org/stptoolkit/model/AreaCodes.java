package org.stptoolkit.model;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which areas indicator values belong to. England and the nine ONS regions are benchmarks, told apart by
 * their ONS (GSS) codes: England is E92000001 and a region E12 followed by six digits (West Midlands
 * E12000005). A footprint's own areas are its organisations' and local plans' codes and area codes.
 */
public final class AreaCodes {
  /** England's ONS code. */
  public static final String ENGLAND = "E92000001";

  private static final Pattern REGION = Pattern.compile("E12[0-9]{6}");

  private AreaCodes() {}

  /**
   * True for England's code.
   *
   * @param code an area code, or {@code null}
   * @return whether it is England
   */
  public static boolean isEngland(String code) {
    return ENGLAND.equals(code);
  }

  /**
   * True for an ONS region's code (E12 and six digits).
   *
   * @param code an area code, or {@code null}
   * @return whether it is a region
   */
  public static boolean isRegion(String code) {
    return code != null && REGION.matcher(code).matches();
  }

  /**
   * True for England or a region: a value that is a benchmark rather than one of the footprint's areas.
   *
   * @param code an area code, or {@code null}
   * @return whether it is a benchmark area
   */
  public static boolean isBenchmark(String code) {
    return isEngland(code) || isRegion(code);
  }

  /**
   * The footprint's own area codes: each organisation's code and area codes, each local plan's code
   * and area codes, in that order, each once.
   *
   * @param footprint the footprint
   * @return the codes
   */
  public static Set<String> of(Footprint footprint) {
    Set<String> out = new LinkedHashSet<>();
    for (Organisation o : footprint.organisations()) {
      out.add(o.code());
      out.addAll(o.areaCodes());
    }
    for (LocalPlan p : footprint.localPlans()) {
      out.add(p.code());
      out.addAll(p.areaCodes());
    }
    return java.util.Collections.unmodifiableSet(out);
  }
}
