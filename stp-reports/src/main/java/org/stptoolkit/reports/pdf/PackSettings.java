package org.stptoolkit.reports.pdf;

import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Document-level settings. Everything here is fixed by default so that the same content gives the
 * same bytes: the creation and modification dates are {@link #DEFAULT_DATE} (the date of the
 * plans' final submission), never the clock.
 *
 * @param documentDate the creation and modification date written into the document
 * @param author the document author
 * @param language the document language (BCP 47), written to the catalog's /Lang
 */
public record PackSettings(ZonedDateTime documentDate, String author, String language) {

  /** 21 October 2016, 00:00 UTC: the STP final submission date. */
  public static final ZonedDateTime DEFAULT_DATE = ZonedDateTime.of(2016, 10, 21, 0, 0, 0, 0, ZoneOffset.UTC);

  /** The default settings: fixed date, author "STP toolkit", language en-GB. */
  public static final PackSettings DEFAULT = new PackSettings(DEFAULT_DATE, "STP toolkit", "en-GB");

  /**
   * Validates the fields.
   *
   * @param documentDate the creation and modification date written into the document
   * @param author the document author
   * @param language the document language (BCP 47), written to the catalog's /Lang
   */
  public PackSettings {
    Objects.requireNonNull(documentDate, "document date");
    author = author == null || author.isBlank() ? "STP toolkit" : author.strip();
    language = language == null || language.isBlank() ? "en-GB" : language.strip();
  }

  /**
   * These settings with another author.
   *
   * @param newAuthor the author
   * @return the settings
   */
  public PackSettings withAuthor(String newAuthor) {
    return new PackSettings(documentDate, newAuthor, language);
  }
}
