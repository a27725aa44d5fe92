package org.stptoolkit.model.example;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.json.FootprintJson;
import org.stptoolkit.model.validation.Parsed;

/**
 * The embedded example footprints, shipped as resources in the model jar.
 *
 * <p>{@link #staffordshireAndStokeOnTrent()} carries every input figure of the Staffordshire and
 * Stoke-on-Trent plan (October 2016): organisations, the 2015/16 normalisation and income and
 * expenditure tables, the published do-nothing trajectory, the 12 solutions, STF funding, the four
 * sensitivities, transformation costs, capital and the quoted indicators. Its {@code notes} say which
 * figures are published and which are illustrative assumptions.
 */
public final class Examples {

  /** Resource path of the Staffordshire and Stoke-on-Trent example. */
  public static final String STAFFORDSHIRE_RESOURCE =
      "/org/stptoolkit/model/example/staffordshire-and-stoke-on-trent.json";

  private Examples() {}

  /**
   * The example as read from its resource, with the validator's findings (warnings, no errors).
   *
   * @return the example as read from its resource, with the validator's findings (warnings, no errors)
   */
  public static Parsed<Footprint> readStaffordshireAndStokeOnTrent() {
    try (InputStream in = Examples.class.getResourceAsStream(STAFFORDSHIRE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("example resource " + STAFFORDSHIRE_RESOURCE + " is missing");
      }
      return FootprintJson.read("staffordshire-and-stoke-on-trent.json", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The example's file as the toolkit writes it (UTF-8 JSON, format version {@value
   * org.stptoolkit.model.json.FootprintJson#SCHEMA_VERSION}): the embedded resource is kept in exactly the
   * form {@link org.stptoolkit.model.json.FootprintJson#toJson} writes (a test checks it), so {@code stp
   * example} copies it without reading and re-writing the footprint.
   *
   * @return a fresh copy of the example file's bytes
   */
  public static byte[] staffordshireAndStokeOnTrentJson() {
    try (InputStream in = Examples.class.getResourceAsStream(STAFFORDSHIRE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("example resource " + STAFFORDSHIRE_RESOURCE + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Staffordshire and Stoke-on-Trent, footprint 10, Midlands and East.
   *
   * @return the Staffordshire and Stoke-on-Trent footprint, as its plan published it
   */
  public static Footprint staffordshireAndStokeOnTrent() {
    return readStaffordshireAndStokeOnTrent().orElseThrow();
  }
}
