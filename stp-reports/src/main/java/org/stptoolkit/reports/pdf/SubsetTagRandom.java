package org.stptoolkit.reports.pdf;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;

/**
 * A {@link SecureRandom} whose output is a fixed function of a name, handed to OpenPDF's
 * {@code BaseFont.setSecureRandom} so that the six-letter font subset tag ("ABCDEF+LiberationSans")
 * is the same on every run instead of random. The tag only has to differ between different subsets in
 * one file; seeding from the font's name gives the regular and bold faces different tags.
 *
 * <p>Not for cryptography: the stream is SplitMix64 seeded from the name's UTF-8 bytes.
 */
final class SubsetTagRandom extends SecureRandom {

  private static final long serialVersionUID = 1L;

  private SubsetTagRandom(long seed) {
    super(new Spi(seed), null);
  }

  /** A fresh stream for one font in one document. */
  static SubsetTagRandom forName(String name) {
    long seed = 0x9E3779B97F4A7C15L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      seed = (seed ^ (b & 0xff)) * 0x100000001B3L;
    }
    return new SubsetTagRandom(seed);
  }

  /** SplitMix64 as a SecureRandomSpi. */
  private static final class Spi extends SecureRandomSpi {
    private static final long serialVersionUID = 1L;
    private long state;

    Spi(long seed) {
      this.state = seed;
    }

    private long next() {
      long z = (state += 0x9E3779B97F4A7C15L);
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }

    @Override
    protected void engineSetSeed(byte[] seed) {
      // Deterministic by design: external seeding is ignored.
    }

    @Override
    protected void engineNextBytes(byte[] bytes) {
      for (int i = 0; i < bytes.length; i += 8) {
        long r = next();
        for (int k = 0; k < 8 && i + k < bytes.length; k++) {
          bytes[i + k] = (byte) (r >>> (8 * k));
        }
      }
    }

    @Override
    protected byte[] engineGenerateSeed(int numBytes) {
      byte[] out = new byte[numBytes];
      engineNextBytes(out);
      return out;
    }
  }
}
