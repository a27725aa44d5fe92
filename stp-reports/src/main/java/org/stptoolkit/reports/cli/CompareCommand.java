package org.stptoolkit.reports.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stptoolkit.metrics.fingertips.FillOptions;
import org.stptoolkit.metrics.fingertips.FingertipsComparison;
import org.stptoolkit.metrics.fingertips.FingertipsComparisonResult;
import org.stptoolkit.metrics.fingertips.FingertipsCsv;
import org.stptoolkit.metrics.fingertips.FingertipsStreamComparison;
import org.stptoolkit.metrics.fingertips.FingertipsTable;
import org.stptoolkit.model.indicator.IndicatorDefinition;
import org.stptoolkit.model.indicator.Polarity;
import org.stptoolkit.model.indicator.Standard;
import org.stptoolkit.model.indicator.ValueType;
import org.stptoolkit.model.io.InputFiles;
import org.stptoolkit.model.json.StpJson;
import org.stptoolkit.model.validation.Findings;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stp compare INPUT.csv --out OUTPUT.csv}: fills a Fingertips CSV export's computed columns
 * (Value and both confidence levels from Count and Denominator, comparisons with the England row of
 * the same indicator, period, sex and age, recent trend, comparison with a goal).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Fill a Fingertips CSV export: values and 95%%/99.8%% confidence intervals computed from"
        + " Count and Denominator with Public Health England's methods, and the comparison columns"
        + " against the England row (E92000001) of the same indicator, period, sex and age.",
    footerHeading = "%nExample:%n",
    footer = "  stp compare ae.csv --out ae-compared.csv --value-type proportion --multiplier 100"
        + " --polarity high-is-good --goal 95")
final class CompareCommand extends Subcommand {

  /** Format version of the comparison JSON ({@code --format json}), written first as {@code schemaVersion}. */
  static final String COMPARISON_SCHEMA_VERSION = "1.0";

  @Parameters(paramLabel = "INPUT.csv", description = "Fingertips CSV export (26 or 27 columns).")
  Path input;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUTPUT", description = "Where to write.")
  Path out;

  @Option(names = "--value-type", defaultValue = "proportion", converter = ValueTypeConverter.class,
      paramLabel = "TYPE", description = "proportion, crude-rate, count, directly-standardised-rate, "
          + "indirectly-standardised-ratio, indirectly-standardised-rate, mean (default: ${DEFAULT-VALUE}).")
  ValueType valueType;

  @Option(names = "--multiplier", defaultValue = "100", paramLabel = "N",
      description = "1 or 100 for proportions, 100000 for rates per 100,000 (default: ${DEFAULT-VALUE}).")
  double multiplier;

  @Option(names = "--polarity", defaultValue = "none", converter = PolarityConverter.class,
      paramLabel = "P", description = "high-is-good, low-is-good or none (default: ${DEFAULT-VALUE}).")
  Polarity polarity;

  @Option(names = "--goal", paramLabel = "N", description = "A standard the value should reach or exceed"
      + " (high-is-good) or stay at or below (low-is-good), in the indicator's units, e.g. 95.")
  Double goal;

  @Option(names = "--two-level", description = "Use the two-level (95%% and 99.8%%) comparison words.")
  boolean twoLevel;

  @Option(names = "--definitions", paramLabel = "FILE", description = "JSON array of indicator definitions"
      + " (id = Fingertips Indicator ID); they take precedence over the options above.")
  Path definitionsFile;

  @Option(names = "--format", defaultValue = "csv", paramLabel = "FMT",
      description = "csv (the Fingertips layout) or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--force", description = "Replace the output if it exists.")
  boolean force;

  /** Largest Fingertips export read, in bytes (5,000,000 rows of a real export are well under this). */
  static final long MAX_INPUT_BYTES = 4L * 1024 * 1024 * 1024;

  /** Largest definitions file read, in bytes. */
  static final long MAX_DEFINITIONS_BYTES = 10L * 1024 * 1024;

  @Option(names = "--no-bom", description = "Write the CSV without the UTF-8 byte order mark. By default the CSV"
      + " starts with one, so that Excel opens it as UTF-8 and shows \u00a3 and \u2013 as they are; leave it"
      + " out only for a tool that cannot read it.")
  boolean noBom;

  /** The UTF-8 byte order mark Excel needs to read a CSV as UTF-8. */
  static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * The CSV's bytes in UTF-8, opened with the byte order mark when asked.
   *
   * @param csv the text
   * @param bom whether to start with the UTF-8 byte order mark
   * @return the bytes
   */
  static byte[] csvBytes(String csv, boolean bom) {
    byte[] text = csv.getBytes(StandardCharsets.UTF_8);
    if (!bom) {
      return text;
    }
    byte[] out = new byte[UTF8_BOM.length + text.length];
    System.arraycopy(UTF8_BOM, 0, out, 0, UTF8_BOM.length);
    System.arraycopy(text, 0, out, UTF8_BOM.length, text.length);
    return out;
  }

  @Override
  public Integer call() throws IOException {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("csv") && !fmt.equals("json")) {
      throw usage("--format must be csv or json, was " + format);
    }
    if (!Double.isFinite(multiplier) || multiplier <= 0) {
      throw usage("--multiplier must be a number above 0 (1, 100, 100000), was " + multiplier);
    }
    if (goal != null && !Double.isFinite(goal)) {
      throw usage("--goal must be a finite number, was " + goal);
    }
    Inputs.requireReadable(input, MAX_INPUT_BYTES);
    if (definitionsFile != null) {
      Inputs.requireReadable(definitionsFile, MAX_DEFINITIONS_BYTES);
    }
    Outputs.checkWritable(out, force, definitionsFile == null ? List.of(input) : List.of(input, definitionsFile));
    FillOptions options = new FillOptions(valueType, multiplier, polarity, standard(), twoLevel, definitions());
    return fmt.equals("csv") ? streamed(options) : inMemory(options);
  }

  /** CSV out: the file is read row by row and written as it is read (memory bounded, see BENCHMARKS.md). */
  private int streamed(FillOptions options) throws IOException {
    FingertipsStreamComparison.Outcome o = FingertipsStreamComparison.fill(input, options,
        body -> org.stptoolkit.model.io.AtomicFile.write(out, force, stream -> {
          if (!noBom) {
            stream.write(UTF8_BOM);
          }
          java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8),
              1 << 16);
          body.writeTo(w);
          w.flush();
        }));
    if (!o.valid()) {
      throw new InvalidInputException(o.findings());
    }
    console().findings(o.findings());
    console().out().println("Compared " + o.rows() + " rows: " + o.valuesComputed() + " values computed, "
        + o.comparisonsMade() + " compared with England; wrote " + Messages.path(out));
    return ExitCode.OK;
  }

  /** JSON out: the whole result in one document, so the table is held (for exports of a usual size). */
  private int inMemory(FillOptions options) throws IOException {
    Parsed<FingertipsTable> parsed = FingertipsCsv.read(input);
    if (!parsed.isValid()) {
      throw new InvalidInputException(Findings.capped(parsed.findings().all(), FingertipsStreamComparison.MAX_PER_KIND));
    }
    FingertipsComparisonResult result = FingertipsComparison.fill(parsed.orElseThrow(), options,
        input.getFileName().toString());
    if (result.findings().stream().anyMatch(ValidationFinding::isError)) {
      List<ValidationFinding> all = new java.util.ArrayList<>(parsed.findings().all());
      all.addAll(result.findings());
      throw new InvalidInputException(Findings.capped(all, FingertipsStreamComparison.MAX_PER_KIND));
    }
    com.fasterxml.jackson.databind.node.ObjectNode doc = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
        .objectNode().put(org.stptoolkit.model.json.FootprintJson.SCHEMA_VERSION_FIELD, COMPARISON_SCHEMA_VERSION);
    doc.setAll((com.fasterxml.jackson.databind.node.ObjectNode) StpJson.toTree(result));
    byte[] bytes = (StpJson.writer().writeValueAsString(doc) + "\n").getBytes(StandardCharsets.UTF_8);
    Outputs.write(out, force, bytes);
    console().findings(Findings.capped(parsed.findings().all(), FingertipsStreamComparison.MAX_PER_KIND));
    console().findings(Findings.capped(result.findings(), FingertipsStreamComparison.MAX_PER_KIND));
    console().out().println("Compared " + result.table().rows().size() + " rows: " + result.valuesComputed()
        + " values computed, " + result.comparisonsMade() + " compared with England; wrote " + Messages.path(out));
    return ExitCode.OK;
  }

  private Standard standard() {
    if (goal == null) {
      return null;
    }
    return polarity == Polarity.LOW_IS_GOOD ? new Standard("goal", null, goal) : Standard.atLeast("goal", goal);
  }

  private Map<String, IndicatorDefinition> definitions() throws IOException {
    if (definitionsFile == null) {
      return Map.of();
    }
    List<IndicatorDefinition> list;
    try {
      list = StpJson.reader().forType(new TypeReference<List<IndicatorDefinition>>() {})
          .readValue(InputFiles.readBounded(definitionsFile, MAX_DEFINITIONS_BYTES));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      if (e instanceof com.fasterxml.jackson.databind.JsonMappingException) {
        throw new InvalidInputException(List.of(
            org.stptoolkit.model.json.FootprintJson.bindingFinding(definitionsFile.toString(), e)));
      }
      throw new InvalidInputException(List.of(ValidationFinding.error("DEFINITIONS",
          new Location(definitionsFile.toString(), e.getLocation() == null ? ""
              : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()),
          "a JSON array of indicator definitions", StpJson.describeWithoutContent(e))));
    }
    if (list == null || list.stream().anyMatch(java.util.Objects::isNull)) {
      throw new InvalidInputException(List.of(ValidationFinding.error("DEFINITIONS",
          new Location(definitionsFile.toString(), list == null ? "$" : "$[" + list.indexOf(null) + "]"),
          "a JSON array of indicator definitions", "null")));
    }
    Map<String, IndicatorDefinition> byId = new LinkedHashMap<>();
    list.forEach(d -> byId.put(d.id(), d));
    return byId;
  }

  /** Option words to a value type, through {@link FillOptions#parseValueType}. */
  static final class ValueTypeConverter implements ITypeConverter<ValueType> {
    @Override
    public ValueType convert(String value) {
      try {
        return FillOptions.parseValueType(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Option words to a polarity, through {@link FillOptions#parsePolarity}. */
  static final class PolarityConverter implements ITypeConverter<Polarity> {
    @Override
    public Polarity convert(String value) {
      try {
        return FillOptions.parsePolarity(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
