package org.stptoolkit.model.finance;

import java.util.Objects;

/**
 * Whose bridge a figure belongs to: the NHS health system ({@link #health()}) or one local authority's
 * social care ({@link #council(String)}). In files and templates a scope is written as its
 * {@link #code()}: {@code "HEALTH"} or the council's organisation code, so {@link #of(String)} and
 * {@link #toString()} are inverse.
 *
 * @param code {@code "HEALTH"} for the health system, else the local authority's organisation code
 */
public record Scope(String code) implements Comparable<Scope> {

  /** The code of the NHS health system scope, as files write it. */
  public static final String HEALTH_CODE = "HEALTH";

  private static final Scope HEALTH = new Scope(HEALTH_CODE);

  /**
   * Validates the code.
   *
   * @param code {@code "HEALTH"} for the health system, else the local authority's organisation code
   * @throws IllegalArgumentException when the code is blank
   */
  public Scope {
    Objects.requireNonNull(code, "scope code");
    if (code.isBlank()) {
      throw new IllegalArgumentException("a scope must be HEALTH or a local authority code, was blank");
    }
    code = code.strip();
  }

  /**
   * The NHS health system (providers and commissioners).
   *
   * @return the health scope
   */
  public static Scope health() {
    return HEALTH;
  }

  /**
   * One local authority's social care.
   *
   * @param localAuthorityCode the council's organisation code
   * @return its scope
   * @throws IllegalArgumentException when the code is blank or is {@code "HEALTH"}
   */
  public static Scope council(String localAuthorityCode) {
    Scope s = new Scope(localAuthorityCode);
    if (s.isHealth()) {
      throw new IllegalArgumentException("a local authority code must not be " + HEALTH_CODE);
    }
    return s;
  }

  /**
   * The scope a file writes as {@code code}: {@link #health()} for {@code "HEALTH"}, else
   * {@link #council(String)}.
   *
   * @param code {@code "HEALTH"} or a local authority code
   * @return the scope
   * @throws IllegalArgumentException when the code is blank
   */
  public static Scope of(String code) {
    Scope s = new Scope(code);
    return s.isHealth() ? HEALTH : s;
  }

  /**
   * Whether this is the NHS health system.
   *
   * @return true for {@link #health()}
   */
  public boolean isHealth() {
    return HEALTH_CODE.equals(code);
  }

  /**
   * Whether this scope is written as {@code code} in a file.
   *
   * @param code a scope code from a footprint's solution, funding line or trajectory
   * @return true when the codes are equal
   */
  public boolean is(String code) {
    return this.code.equals(code);
  }

  /** Health first, then councils by code. */
  @Override
  public int compareTo(Scope o) {
    if (isHealth() || o.isHealth()) {
      return Boolean.compare(o.isHealth(), isHealth());
    }
    return code.compareTo(o.code);
  }

  /**
   * The code, as files write it.
   *
   * @return {@code "HEALTH"} or the local authority code
   */
  @Override
  public String toString() {
    return code;
  }

  /**
   * Whether {@code o} is a scope with the same code, as a record's equality is; written out because the
   * record's own is built by the JVM on its first use, which cost ~8 ms of every cold command that runs the
   * engine.
   *
   * @param o the other object
   * @return whether {@code o} is a scope with the same code
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Scope other && code.equals(other.code);
  }

  /**
   * The code's hash, which is the record's own hash of its one component.
   *
   * @return the code's hash
   */
  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
