package org.stptoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.OrganisationType;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.finance.Assumptions;
import org.stptoolkit.model.finance.Baseline;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.finance.DriverSet;
import org.stptoolkit.model.synthetic.SyntheticNation;

/** {@link Footprint#builder()}, {@link Footprint#toBuilder()} and a {@code with…} copy for every part. */
class FootprintBuilderTest {

  private static final List<Footprint> NATION = SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, 2016L, 1);

  /** The copy method of each record component: {@code with} and the component's name, capitalised. */
  private static Method withMethod(RecordComponent c) throws NoSuchMethodException {
    String name = c.getName().equals("indicators") ? "IndicatorValues"
        : Character.toUpperCase(c.getName().charAt(0)) + c.getName().substring(1);
    return Footprint.class.getMethod("with" + name, c.getType());
  }

  @Test
  void toBuilderRebuildsEveryFootprintOfTheNationAndTheExampleExactly() {
    List<Footprint> all = new ArrayList<>(NATION);
    all.add(Examples.staffordshireAndStokeOnTrent());
    for (Footprint fp : all) {
      assertThat(fp.toBuilder().build()).as(fp.name()).isEqualTo(fp);
    }
  }

  @Property(tries = 200, seed = "20161021")
  void toBuilderRebuildsGeneratedFootprints(@ForAll("footprints") Footprint fp) {
    assertThat(fp.toBuilder().build()).isEqualTo(fp);
  }

  @Provide
  Arbitrary<Footprint> footprints() {
    return FootprintArbitraries.validFootprints();
  }

  @Test
  void everyPartHasAWithCopyThatChangesThatPartAndNothingElse() throws Exception {
    Footprint from = Examples.staffordshireAndStokeOnTrent();
    Footprint to = NATION.get(0);
    RecordComponent[] components = Footprint.class.getRecordComponents();
    assertThat(components).hasSize(23);
    int changed = 0;
    for (RecordComponent c : components) {
      Object newValue = c.getAccessor().invoke(to);
      Footprint copy = (Footprint) withMethod(c).invoke(from, newValue);
      for (RecordComponent other : components) {
        Object expected = other.equals(c) ? newValue : other.getAccessor().invoke(from);
        assertThat(other.getAccessor().invoke(copy)).as("with%s: %s", c.getName(), other.getName())
            .isEqualTo(expected);
      }
      changed += newValue.equals(c.getAccessor().invoke(from)) ? 0 : 1;
    }
    // the two footprints differ in most parts, so most copies did change something
    assertThat(changed).isGreaterThan(12);
  }

  @Test
  void partsGivenOneByOneEqualTheWholeParts() {
    Footprint fp = NATION.get(3);
    Footprint.Builder b = fp.toBuilder().baseline(new Baseline(fp.period().baseYear(), List.of(), List.of()))
        .drivers(DriverSet.none());
    fp.baseline().serviceLines().forEach(b::serviceLine);
    fp.baseline().normalisation().forEach(b::normalisation);
    for (Driver d : Driver.values()) {
      b.driver(d, d.in(fp.assumptions().defaults()));
    }
    fp.assumptions().overrides().forEach(b::override);
    assertThat(b.build()).isEqualTo(fp);
  }

  @Test
  void theBuilderStartsEmptyAndTheConstructorChecksRunAtBuild() {
    PlanPeriod period = PlanPeriod.of(FinancialYear.parse("2015/16"), 5);
    Footprint.Builder b = Footprint.builder().number(45).name("Northfield and Eastmoor").region(Region.NORTH)
        .organisation(Organisation.of("NEH", "Northfield and Eastmoor Hospitals NHS Trust", OrganisationType.ACUTE_TRUST));
    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plan period of footprint Northfield and Eastmoor is required but was missing");
    Footprint fp = b.period(period).build();
    assertThat(fp.baseline()).isEqualTo(new Baseline(period.baseYear(), List.of(), List.of()));
    assertThat(fp.assumptions()).isEqualTo(new Assumptions(DriverSet.none(), java.util.Map.of()));
    assertThat(fp.lead()).isEmpty();
    assertThat(fp.solutions()).isEmpty();
    assertThatThrownBy(() -> Footprint.builder().name("X").region(Region.NORTH).period(period).build())
        .hasMessage("footprint number must be between 1 and 1,000,000, was 0");
    assertThatThrownBy(() -> b.region(null).build())
        .hasMessage("region of footprint Northfield and Eastmoor is required but was missing");
    assertThatThrownBy(() -> Footprint.builder().organisation(null))
        .hasMessage("organisation is required but was missing");
  }

  @Test
  void aBuilderKeepsNoLinkToTheFootprintsItBuilt() {
    Footprint.Builder b = NATION.get(1).toBuilder();
    Footprint first = b.build();
    b.note("a later note");
    assertThat(first).isEqualTo(NATION.get(1));
    assertThat(b.build().notes()).endsWith("a later note");
  }
}
