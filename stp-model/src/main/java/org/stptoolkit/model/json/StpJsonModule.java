package org.stptoolkit.model.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.SortedMap;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.finance.DoNothingTrajectory;
import org.stptoolkit.model.risk.KeyRisk;
import org.stptoolkit.model.sensitivity.ActivityChange;
import org.stptoolkit.model.sensitivity.AdditionalCostShareOfIncome;
import org.stptoolkit.model.sensitivity.GrowthRateChange;
import org.stptoolkit.model.sensitivity.SensitivityRule;
import org.stptoolkit.model.sensitivity.SocialCareTransfer;
import org.stptoolkit.model.solution.ActivityShift;
import org.stptoolkit.model.solution.BedClosure;
import org.stptoolkit.model.solution.OpportunityRealisation;
import org.stptoolkit.model.solution.OverheadRemoval;
import org.stptoolkit.model.solution.PercentOfPool;
import org.stptoolkit.model.solution.SolutionRule;

/**
 * The Jackson module for the model: financial years as "2016/17" (values and map keys), by-year
 * series as objects keyed by year, and rule kinds named by their {@code kind} field. Kept here, as
 * mix-ins, so the model's records carry no JSON annotations.
 */
public final class StpJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Registers the serialisers, deserialisers and mix-ins. */
  public StpJsonModule() {
    super("stp-model");
    addSerializer(FinancialYear.class, new JsonSerializer<>() {
      @Override
      public void serialize(FinancialYear y, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeString(y.toString());
      }
    });
    addDeserializer(FinancialYear.class, new JsonDeserializer<>() {
      @Override
      public FinancialYear deserialize(JsonParser p, DeserializationContext c) throws IOException {
        return FinancialYear.parse(p.getValueAsString());
      }
    });
    addKeyDeserializer(FinancialYear.class, new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext c) {
        return FinancialYear.parse(key);
      }
    });
    addKeySerializer(FinancialYear.class, new JsonSerializer<>() {
      @Override
      public void serialize(FinancialYear y, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeFieldName(y.toString());
      }
    });
    setMixInAnnotation(YearlyAmounts.class, YearlyAmountsMixin.class);
    setMixInAnnotation(YearlyRates.class, YearlyRatesMixin.class);
    setMixInAnnotation(DoNothingTrajectory.class, DoNothingTrajectoryMixin.class);
    setMixInAnnotation(SolutionRule.class, SolutionRuleMixin.class);
    setMixInAnnotation(SensitivityRule.class, SensitivityRuleMixin.class);
    setMixInAnnotation(KeyRisk.class, KeyRiskMixin.class);
  }

  /** A key risk's owner and links are left out of the JSON when empty (the plan gives none). */
  abstract static class KeyRiskMixin {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract String owner();

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract java.util.List<String> solutions();

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract java.util.List<String> drivers();
  }

  abstract static class YearlyAmountsMixin {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    YearlyAmountsMixin(SortedMap<FinancialYear, Double> gbpK) {}

    @JsonValue
    abstract SortedMap<FinancialYear, Double> gbpK();
  }

  /** The printed bridge rows are optional: left out of the JSON when the plan does not print them. */
  abstract static class DoNothingTrajectoryMixin {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract YearlyAmounts publishedTotalSolutionValueGbpK();

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract YearlyAmounts publishedDoSomethingGbpK();
  }

  abstract static class YearlyRatesMixin {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    YearlyRatesMixin(SortedMap<FinancialYear, Double> fractions) {}

    @JsonValue
    abstract SortedMap<FinancialYear, Double> fractions();
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY,
      property = "kind")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = PercentOfPool.class, name = "percentOfPool"),
      @JsonSubTypes.Type(value = OpportunityRealisation.class, name = "opportunityRealisation"),
      @JsonSubTypes.Type(value = ActivityShift.class, name = "activityShift"),
      @JsonSubTypes.Type(value = BedClosure.class, name = "bedClosure"),
      @JsonSubTypes.Type(value = OverheadRemoval.class, name = "overheadRemoval")})
  interface SolutionRuleMixin {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY,
      property = "kind")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = AdditionalCostShareOfIncome.class,
          name = "additionalCostShareOfIncome"),
      @JsonSubTypes.Type(value = SocialCareTransfer.class, name = "socialCareTransfer"),
      @JsonSubTypes.Type(value = GrowthRateChange.class, name = "growthRateChange"),
      @JsonSubTypes.Type(value = ActivityChange.class, name = "activityChange")})
  interface SensitivityRuleMixin {}
}
