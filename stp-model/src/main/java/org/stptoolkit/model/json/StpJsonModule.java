package org.stptoolkit.model.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.util.Annotations;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.SortedMap;
import org.stptoolkit.model.Footprint;
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
 * series as objects keyed by year, rule kinds named by their {@code kind} field, absent optional parts
 * left out rather than written as {@code null}, and the footprint's {@code schemaVersion} written first
 * and accepted on reading. Kept here, as mix-ins and per-type settings, so the model's records carry no
 * JSON annotations.
 *
 * <p>Self-sufficient: registered on any {@link com.fasterxml.jackson.databind.ObjectMapper}, with that
 * mapper's own defaults, it writes footprints that {@link FootprintJson#read} accepts and reads the files
 * the toolkit writes. It changes nothing about how the mapper treats other types. It does not make a
 * mapper strict (unknown fields, duplicate keys, trailing tokens): {@link FootprintJson#read} is the
 * strict, schema-checked reader that turns every problem into a finding, and checks the file's format
 * version.
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
    setMixInAnnotation(Footprint.class, FootprintMixin.class);
  }

  /**
   * Registers the module's parts, then leaves {@code null} parts out of every model record it can reach
   * from {@link Footprint} (the schema has no {@code null} values), whatever the mapper's own inclusion.
   *
   * @param context the mapper's set-up context
   */
  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    JsonInclude.Value nonNull = JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
        JsonInclude.Include.NON_NULL);
    for (Class<?> type : modelTypes()) {
      context.configOverride(type).setInclude(nonNull);
    }
  }

  /**
   * Every record, enum and sealed interface of the model that a footprint's JSON contains, found from
   * {@link Footprint}'s record components (their types and type arguments, and each sealed interface's
   * kinds), so a new part of the model is covered without a list to keep up to date.
   *
   * @return the types, in the order found
   */
  static java.util.Set<Class<?>> modelTypes() {
    java.util.Set<Class<?>> seen = new java.util.LinkedHashSet<>();
    java.util.Deque<java.lang.reflect.Type> todo = new java.util.ArrayDeque<>();
    todo.add(Footprint.class);
    while (!todo.isEmpty()) {
      java.lang.reflect.Type t = todo.pop();
      if (t instanceof java.lang.reflect.ParameterizedType p) {
        todo.addAll(java.util.List.of(p.getActualTypeArguments()));
        t = p.getRawType();
      }
      if (!(t instanceof Class<?> c) || !c.getName().startsWith("org.stptoolkit.model.") || !seen.add(c)) {
        continue;
      }
      if (c.isRecord()) {
        for (java.lang.reflect.RecordComponent rc : c.getRecordComponents()) {
          todo.add(rc.getGenericType());
        }
      }
      if (c.isSealed()) {
        todo.addAll(java.util.List.of(c.getPermittedSubclasses()));
      }
    }
    return seen;
  }

  /**
   * The footprint's format version: written first as {@code "schemaVersion"} by any mapper the module is
   * registered on, and accepted (not bound: the record has no such part) when read.
   */
  @JsonAppend(prepend = true, props = @JsonAppend.Prop(value = SchemaVersionWriter.class,
      name = FootprintJson.SCHEMA_VERSION_FIELD, type = String.class))
  @JsonIgnoreProperties(value = FootprintJson.SCHEMA_VERSION_FIELD, allowGetters = true)
  abstract static class FootprintMixin {}

  /** Writes {@link FootprintJson#SCHEMA_VERSION} as a virtual property of a footprint. */
  static final class SchemaVersionWriter extends VirtualBeanPropertyWriter {

    private static final long serialVersionUID = 1L;

    /** For Jackson, which makes the writer through {@link #withConfig}. */
    SchemaVersionWriter() {}

    private SchemaVersionWriter(BeanPropertyDefinition definition, Annotations annotations,
        JavaType type) {
      super(definition, annotations, type);
    }

    @Override
    protected Object value(Object bean, JsonGenerator g, SerializerProvider p) {
      return FootprintJson.SCHEMA_VERSION;
    }

    @Override
    public VirtualBeanPropertyWriter withConfig(MapperConfig<?> config, AnnotatedClass declaringClass,
        BeanPropertyDefinition definition, JavaType type) {
      return new SchemaVersionWriter(definition, declaringClass.getAnnotations(), type);
    }
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
