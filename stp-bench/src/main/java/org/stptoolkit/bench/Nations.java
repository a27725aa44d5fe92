package org.stptoolkit.bench;

import java.util.List;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.synthetic.SyntheticNation;

/** The benchmarks' inputs: the real example alone, or a synthetic nation of a given size. */
public final class Nations {

  /** The seed every benchmark's synthetic nation is generated from. */
  public static final long SEED = 2016L;

  private Nations() {}

  /**
   * Footprints for a benchmark size: 1 is the real Staffordshire &amp; Stoke-on-Trent example; a multiple
   * of 44 is a synthetic nation of that many footprints (44 = England, 440 = ×10, 4,400 = ×100), with
   * the example as footprint 10; any other number is a synthetic nation of that many footprints.
   *
   * @param footprints how many footprints
   * @return the footprints, in number order
   */
  public static List<Footprint> footprints(int footprints) {
    if (footprints == 1) {
      return List.of(Examples.staffordshireAndStokeOnTrent());
    }
    int block = SyntheticNation.FOOTPRINTS_2016;
    if (footprints % block == 0) {
      return SyntheticNation.generate(block, SEED, footprints / block);
    }
    return SyntheticNation.generate(footprints, SEED, 1);
  }
}
