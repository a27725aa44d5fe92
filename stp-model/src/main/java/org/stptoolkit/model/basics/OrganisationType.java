package org.stptoolkit.model.basics;

/** The kind of statutory body an organisation is; decides how its money is projected. */
public enum OrganisationType {
  /** Clinical commissioning group: buys care from an allocation. */
  CCG(Sector.COMMISSIONER),
  /** Acute trust or foundation trust. */
  ACUTE_TRUST(Sector.PROVIDER),
  /** Mental health trust. */
  MENTAL_HEALTH_TRUST(Sector.PROVIDER),
  /** Community services trust (may also provide adult social care under a section 75 agreement). */
  COMMUNITY_TRUST(Sector.PROVIDER),
  /** Ambulance trust. */
  AMBULANCE_TRUST(Sector.PROVIDER),
  /** Specialist trust. */
  SPECIALIST_TRUST(Sector.PROVIDER),
  /** Local authority: adult social care and public health. */
  LOCAL_AUTHORITY(Sector.SOCIAL_CARE),
  /** Any other body (a GP federation, a hospice). */
  OTHER(Sector.OTHER);

  /** The three money flows the toolkit keeps apart. */
  public enum Sector {
    /** NHS commissioners. */
    COMMISSIONER,
    /** NHS providers. */
    PROVIDER,
    /** Local authority social care. */
    SOCIAL_CARE,
    /** Other bodies. */
    OTHER
  }

  private final Sector sector;

  OrganisationType(Sector sector) {
    this.sector = sector;
  }

  /**
   * The money flow this type belongs to.
   *
   * @return the money flow this type belongs to
   */
  public Sector sector() {
    return sector;
  }

  /**
   * True for NHS providers (trusts and foundation trusts).
   *
   * @return true for NHS providers (trusts and foundation trusts)
   */
  public boolean isProvider() {
    return sector == Sector.PROVIDER;
  }

  /**
   * True for NHS commissioners (CCGs).
   *
   * @return true for NHS commissioners (CCGs)
   */
  public boolean isCommissioner() {
    return sector == Sector.COMMISSIONER;
  }

  /**
   * True for NHS bodies (providers and commissioners), which make up the health gap.
   *
   * @return true for NHS bodies (providers and commissioners), which make up the health gap
   */
  public boolean isNhs() {
    return isProvider() || isCommissioner();
  }
}
