package org.stptoolkit.model.synthetic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.Region;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.json.FootprintJson;

/**
 * A synthetic England: footprints shaped like the 44 of 2016, deterministic for a seed.
 *
 * <pre>{@code
 * List<Footprint> nation = SyntheticNation.generate(44, 2016L, 1);     // 44 footprints
 * List<Footprint> x10 = SyntheticNation.generate(44, 2016L, 10);       // 440 footprints
 * SyntheticNation.of(44, 2016L, 1).write(Path.of("nation"), false);    // one JSON file per footprint
 * }</pre>
 *
 * <h2>Shape</h2>
 * <ul>
 *   <li><b>Numbering and regions.</b> Footprints are numbered 1 to {@code footprints × scale}. Within each
 *       block of 44 the regions follow the 2016 numbering: 1–9 North, 10–26 Midlands and East, 27–31
 *       London, 32–44 South. Footprint 10 is the real Staffordshire &amp; Stoke-on-Trent example
 *       ({@link Examples#staffordshireAndStokeOnTrent()}); every other one is "Synthetic footprint 07
 *       (North)" and its organisations carry codes prefixed {@code F07-}, unique in the nation.</li>
 *   <li><b>Size.</b> Each block of {@code footprints} has NHS provider income (all service lines of all
 *       trusts, as the seed's £1.5bn for Staffordshire) summing to {@value #ENGLAND_PROVIDER_INCOME_GBPK}
 *       £'000 × footprints / 44, i.e. about £100bn for 44 footprints. Sizes are spread evenly in log
 *       space over an eightfold range (the real footprints ran from about 0.3 to 2.8 million people),
 *       permuted by the seed. {@code scale} repeats the block: ×10 is ten Englands' worth of work.</li>
 *   <li><b>Organisations.</b> 6 to 20: CCGs, acute, mental health and community trusts and local
 *       authorities in every footprint; ambulance and specialist trusts and other bodies (outside the
 *       financial template) in some; local plans in some of the larger ones.</li>
 *   <li><b>Base year.</b> Service lines with staff, variable and fixed costs in realistic proportions; the
 *       normalised NHS deficit is 2% to 11% of provider income (the seed: £157m on £1.5bn, 10%), shared
 *       between providers (most) and CCGs; non-recurrent items and impairments as the seed signs them.
 *       Every printed surplus equals income less costs exactly (whole £'000), so the synthetic data
 *       carries none of the seed's known faults.</li>
 *   <li><b>Drivers</b> by year around national guidance, with per-organisation overrides in some
 *       footprints; local pressures; cost pools; a published do-nothing trajectory (health, and in some a
 *       local authority's final year only) for about 40% of footprints, drivers only for the rest.</li>
 *   <li><b>Solutions</b>: 8 to 15, always CIP ({@code PercentOfPool}), RightCare
 *       ({@code OpportunityRealisation}), urgent care and frailty ({@code ActivityShift}), community beds
 *       ({@code BedClosure}) and system governance ({@code OverheadRemoval}), then phased-amount schemes
 *       with realistic phasing (linear from 2017/18, back-loaded, from 2019/20), an additional-cost
 *       scheme, and a local authority's social care scheme in some.</li>
 *   <li><b>Sensitivities</b> of every kind, funding (STF), transformation costs, capital, control totals
 *       in some, activity and workforce, and indicators for trusts, CCGs and local authorities with
 *       England benchmarks; one CCG per footprint also carries the values of its 10 most similar peers
 *       (CCGs of other synthetic footprints, whose values agree with their own footprints').</li>
 * </ul>
 *
 * <p>Each footprint depends only on the seed, its number and the block size, so
 * {@link #footprint(int)} builds any one of them without the others and a ×100 nation can be written
 * one file at a time. Every generated footprint validates without errors
 * ({@link org.stptoolkit.model.validation.FootprintValidator}) and round-trips through
 * {@link FootprintJson}.
 */
public final class SyntheticNation {

  /** Footprints in England in 2016. */
  public static final int FOOTPRINTS_2016 = 44;
  /** The number of the real Staffordshire &amp; Stoke-on-Trent footprint. */
  public static final int STAFFORDSHIRE_AND_STOKE_ON_TRENT = 10;
  /** NHS provider income of one synthetic England of 44 footprints, £'000 (£100bn). */
  public static final double ENGLAND_PROVIDER_INCOME_GBPK = 100_000_000;
  /** Largest scale accepted. */
  public static final int MAX_SCALE = 1_000;
  /** Most footprints in one block. */
  public static final int MAX_FOOTPRINTS = 10_000;

  private final int footprints;
  private final long seed;
  private final int scale;
  private final Footprint staffordshire;

  private SyntheticNation(int footprints, long seed, int scale) {
    if (footprints < 1 || footprints > MAX_FOOTPRINTS) {
      throw new IllegalArgumentException("footprints must be between 1 and 10,000, was " + footprints);
    }
    if (scale < 1 || scale > MAX_SCALE) {
      throw new IllegalArgumentException("scale must be between 1 and " + MAX_SCALE + ", was " + scale);
    }
    this.footprints = footprints;
    this.seed = seed;
    this.scale = scale;
    this.staffordshire = footprints >= STAFFORDSHIRE_AND_STOKE_ON_TRENT
        ? Examples.staffordshireAndStokeOnTrent() : null;
  }

  /**
   * A synthetic nation.
   *
   * @param footprints footprints in one block (44 for England in 2016), 1 to 10,000
   * @param seed the seed; the same seed gives the same footprints
   * @param scale how many blocks (1 to {@value #MAX_SCALE}): the nation has {@code footprints × scale}
   * @return the nation, whose footprints are built on demand
   */
  public static SyntheticNation of(int footprints, long seed, int scale) {
    return new SyntheticNation(footprints, seed, scale);
  }

  /**
   * Every footprint of a synthetic nation, in number order.
   *
   * @param footprints footprints in one block (44 for England in 2016)
   * @param seed the seed
   * @param scale how many blocks: 1, 10, 100 give 44, 440, 4,400 footprints
   * @return {@code footprints × scale} footprints; number 10 is the real Staffordshire example
   */
  public static List<Footprint> generate(int footprints, long seed, int scale) {
    return of(footprints, seed, scale).footprints();
  }

  /**
   * Number of footprints: {@code footprints × scale}.
   *
   * @return number of footprints: {@code footprints × scale}
   */
  public int size() {
    return footprints * scale;
  }

  /**
   * The seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Every footprint in number order.
   *
   * @return every footprint in number order
   */
  public List<Footprint> footprints() {
    List<Footprint> out = new ArrayList<>(size());
    for (int n = 1; n <= size(); n++) {
      out.add(footprint(n));
    }
    return List.copyOf(out);
  }

  /**
   * One footprint, built without the others.
   *
   * @param number 1 to {@link #size()}
   * @return the footprint with that number
   */
  public Footprint footprint(int number) {
    if (number < 1 || number > size()) {
      throw new IllegalArgumentException("footprint number must be between 1 and " + size() + ", was " + number);
    }
    if (number == STAFFORDSHIRE_AND_STOKE_ON_TRENT && staffordshire != null) {
      return staffordshire;
    }
    return new FootprintGenerator(this, number).build();
  }

  /**
   * The 2016 region of a footprint number: 1–9 North, 10–26 Midlands and East, 27–31 London, 32–44
   * South, repeating every 44.
   *
   * @param number the footprint number, from 1
   * @return the 2016 region of a footprint number: 1–9 North, 10–26 Midlands and East, 27–31 London, 32–44
   *     South, repeating every 44
   */
  public static Region region(int number) {
    int slot = (number - 1) % FOOTPRINTS_2016 + 1;
    if (slot <= 9) {
      return Region.NORTH;
    } else if (slot <= 26) {
      return Region.MIDLANDS_AND_EAST;
    } else if (slot <= 31) {
      return Region.LONDON;
    }
    return Region.SOUTH;
  }

  /**
   * Writes every footprint as JSON, one file each, atomically, built and written one at a time (a
   * ×100 nation is never held in memory at once).
   *
   * @param dir the folder (created when missing)
   * @param replace whether existing files may be replaced
   * @return the files written, in number order
   * @throws IOException when a file cannot be written (earlier files stay written)
   */
  public List<Path> write(Path dir, boolean replace) throws IOException {
    List<Path> out = new ArrayList<>(size());
    for (int n = 1; n <= size(); n++) {
      Footprint fp = footprint(n);
      Path file = dir.resolve(fileName(fp));
      FootprintJson.write(fp, file, replace);
      out.add(file);
    }
    return List.copyOf(out);
  }

  /**
   * Writes the given footprints as JSON, one file each, atomically.
   *
   * @param dir the folder (created when missing)
   * @param footprints what to write
   * @param replace whether existing files may be replaced
   * @return the files written, in the given order
   * @throws IOException when a file cannot be written (earlier files stay written)
   */
  public static List<Path> write(Path dir, List<Footprint> footprints, boolean replace) throws IOException {
    List<Path> out = new ArrayList<>(footprints.size());
    for (Footprint fp : footprints) {
      Path file = dir.resolve(fileName(fp));
      FootprintJson.write(fp, file, replace);
      out.add(file);
    }
    return List.copyOf(out);
  }

  /**
   * The file name of a footprint: {@code fp-010-staffordshire-and-stoke-on-trent.json},
   * {@code fp-007-synthetic-footprint-07-north.json}.
   *
   * @param fp the footprint
   * @return the file name of a footprint: {@code fp-010-staffordshire-and-stoke-on-trent.json}, {@code
   *     fp-007-synthetic-footprint-07-north.json}
   */
  public static String fileName(Footprint fp) {
    return String.format(Locale.ROOT, "fp-%03d-%s.json", fp.number(), slug(fp.name()));
  }

  /** "Staffordshire &amp; Stoke-on-Trent" to "staffordshire-and-stoke-on-trent". */
  static String slug(String name) {
    String s = name.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-");
    s = s.replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "footprint" : s;
  }

  // ---- what the footprint generator needs from the nation ----

  /** Footprints per block. */
  int blockSize() {
    return footprints;
  }

  /** The real example, when the nation has one. */
  Footprint staffordshireOrNull() {
    return staffordshire;
  }

  /**
   * The NHS provider income of footprint {@code number}, £'000: an even spread in log space over an
   * eightfold range, permuted within the block by the seed, scaled so the block sums to £100bn × block
   * size / 44 (with the real example's own income in its slot).
   */
  double providerIncomeGbpK(int number) {
    int block = (number - 1) / footprints;
    int slot = (number - 1) % footprints;
    int[] rank = permutation(footprints, mix(seed, 0x5157L, block));
    double[] weight = new double[footprints];
    double min = Math.log(0.35);
    double max = Math.log(2.8);
    for (int i = 0; i < footprints; i++) {
      weight[i] = Math.exp(min + (max - min) * (rank[i] + 0.5) / footprints);
    }
    double target = ENGLAND_PROVIDER_INCOME_GBPK * footprints / FOOTPRINTS_2016;
    double fixed = 0;
    double free = 0;
    for (int i = 0; i < footprints; i++) {
      if (block == 0 && i + 1 == STAFFORDSHIRE_AND_STOKE_ON_TRENT && staffordshire != null) {
        fixed += staffordshireProviderIncome();
      } else {
        free += weight[i];
      }
    }
    if (block == 0 && slot + 1 == STAFFORDSHIRE_AND_STOKE_ON_TRENT && staffordshire != null) {
      return staffordshireProviderIncome();
    }
    double perWeight = Math.max(target - fixed, target * 0.5) / free;
    return weight[slot] * perWeight;
  }

  private double staffordshireProviderIncome() {
    return staffordshire.baseline().serviceLines().stream()
        .filter(l -> staffordshire.organisation(l.organisationCode())
            .map(o -> o.type().isProvider()).orElse(false))
        .mapToDouble(l -> l.incomeGbpK()).sum();
  }

  /** A random source for one purpose of one footprint; independent of every other. */
  SplittableRandom random(int number, long purpose) {
    return new SplittableRandom(mix(seed, purpose, number));
  }

  static long mix(long seed, long purpose, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + purpose * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static int[] permutation(int n, long seed) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
