package org.stptoolkit.reports.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.RectangleReadOnly;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.RoundingPolicy;
import org.stptoolkit.model.validation.Severity;
import org.stptoolkit.model.validation.ValidationFinding;
import org.stptoolkit.reports.chart.BenchmarkSpine;
import org.stptoolkit.reports.chart.Box;
import org.stptoolkit.reports.chart.Canvas;
import org.stptoolkit.reports.chart.FanChart;
import org.stptoolkit.reports.chart.GroupedBarChart;
import org.stptoolkit.reports.chart.Palette;
import org.stptoolkit.reports.chart.RiskHeatMap;
import org.stptoolkit.reports.chart.Series;
import org.stptoolkit.reports.chart.TornadoChart;
import org.stptoolkit.reports.chart.WaterfallChart;

/**
 * The OpenPDF renderer. A4 landscape, Liberation Sans embedded, vector charts in flat colours, a table
 * with every chart, bookmarks for every section, "Page n of N" footers.
 *
 * <p>Determinism: the creation and modification dates come from {@link PackSettings}; the trailer
 * /ID is the first 16 bytes of a SHA-256 of the document itself, written with a fixed placeholder id
 * that is then replaced (OpenPDF's writer takes the id from {@code /FileId} in the info dictionary
 * instead of a random one); font subset tags come from
 * {@link SubsetTagRandom}; nothing reads the clock.
 */
final class OpenPdfPack implements PdfPack {

  private static final float MARGIN = 36;
  private static final float TOP = 48;
  private static final float BOTTOM = 36;
  private static final float BODY = 7.5f;

  private final PackSettings settings;

  OpenPdfPack(PackSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public byte[] footprint(PackContent content) {
    Objects.requireNonNull(content, "content");
    return render(content.title(), content.subject(), w -> {
      w.footprint(content, w.root(), true);
    });
  }

  @Override
  public byte[] national(NationalPack content) {
    Objects.requireNonNull(content, "content");
    return render(content.title(), content.subject(), w -> w.national(content));
  }

  private byte[] render(String title, String subject, java.util.function.Consumer<PackWriter> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // A4 landscape as a plain 842 x 595 box: no /Rotate entry, so text extracts in reading order.
    Document doc = new Document(new RectangleReadOnly(PageSize.A4.getHeight(), PageSize.A4.getWidth()),
        MARGIN, MARGIN, TOP, BOTTOM);
    Fonts fonts = Fonts.forDocument();
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      PageDecorator decorator = new PageDecorator(fonts, title);
      writer.setPageEvent(decorator);
      writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
      doc.addTitle(title);
      doc.addSubject(subject);
      doc.addAuthor(settings.author());
      doc.addCreator("STP toolkit");
      doc.addKeywords("STP, Sustainability and Transformation Plan, financial bridge, three gaps");
      doc.open();
      fixMetadata(writer);
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(settings.language()));
      body.accept(new PackWriter(doc, writer, fonts, decorator));
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot lay out the PDF pack: " + e.getMessage(), e);
    }
    return withFileId(out.toByteArray());
  }

  /**
   * The id the document is written with, replaced afterwards by one derived from the document's bytes
   * (16 ASCII bytes, written as 32 hex digits: nothing else in a PDF whose streams are compressed spells
   * them out).
   */
  private static final byte[] PLACEHOLDER_ID = "STP pack file id".getBytes(StandardCharsets.US_ASCII);

  /** Fixed dates and the placeholder file id, set after open() (which stamps the clock). */
  private void fixMetadata(PdfWriter writer) {
    GregorianCalendar cal = GregorianCalendar.from(settings.documentDate());
    writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(cal));
    writer.getInfo().put(PdfName.MODDATE, new PdfDate(cal));
    writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(PLACEHOLDER_ID, PLACEHOLDER_ID));
  }

  /**
   * {@code pdf} with every copy of the placeholder id (the trailer's /ID and the info dictionary's
   * /FileId, twice each) replaced by the first 16 bytes of the SHA-256 of the document as written, in the
   * same number of hex digits, so that no offset in the file moves. The same document always gets the same
   * id and any difference in content or settings (dates, author, language) a different one, without
   * describing the content a second time for it.
   */
  static byte[] withFileId(byte[] pdf) {
    byte[] id;
    try {
      id = java.util.Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(pdf), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
    byte[] from = hex(PLACEHOLDER_ID);
    byte[] to = hex(id);
    int replaced = 0;
    for (int i = 0; i + from.length <= pdf.length; i++) {
      if (pdf[i] == from[0] && java.util.Arrays.equals(pdf, i, i + from.length, from, 0, from.length)) {
        System.arraycopy(to, 0, pdf, i, to.length);
        replaced++;
        i += from.length - 1;
      }
    }
    if (replaced < 2) {
      throw new IllegalStateException("the PDF's placeholder file id was written " + replaced
          + " times, expected in the trailer and the info dictionary");
    }
    return pdf;
  }

  /** Lower-case hex digits of {@code bytes}, as OpenPDF writes a string of bytes. */
  private static byte[] hex(byte[] bytes) {
    byte[] out = new byte[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = (byte) Character.forDigit((bytes[i] >> 4) & 0xf, 16);
      out[2 * i + 1] = (byte) Character.forDigit(bytes[i] & 0xf, 16);
    }
    return out;
  }

  /** One document being written. */
  private static final class PackWriter {
    private final Document doc;
    private final PdfWriter writer;
    private final Fonts fonts;
    private final PageDecorator decorator;
    private int destinations;
    /** True while writing the national paper: money in £m to one decimal place. */
    private boolean millions;

    PackWriter(Document doc, PdfWriter writer, Fonts fonts, PageDecorator decorator) {
      this.doc = doc;
      this.writer = writer;
      this.fonts = fonts;
      this.decorator = decorator;
    }

    PdfOutline root() {
      return writer.getRootOutline();
    }

    float width() {
      return doc.right() - doc.left();
    }

    // ---- document structure ------------------------------------------------------------------

    void national(NationalPack n) {
      millions = true;
      PdfOutline top = section(root(), n.title(), "Contents", true);
      add(para(n.title(), 22, true, Palette.BLUE, 30, 8));
      add(para(n.subject(), 11, false, Palette.TEXT, 0, 14));
      add(para(n.england().name() + ", " + n.regions().size() + " region(s), " + n.footprints().size()
          + " footprint(s). Money in £m (a deficit in brackets).", BODY + 1, false, Palette.TEXT, 0, 4));
      n.monteCarlo().ifPresent(f -> {
        for (String w : f.inWords()) {
          add(para("• " + w, BODY + 1.5f, false, Palette.TEXT, 0, 2));
        }
      });
      area(n.england(), section(top, n.england().name(), n.england().name(), false), n.roundingStatement());
      for (AreaView r : n.regions()) {
        area(r, section(top, "Region: " + r.name(), "Region: " + r.name(), false), n.roundingStatement());
      }
      league(n, top);
      n.monteCarlo().ifPresent(f -> {
        section(top, "Monte Carlo: every footprint together", "Monte Carlo", false);
        fan(f, n.roundingStatement());
      });
      if (!n.failed().isEmpty()) {
        section(top, "Footprints that failed", "Footprints that failed", false);
        add(para(n.failed().size() + " footprint(s) gave no result and are left out of the figures.", BODY + 1,
            false, Palette.TEXT, 0, 4));
        for (NationalPack.Failed f : n.failed()) {
          add(para(f.name(), 10, true, Palette.TEXT, 6, 2));
          findings(f.findings());
        }
      }
      if (!n.findings().isEmpty()) {
        section(top, "Run findings", "Run findings", false);
        findings(n.findings());
      }
    }

    /** The league table: footprints by final-year do-something, with the chance of breaking even. */
    void league(NationalPack n, PdfOutline top) {
      if (n.league().isEmpty()) {
        return;
      }
      section(top, "Footprints by gap and by chance of breaking even", "League table", false);
      boolean mc = n.monteCarlo().isPresent();
      String year = n.england().finalYear().toString();
      PdfPTable t = table(mc ? new float[] {0.6f, 4, 2.4f, 1.6f, 1.6f, 1.6f, 1.2f} : new float[] {0.6f, 4, 2.4f,
          1.6f, 1.6f});
      if (mc) {
        header(t, 3, "Rank", "Footprint", "Region", "Do-nothing " + year + " (£m)", "Do-something " + year + " (£m)",
            "Chance of breaking even, " + year, "Rank by chance");
      } else {
        header(t, 3, "Rank", "Footprint", "Region", "Do-nothing " + year + " (£m)", "Do-something " + year + " (£m)");
      }
      for (NationalPack.LeagueRow r : n.league()) {
        t.addCell(cell(Integer.toString(r.rank()), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
        t.addCell(cell(r.name(), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
        t.addCell(cell(r.region(), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
        t.addCell(cell(amount(r.doNothingGbpK()), BODY, false, Palette.TEXT, null, Element.ALIGN_RIGHT));
        t.addCell(cell(amount(r.doSomethingGbpK()), BODY, true, Palette.TEXT, null, Element.ALIGN_RIGHT));
        if (mc) {
          t.addCell(cell(org.stptoolkit.finance.montecarlo.MonteCarloWords.percent(r.chanceOfBalance()), BODY, false,
              Palette.TEXT, null, Element.ALIGN_RIGHT));
          t.addCell(cell(Integer.toString(r.rankByChance()), BODY, false, Palette.TEXT, null, Element.ALIGN_RIGHT));
        }
      }
      add(t);
      add(note("Rank 1 is the footprint with the largest " + year + " deficit after its plan; 'rank by chance' 1 the"
          + " lowest chance of breaking even in the Monte Carlo. Each footprint's own pack is a separate file."));
    }

    void footprint(PackContent p, PdfOutline parent, boolean standalone) {
      PdfOutline top = standalone ? section(parent, "Executive summary", "Executive summary", true) : parent;
      executiveSummary(ExecutiveSummary.of(p), p);
      sections(p, top);
      appendix(p, top);
    }

    /** The sections between the summary and the appendix, each its own method so more drop in. */
    void sections(PackContent p, PdfOutline top) {
      section(top, "The three gaps", "The three gaps", false);
      gaps(p.gaps());
      section(top, "Financial bridge", "Financial bridge", false);
      bridge(p.bridge(), p.roundingStatement());
      if (!p.socialCare().isEmpty()) {
        section(top, p.socialCare().size() == 1 ? "Social care bridge" : "Social care bridges",
            "Social care", false);
        for (BridgeView sc : p.socialCare()) {
          // Keep each bridge's chart and table on one page: about 12pt a bar or row, plus headings and notes.
          ensureSpace(waterfallHeight(sc.steps().size() + 2) + 12f * (sc.rows().size() + 1) + 90
              + (sc.publishedDoSomething() == null ? 0 : 12));
          if (!sc.title().isEmpty()) {
            add(para(sc.title(), 11, true, Palette.BLUE, 4, 4));
          }
          bridge(sc, p.roundingStatement());
        }
      }
      section(top, "Do-nothing and do-something by year", "Do-nothing and do-something", false);
      positions(p.positions(), p.roundingStatement(),
          "Do-nothing and do-something positions by year (£'000; a deficit is negative)");
      if (!p.planCosts().isEmpty()) {
        ensureSpace(12f * (p.planCosts().size() + 1) + 30);
        add(para("Transformation costs and capital, kept apart from the bridge (£'000)", BODY + 0.5f, true,
            Palette.TEXT, 6, 2));
        add(moneyTable(p.positions().years(), p.planCosts(), 0.4f));
      }
      section(top, "Sensitivities", "Sensitivities", false);
      sensitivities(p.sensitivities(), p.roundingStatement());
      section(top, "Solutions", "Solutions", false);
      solutions(p.bridge().years(), p.solutions(), p.roundingStatement());
      p.activity().ifPresent(a -> {
        section(top, "Activity, beds and workforce", "Activity, beds and workforce", false);
        activity(a);
      });
      if (p.indicators().stream().anyMatch(r -> !r.region().isEmpty() || Double.isFinite(r.benchmark()))) {
        section(top, "Spine chart: against England and the region", "Spine chart", false);
        spine(p.indicators());
      }
      section(top, "Indicators against England and standards", "Indicators", false);
      indicators(p.indicators());
      if (p.risk().isPresent() || p.monteCarlo().isPresent()) {
        section(top, "Risk and Monte Carlo", "Risk and Monte Carlo", false);
        p.risk().ifPresent(r -> risk(r, p.roundingStatement()));
        p.monteCarlo().ifPresent(f -> {
          if (p.risk().isPresent()) {
            doc.newPage();
          }
          fan(f, p.roundingStatement());
        });
      }
      if (!p.keyRisks().rows().isEmpty()) {
        section(top, "Key risks", "Key risks", false);
        keyRisks(p.keyRisks(), p.roundingStatement());
      }
    }

    /** Who and what the plan covers, the sources and method notes, and the validation findings. */
    void appendix(PackContent p, PdfOutline top) {
      section(top, "Appendix: the footprint", "Appendix", false);
      cover(p);
      section(top, "Appendix: method notes", "Appendix", false);
      add(para(p.roundingStatement(), BODY, false, Palette.TEXT, 0, 4));
      for (String n : p.notes()) {
        add(para("• " + n, 7, false, Palette.TEXT, 0, 2));
      }
      section(top, "Appendix: validation findings", "Appendix", false);
      findings(p.findings());
    }

    /** Page 1: the board's two-minute read. */
    void executiveSummary(ExecutiveSummary s, PackContent p) {
      add(para("Sustainability and Transformation Plan: summary for the board", 11, false, Palette.GREY, 0, 2));
      add(para(s.heading(), 22, true, Palette.BLUE, 0, 2));
      add(para(p.subject(), 9, false, Palette.TEXT, 0, 8));
      PdfPTable gaps = table(new float[] {0.25f, 2.2f, 9});
      for (ExecutiveSummary.GapLine g : s.gaps()) {
        gaps.addCell(cell(" ", BODY + 1, false, Palette.TEXT, markColour(g.mark(), Palette.LIGHT_GREY),
            Element.ALIGN_LEFT));
        gaps.addCell(cell(g.gap(), BODY + 1.5f, true, Palette.TEXT, null, Element.ALIGN_LEFT));
        gaps.addCell(cell(g.status(), BODY + 1.5f, false, Palette.TEXT, null, Element.ALIGN_LEFT));
      }
      add(gaps);
      BridgeView b = s.bridge();
      List<WaterfallChart.Bar> bars = waterfallBars(b);
      float w = width() * 0.55f;
      float h = Math.min(230, waterfallHeight(bars.size()) + 40);
      PdfPTable row = table(new float[] {0.55f, 0.45f});
      PdfPCell left = new PdfPCell();
      left.setBorder(Rectangle.NO_BORDER);
      left.addElement(para("The bridge, " + b.chartYear() + " (£'000)", BODY + 1, true, Palette.TEXT, 0, 2));
      left.addElement(chartImage(w - 8, h, (c, box) -> WaterfallChart.draw(c, box, bars,
          RoundingPolicy::formatGbpK)));
      row.addCell(left);
      PdfPCell right = new PdfPCell();
      right.setBorder(Rectangle.NO_BORDER);
      right.addElement(para("Risk and the chance of breaking even", BODY + 1.5f, true, Palette.BLUE, 0, 3));
      for (String r : s.risk()) {
        right.addElement(para("• " + r, BODY + 1, false, Palette.TEXT, 0, 2));
      }
      right.addElement(para("For the board to decide or watch", BODY + 1.5f, true, Palette.BLUE, 8, 3));
      int i = 0;
      for (String r : s.board()) {
        right.addElement(para(++i + ". " + r, BODY + 1, false, Palette.TEXT, 0, 2));
      }
      row.addCell(right);
      add(row);
      add(note("Money in £'000, a deficit in brackets. The sections that follow give each figure's working; "
          + "sources, method notes and validation findings are in the appendix."));
    }

    PdfOutline section(PdfOutline parent, String bookmark, String header, boolean coverPage) {
      doc.newPage();
      decorator.section(header, coverPage);
      String dest = "s" + (++destinations);
      if (!coverPage) {
        Paragraph h = new Paragraph("", fonts.font(15, true, Palette.BLUE));
        Chunk c = new Chunk(bookmark, fonts.font(15, true, Palette.BLUE));
        c.setLocalDestination(dest);
        h.add(c);
        h.setSpacingAfter(8);
        add(h);
      } else {
        Chunk c = new Chunk(" ", fonts.font(2, false, Palette.WHITE));
        c.setLocalDestination(dest);
        add(new Paragraph(c));
      }
      return new PdfOutline(parent, PdfAction.gotoLocalPage(dest, false), bookmark, false);
    }

    // ---- sections ------------------------------------------------------------------------------

    void cover(PackContent p) {
      Cover c = p.cover();
      add(para(c.heading(), 13, true, Palette.BLUE, 0, 6));
      PdfPTable facts = table(new float[] {1, 3});
      facts.setWidthPercentage(60);
      facts.setHorizontalAlignment(Element.ALIGN_LEFT);
      for (GapTile.Figure f : c.facts()) {
        facts.addCell(cell(f.label(), 9, true, Palette.TEXT, null, Element.ALIGN_LEFT));
        facts.addCell(cell(f.value(), 9, false, Palette.TEXT, null, Element.ALIGN_LEFT));
      }
      add(facts);
      if (!c.organisations().isEmpty()) {
        add(para("Organisations", 10, true, Palette.BLUE, 12, 4));
        PdfPTable orgs = table(new float[] {1, 1});
        orgs.setWidthPercentage(100);
        int half = (c.organisations().size() + 1) / 2;
        for (int i = 0; i < half; i++) {
          orgs.addCell(cell(c.organisations().get(i), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
          int j = i + half;
          orgs.addCell(cell(j < c.organisations().size() ? c.organisations().get(j) : "", BODY, false,
              Palette.TEXT, null, Element.ALIGN_LEFT));
        }
        add(orgs);
      }
      if (!c.notes().isEmpty()) {
        add(para("Sources and notes", 10, true, Palette.BLUE, 12, 4));
        for (String n : c.notes()) {
          add(para("• " + n, 7, false, Palette.TEXT, 0, 1));
        }
      }
    }

    void gaps(List<GapTile> tiles) {
      if (tiles.isEmpty()) {
        add(para("No gap summary was provided.", BODY, false, Palette.GREY, 0, 0));
        return;
      }
      float[] w = new float[tiles.size()];
      java.util.Arrays.fill(w, 1);
      PdfPTable row = table(w);
      for (GapTile t : tiles) {
        PdfPTable tile = table(new float[] {3, 2});
        PdfPCell head = cell(t.gap(), 11, true, Palette.WHITE, markColour(t.mark(), Palette.BLUE), Element.ALIGN_LEFT);
        head.setColspan(2);
        head.setPadding(6);
        tile.addCell(head);
        PdfPCell headline = cell(t.headline(), 10, true, Palette.TEXT, null, Element.ALIGN_LEFT);
        headline.setColspan(2);
        headline.setPaddingTop(6);
        headline.setPaddingBottom(6);
        tile.addCell(headline);
        for (GapTile.Figure f : t.figures()) {
          tile.addCell(cell(f.label(), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
          tile.addCell(cell(f.value(), BODY, true, Palette.TEXT, null, Element.ALIGN_RIGHT));
        }
        tile.setWidthPercentage(100);
        PdfPCell holder = new PdfPCell();
        holder.addElement(tile);
        holder.setPadding(4);
        holder.setBorderColor(Palette.LIGHT_GREY);
        row.addCell(holder);
      }
      add(row);
      add(note("Health and wellbeing and care and quality count indicator values compared with England "
          + "(Fingertips method: similar when England lies inside the 95% interval) and against national "
          + "standards. Finance shows the do-nothing and do-something positions from the financial bridge."));
    }

    void bridge(BridgeView b, String statement) {
      FinancialYear y = b.chartYear();
      List<WaterfallChart.Bar> bars = waterfallBars(b);
      add(para("Bridge from the do-nothing to the do-something position, " + y
          + " (£'000; savings green, costs red; steps with no effect in " + y + " are left out of the chart)",
          BODY + 0.5f, true, Palette.TEXT, 0, 2));
      chart(width(), waterfallHeight(bars.size()),
          (c, box) -> WaterfallChart.draw(c, box, bars, RoundingPolicy::formatGbpK));
      add(moneyTable(b.years(), b.rows(), 0.34f));
      add(para(inWords(b.doNothing(), b.years()), BODY, false, Palette.TEXT, 2, 1));
      add(para(inWords(b.doSomething(), b.years()), BODY, true, Palette.TEXT, 0,
          b.publishedDoSomething() == null ? 3 : 1));
      if (b.publishedDoSomething() != null) {
        add(para(inWords(b.publishedDoSomething(), b.years()), BODY, false, Palette.GREY, 0, 3));
      }
      add(note(b.basis().isEmpty() ? statement : b.basis() + " " + statement));
    }

    /** The waterfall's bars for the chart year: do-nothing, each step with an effect, do-something. */
    static List<WaterfallChart.Bar> waterfallBars(BridgeView b) {
      FinancialYear y = b.chartYear();
      List<WaterfallChart.Bar> bars = new ArrayList<>();
      bars.add(new WaterfallChart.Bar(b.doNothing().label(), zeroIfNaN(b.doNothing().valueOrNaN(y)),
          WaterfallChart.Kind.OPENING));
      for (MoneyRow s : b.steps()) {
        double v = s.valueOrNaN(y);
        if (Double.isFinite(v) && RoundingPolicy.roundGbpK(v) != 0) {
          bars.add(new WaterfallChart.Bar(s.label(), v, WaterfallChart.Kind.STEP));
        }
      }
      bars.add(new WaterfallChart.Bar(b.doSomething().label(), zeroIfNaN(b.doSomething().valueOrNaN(y)),
          WaterfallChart.Kind.CLOSING));
      return bars;
    }

    /**
     * The waterfall's height for {@code bars} bars: 12.5pt a bar, at most 176pt (10pt a bar for sixteen bars, the 7pt labels still clear), so that a bridge of a
     * dozen solutions keeps its chart, table (with the published rows), summary lines and note on one
     * page.
     */
    static float waterfallHeight(int bars) {
      return Math.min(176, 12.5f * bars + 16);
    }

    void positions(PositionsView p, String statement, String caption) {
      List<String> cats = p.years().stream().map(FinancialYear::toString).toList();
      List<Series> series = List.of(
          new Series(p.doNothing().label(), values(p.doNothing(), p.years()), Palette.GREY),
          new Series(p.doSomething().label(), values(p.doSomething(), p.years()), Palette.BLUE));
      add(para(caption, BODY + 0.5f, true, Palette.TEXT, 0, 2));
      chart(width() * 0.75f, 190, (c, box) -> GroupedBarChart.draw(c, box, cats, series,
          this::amount));
      List<MoneyRow> rows = new ArrayList<>();
      rows.add(p.doNothing());
      rows.add(p.doSomething());
      rows.addAll(p.more());
      add(moneyTable(p.years(), rows, 0.4f));
      figures(p.figures());
      add(note(statement));
    }

    /** Labelled single figures as a two-column table. */
    void figures(List<GapTile.Figure> figures) {
      if (figures.isEmpty()) {
        return;
      }
      PdfPTable t = table(new float[] {3, 2});
      t.setWidthPercentage(60);
      t.setHorizontalAlignment(Element.ALIGN_LEFT);
      for (GapTile.Figure f : figures) {
        t.addCell(cell(f.label(), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
        t.addCell(cell(f.value(), BODY, true, Palette.TEXT, null, Element.ALIGN_RIGHT));
      }
      add(t);
    }

    void sensitivities(SensitivityView v, String statement) {
      FinancialYear year = v.year();
      List<SensitivityRow> rows = v.rows();
      if (rows.isEmpty()) {
        add(para("The plan states no sensitivities.", BODY, false, Palette.GREY, 0, 0));
        return;
      }
      boolean published = rows.stream().anyMatch(SensitivityRow::hasPublished);
      List<TornadoChart.Row> bars = rows.stream()
          .map(r -> new TornadoChart.Row(r.name(), published
              ? new double[] {r.nhsGbpK(), r.publishedNhsGbpK(), r.socialCareGbpK(), r.publishedSocialCareGbpK()}
              : new double[] {r.nhsGbpK(), r.socialCareGbpK()}))
          .toList();
      List<String> names = published
          ? List.of("NHS, modelled", "NHS, published", "Social care, modelled", "Social care, published")
          : List.of("NHS, modelled", "Social care, modelled");
      List<Color> colours = published
          ? List.of(Palette.BLUE, Palette.MID_BLUE, Palette.AMBER, Palette.PALE_AMBER)
          : List.of(Palette.BLUE, Palette.AMBER);
      add(para("Sensitivities on the do-nothing, impact in " + year
          + " (£'000; savings right, additional costs left; largest first)", BODY + 0.5f, true, Palette.TEXT, 0, 2));
      float h = Math.min(250, (published ? 44f : 30f) * rows.size() + 40);
      chart(width(), h, (c, box) -> TornadoChart.draw(c, box, bars, names, colours, RoundingPolicy::formatGbpK));
      PdfPTable t = table(new float[] {3, 5.2f, 1.3f, 1.2f, 1.2f, 1.2f, 1.2f});
      header(t, 3, "Sensitivity", "Rule", "Basis", "NHS " + year, "NHS published", "Social care " + year,
          "Social care published");
      List<SensitivityRow> all = new ArrayList<>(rows);
      if (v.combined() != null) {
        all.add(v.combined());
      }
      for (SensitivityRow r : all) {
        boolean bold = r == v.combined();
        t.addCell(cell(r.name(), BODY, bold, Palette.TEXT, null, Element.ALIGN_LEFT));
        t.addCell(cell(r.description(), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
        t.addCell(cell(r.basis(), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
        t.addCell(cell(money(r.nhsGbpK()), BODY, bold, Palette.TEXT, null, Element.ALIGN_RIGHT));
        t.addCell(cell(money(r.publishedNhsGbpK()), BODY, false, Palette.GREY, null, Element.ALIGN_RIGHT));
        t.addCell(cell(money(r.socialCareGbpK()), BODY, bold, Palette.TEXT, null, Element.ALIGN_RIGHT));
        t.addCell(cell(money(r.publishedSocialCareGbpK()), BODY, false, Palette.GREY, null, Element.ALIGN_RIGHT));
      }
      add(t);
      add(note((v.note().isEmpty() ? "" : v.note() + " ") + statement));
    }

    void solutions(List<FinancialYear> years, List<SolutionRow> rows, String statement) {
      if (rows.isEmpty()) {
        add(para("The plan has no solutions.", BODY, false, Palette.GREY, 0, 0));
        return;
      }
      FinancialYear last = years.get(years.size() - 1);
      boolean gross = rows.stream().anyMatch(r -> !r.grossGbpK().isEmpty() || !r.doubleCountGbpK().isEmpty());
      boolean rule = rows.stream().anyMatch(r -> !r.ruleDifferenceGbpK().isEmpty());
      List<Float> w = new ArrayList<>(List.of(0.45f, 3.2f, 2.2f, 1.6f));
      List<String> heads = new ArrayList<>(List.of("No.", "Solution", "Category", "Maturity"));
      if (gross) {
        w.add(1.1f);
        w.add(1.1f);
        heads.add("Gross " + last);
        heads.add("Double count " + last);
      }
      for (FinancialYear y : years) {
        w.add(1.05f);
        heads.add("Net " + y);
      }
      if (rule) {
        w.add(1.15f);
        heads.add("Rule less phased " + last);
      }
      float[] widths = new float[w.size()];
      for (int i = 0; i < widths.length; i++) {
        widths[i] = w.get(i);
      }
      PdfPTable t = table(widths);
      header(t, 4, heads.toArray(String[]::new));
      for (SolutionRow r : rows) {
        t.addCell(cell(String.valueOf(r.number()), BODY, false, Palette.TEXT, null, Element.ALIGN_RIGHT));
        t.addCell(cell(r.name(), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
        t.addCell(cell(r.category(), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
        t.addCell(cell(r.maturity(), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
        if (gross) {
          t.addCell(cell(money(valueOrNaN(r.grossGbpK(), last)), BODY, false, Palette.TEXT, null, Element.ALIGN_RIGHT));
          t.addCell(cell(money(valueOrNaN(r.doubleCountGbpK(), last)), BODY, false, Palette.TEXT, null,
              Element.ALIGN_RIGHT));
        }
        for (FinancialYear y : years) {
          t.addCell(cell(money(valueOrNaN(r.netGbpK(), y)), BODY, y.equals(last), Palette.TEXT, null,
              Element.ALIGN_RIGHT));
        }
        if (rule) {
          t.addCell(cell(money(valueOrNaN(r.ruleDifferenceGbpK(), last)), BODY, false, Palette.GREY, null,
              Element.ALIGN_RIGHT));
        }
      }
      add(t);
      add(note("£'000, saving positive, additional cost negative. Net = gross less the double count (savings"
          + " already taken by an earlier solution on the same cost pool) as the toolkit computes"
          + " them; a solution marked [code] belongs to that local authority's social care bridge. 'Rule less phased':"
          + " how far the engine's rule for the solution is from the plan's phased row (blank: no rule). "
          + statement));
    }

    void activity(ActivityView a) {
      List<FinancialYear> years = a.years();
      float[] w = new float[years.size() + 3];
      w[0] = 4.5f;
      for (int i = 1; i < w.length; i++) {
        w[i] = 1.1f;
      }
      PdfPTable t = table(w);
      List<String> heads = new ArrayList<>();
      heads.add("Count");
      heads.add(a.baseYear() + " (base)");
      years.forEach(y -> heads.add(y.toString()));
      heads.add("Change to " + years.get(years.size() - 1));
      header(t, 1, heads.toArray(String[]::new));
      String group = null;
      for (ActivityView.Row r : a.rows()) {
        if (!r.group().equals(group)) {
          group = r.group();
          PdfPCell g = cell(group, BODY, true, Palette.BLUE, Palette.PALE_GREY, Element.ALIGN_LEFT);
          g.setColspan(w.length);
          t.addCell(g);
        }
        t.addCell(cell(r.label(), BODY, r.bold(), Palette.TEXT, null, Element.ALIGN_LEFT));
        t.addCell(cell(count(r.base()), BODY, false, Palette.TEXT, null, Element.ALIGN_RIGHT));
        for (FinancialYear y : years) {
          t.addCell(cell(count(valueOrNaN(r.values(), y)), BODY, r.bold(), Palette.TEXT, null, Element.ALIGN_RIGHT));
        }
        t.addCell(cell(Double.isFinite(r.change()) ? signedCount(r.change()) : "", BODY, true, Palette.TEXT, null,
            Element.ALIGN_RIGHT));
      }
      add(t);
      add(note(a.note()));
    }

    void indicators(List<IndicatorRow> rows) {
      if (rows.isEmpty()) {
        add(para("No indicator values were provided.", BODY, false, Palette.GREY, 0, 0));
        return;
      }
      PdfPTable t = table(new float[] {4.2f, 1.1f, 1.1f, 1.6f, 1.1f, 1.3f, 1.1f, 1.2f, 3.2f});
      header(t, 2, "Indicator (area, sex)", "Period", "Value", "95% interval", "England", "Compared with England",
          "Standard", "Against standard", "Value ● 95% interval — England | standard ┆");
      String gap = null;
      for (IndicatorRow r : rows) {
        if (!r.gap().equals(gap)) {
          gap = r.gap();
          PdfPCell g = cell(gap, BODY, true, Palette.BLUE, Palette.PALE_GREY, Element.ALIGN_LEFT);
          g.setColspan(9);
          t.addCell(g);
        }
        String name = r.indicator() + " (" + areaAndSex(r) + ")";
        t.addCell(cell(name, BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
        t.addCell(cell(r.period(), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
        t.addCell(cell(num(r.value()) + unitSuffix(r.unit()), BODY, true, Palette.TEXT, null, Element.ALIGN_RIGHT));
        t.addCell(cell(Double.isFinite(r.lower95()) ? num(r.lower95()) + " – " + num(r.upper95()) : "–", BODY,
            false, Palette.TEXT, null, Element.ALIGN_CENTER));
        t.addCell(cell(num(r.benchmark()), BODY, false, Palette.TEXT, null, Element.ALIGN_RIGHT));
        t.addCell(markCell(r.comparison(), r.comparisonMark()));
        t.addCell(cell(num(r.standard()), BODY, false, Palette.TEXT, null, Element.ALIGN_RIGHT));
        t.addCell(markCell(r.rag(), r.ragMark()));
        PdfPCell spine = new PdfPCell(new Phrase(" ", fonts.font(BODY, false, Palette.TEXT)));
        spine.setMinimumHeight(11);
        spine.setBorderColor(Palette.LIGHT_GREY);
        spine.setBorderWidth(0.4f);
        Color dot = markColour(r.comparisonMark(), Palette.WHITE);
        spine.setCellEvent(drawIn((c, box) -> BenchmarkSpine.draw(c, box, r.value(), r.lower95(), r.upper95(),
            r.benchmark(), r.standard(), dot)));
        t.addCell(spine);
      }
      add(t);
      add(note("Comparison with England as Fingertips does it: 'Similar' when England's value lies inside the "
          + "area's 95% confidence interval, otherwise better or worse by the indicator's polarity (higher or "
          + "lower when it carries no judgement). Against the standard: green when it is met (the whole "
          + "interval, where there is one), red when it is missed, amber when the interval straddles it. "
          + "A dash means not available."));
      List<String> untested = new ArrayList<>();
      for (IndicatorRow r : rows) {
        if (r.comparisonMark() == Mark.NONE && !r.difference().isEmpty()) {
          untested.add(r.indicator() + " (" + areaAndSex(r) + ", " + r.period() + "): " + num(r.value())
              + " against " + num(r.benchmark()) + ", " + r.difference());
        }
      }
      if (!untested.isEmpty()) {
        ensureSpace(20 + 10f * untested.size());
        add(para("Differences from England that no interval allows to be tested (values given without counts)",
            BODY + 0.5f, true, Palette.TEXT, 6, 2));
        for (String u : untested) {
          add(para("• " + u, BODY, false, Palette.TEXT, 0, 1));
        }
      }
    }

    /**
     * The spine chart: every value that has England or its region to be set against, on its own scale, with
     * Better / Similar / Worse against each where a 95% interval allows the test; below it, in words, the
     * differences that no interval allows to be tested.
     */
    void spine(List<IndicatorRow> all) {
      List<IndicatorRow> rows = all.stream().filter(r -> !r.region().isEmpty() || Double.isFinite(r.benchmark())).toList();
      PdfPTable t = table(new float[] {4.2f, 1.1f, 1.1f, 1.6f, 1.0f, 1.2f, 1.0f, 1.2f, 3.4f});
      header(t, 2, "Indicator (area, sex)", "Period", "Value", "95% interval", "England", "Against England",
          "Region", "Against region", "Value ● 95% interval — England | region |");
      String gap = null;
      for (IndicatorRow r : rows) {
        if (!r.gap().equals(gap)) {
          gap = r.gap();
          PdfPCell g = cell(gap, BODY, true, Palette.BLUE, Palette.PALE_GREY, Element.ALIGN_LEFT);
          g.setColspan(9);
          t.addCell(g);
        }
        t.addCell(cell(r.indicator() + " (" + areaAndSex(r) + ")", BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
        t.addCell(cell(r.period(), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
        t.addCell(cell(num(r.value()) + unitSuffix(r.unit()), BODY, true, Palette.TEXT, null, Element.ALIGN_RIGHT));
        t.addCell(cell(Double.isFinite(r.lower95()) ? num(r.lower95()) + " – " + num(r.upper95()) : "–", BODY,
            false, Palette.TEXT, null, Element.ALIGN_CENTER));
        t.addCell(cell(num(r.benchmark()), BODY, false, Palette.TEXT, null, Element.ALIGN_RIGHT));
        t.addCell(markCell(Double.isFinite(r.benchmark()) ? r.comparison() : "–", r.comparisonMark()));
        t.addCell(cell(num(r.regionValue()), BODY, false, Palette.TEXT, null, Element.ALIGN_RIGHT));
        t.addCell(markCell(r.region().isEmpty() ? "–" : r.regionComparison(), r.regionMark()));
        PdfPCell spine = new PdfPCell(new Phrase(" ", fonts.font(BODY, false, Palette.TEXT)));
        spine.setMinimumHeight(11);
        spine.setBorderColor(Palette.LIGHT_GREY);
        spine.setBorderWidth(0.4f);
        Color dot = markColour(r.comparisonMark() != Mark.NONE ? r.comparisonMark() : r.regionMark(), Palette.WHITE);
        spine.setCellEvent(drawIn((c, box) -> BenchmarkSpine.draw(c, box, r.value(), r.lower95(), r.upper95(),
            r.benchmark(), r.regionValue(), Double.NaN, dot)));
        t.addCell(spine);
      }
      add(t);
      add(note("Better, Similar or Worse as Fingertips decides them: 'Similar' when the benchmark's value lies "
          + "inside the area's 95% confidence interval, otherwise better or worse by the indicator's polarity. "
          + "On the spine the black tick is England, the blue tick the region; the dot is filled in the colour "
          + "of the comparison and left white where no interval allows a test."));
      List<String> described = new ArrayList<>();
      for (IndicatorRow r : rows) {
        if (!r.tested()) {
          String text = !r.regionDifference().isEmpty() ? r.regionDifference() : r.difference();
          if (!text.isEmpty()) {
            described.add(r.indicator() + " (" + areaAndSex(r) + ", " + r.period() + "): " + num(r.value())
                + unitSuffix(r.unit()) + ", " + text);
          }
        }
      }
      if (!described.isEmpty()) {
        ensureSpace(20 + 10f * described.size());
        add(para("Compared descriptively: published without counts or an interval, so these differences are "
            + "stated, not tested for significance", BODY + 0.5f, true, Palette.TEXT, 6, 2));
        for (String d : described) {
          add(para("• " + d, BODY, false, Palette.TEXT, 0, 1));
        }
      }
    }

    /** "Staffordshire, Male"; the area alone for persons. */
    static String areaAndSex(IndicatorRow r) {
      return r.area() + (r.sex().isEmpty() || r.sex().equals("Persons") ? "" : ", " + r.sex());
    }

    void risk(RiskView r, String statement) {
      List<String> cats = r.years().stream().map(FinancialYear::toString).toList();
      List<Series> series = List.of(
          new Series(r.doSomething().label(), values(r.doSomething(), r.years()), Palette.BLUE),
          new Series(r.riskAdjusted().label(), values(r.riskAdjusted(), r.years()), Palette.RED));
      add(para("Risk-adjusted bridge: do-something with each solution at its maturity's realisation factor (£'000)",
          BODY + 0.5f, true, Palette.TEXT, 0, 2));
      chart(width() * 0.75f, 170, (c, box) -> GroupedBarChart.draw(c, box, cats, series, RoundingPolicy::formatGbpK));
      List<MoneyRow> rows = new ArrayList<>();
      rows.add(r.doSomething());
      rows.add(r.riskAdjusted());
      rows.addAll(r.rows());
      add(moneyTable(r.years(), rows, 0.4f));
      figures(r.figures());
      add(note((r.note().isEmpty() ? "" : r.note() + " ") + statement));
    }

    /**
     * The key risks page: a table of the money each risk's linked solutions carry in the final year, the
     * heat map of the scored risks with its table, then each risk with its mitigations and dependencies.
     */
    void keyRisks(KeyRisksView v, String statement) {
      String y = v.finalYear();
      add(para("Delivering the plan: key risks, and the money they threaten in " + y + " (£'000)", BODY + 0.5f,
          true, Palette.TEXT, 0, 2));
      PdfPTable t = table(new float[] {0.4f, 4.2f, 3f, 1.3f, 1.3f, 1.3f, 1.2f});
      header(t, 3, "No.", "Key risk", "Linked solutions and drivers", "Net saving " + y, "Maturity haircut",
          "Risk-adjusted " + y, "Share of Monte Carlo spread");
      for (KeyRisksView.Row r : v.rows()) {
        t.addCell(cell(Integer.toString(r.number()), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
        t.addCell(cell(r.title(), BODY, true, Palette.TEXT, null, Element.ALIGN_LEFT));
        List<String> links = new ArrayList<>(r.solutions());
        links.addAll(r.drivers());
        t.addCell(cell(links.isEmpty() ? "Not linked to a solution or driver" : String.join("; ", links), BODY,
            false, links.isEmpty() ? Palette.GREY : Palette.TEXT, null, Element.ALIGN_LEFT));
        boolean money = !r.solutions().isEmpty();
        t.addCell(cell(money ? money(r.netFinalYear()) : "–", BODY, false, Palette.TEXT, null, Element.ALIGN_RIGHT));
        t.addCell(cell(money ? money(-r.haircutFinalYear()) : "–", BODY, false, Palette.TEXT, null,
            Element.ALIGN_RIGHT));
        t.addCell(cell(money ? money(r.riskAdjustedFinalYear()) : "–", BODY, false, Palette.TEXT, null,
            Element.ALIGN_RIGHT));
        String share = !v.monteCarloRun() ? "no run" : !r.linked() ? "–"
            : String.format(Locale.ROOT, "%.1f%%", r.spreadShare() * 100);
        t.addCell(cell(share, BODY, false, Palette.TEXT, null, Element.ALIGN_RIGHT));
      }
      add(t);
      add(note(v.note() + " " + statement));
      List<RiskHeatMap.Marker> markers = new ArrayList<>();
      List<String> unscored = new ArrayList<>();
      for (KeyRisksView.Row r : v.rows()) {
        if (r.scored()) {
          markers.add(new RiskHeatMap.Marker(Integer.toString(r.number()), r.likelihood(), r.impact()));
        } else {
          unscored.add(Integer.toString(r.number()));
        }
      }
      if (!markers.isEmpty()) {
        ensureSpace(200 + 12f * markers.size());
        add(para("Risk heat map: likelihood × impact of the scored risks, by number", BODY + 0.5f, true,
            Palette.TEXT, 6, 2));
        chart(200, 170, (c, box) -> RiskHeatMap.draw(c, box, markers));
        PdfPTable h = table(new float[] {0.4f, 6f, 1f, 1f, 1f});
        header(h, 2, "No.", "Scored risk", "Likelihood", "Impact", "Score");
        for (KeyRisksView.Row r : v.rows()) {
          if (r.scored()) {
            h.addCell(cell(Integer.toString(r.number()), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
            h.addCell(cell(r.title(), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
            h.addCell(cell(Integer.toString(r.likelihood()), BODY, false, Palette.TEXT, null, Element.ALIGN_RIGHT));
            h.addCell(cell(Integer.toString(r.impact()), BODY, false, Palette.TEXT, null, Element.ALIGN_RIGHT));
            int score = r.likelihood() * r.impact();
            h.addCell(cell(Integer.toString(score), BODY, true, Palette.TEXT, RiskHeatMap.band(score),
                Element.ALIGN_RIGHT));
          }
        }
        add(h);
      }
      if (!unscored.isEmpty()) {
        add(para((unscored.size() == v.rows().size() ? "No risk is scored" : "Not scored: risk "
            + String.join(", ", unscored)) + ": the plan gives no likelihood or impact, so "
            + (unscored.size() == 1 ? "it is" : "they are") + " left off the heat map.", BODY, false, Palette.GREY,
            4, 4));
      }
      for (KeyRisksView.Row r : v.rows()) {
        ensureSpace(60);
        add(para(r.number() + ". " + r.title(), 9, true, Palette.BLUE, 6, 1));
        if (!r.description().isEmpty()) {
          add(para(r.description(), BODY, false, Palette.TEXT, 0, 1));
        }
        add(labelled("Mitigating actions: ", r.mitigatingActions().isEmpty() ? "none given" : r.mitigatingActions()));
        add(labelled("External dependencies: ", r.externalDependencies().isEmpty() ? "none given"
            : r.externalDependencies()));
        if (!r.owner().isEmpty()) {
          add(labelled("Owner: ", r.owner()));
        }
        add(labelled("Likelihood and impact: ", r.scored()
            ? r.likelihood() + " × " + r.impact() + " = " + r.likelihood() * r.impact() + " (1 lowest to 5 highest)"
            : "not scored"));
      }
    }

    Paragraph labelled(String label, String text) {
      Paragraph p = new Paragraph("", fonts.font(BODY, false, Palette.TEXT));
      p.add(new Chunk(label, fonts.font(BODY, true, Palette.TEXT)));
      p.add(new Chunk(text, fonts.font(BODY, false, Palette.TEXT)));
      p.setSpacingAfter(1);
      p.setLeading(BODY * 1.25f);
      return p;
    }

    void fan(FanView r, String statement) {
      List<FinancialYear> years = r.years();
      List<String> cats = years.stream().map(FinancialYear::toString).toList();
      List<MoneyRow> ps = r.percentiles();
      List<FanChart.Band> bands = new ArrayList<>();
      Color[] fills = {Palette.PALE_BLUE, Palette.MID_BLUE, Palette.LIGHT_BLUE};
      for (int i = 0; i < ps.size() / 2; i++) {
        MoneyRow lo = ps.get(i);
        MoneyRow hi = ps.get(ps.size() - 1 - i);
        bands.add(new FanChart.Band(lo.label() + " to " + hi.label(), values(lo, years), values(hi, years),
            fills[Math.min(i, fills.length - 1)]));
      }
      List<Series> lines = new ArrayList<>();
      if (ps.size() % 2 == 1) {
        MoneyRow mid = ps.get(ps.size() / 2);
        lines.add(new Series(mid.label() + " (median)", values(mid, years), Palette.DARK_BLUE));
      }
      lines.add(new Series(r.plan().label(), values(r.plan(), years), Palette.RED));
      add(para("Monte Carlo: do-something position by year, percentiles of the draws (" + unit() + ")", BODY + 0.5f, true,
          Palette.TEXT, 0, 2));
      chart(width() * 0.75f, 200, (c, box) -> FanChart.draw(c, box, cats, bands, lines, this::amount));
      List<MoneyRow> rows = new ArrayList<>(ps);
      rows.add(r.plan());
      PdfPTable t = moneyTable(years, rows, 0.4f);
      if (!r.probabilityOfBalance().isEmpty()) {
        PdfPCell label = cell("Chance of breaking even or better", BODY, true, Palette.TEXT, null,
            Element.ALIGN_LEFT);
        rule(label, true);
        t.addCell(label);
        for (FinancialYear y : years) {
          double v = valueOrNaN(r.probabilityOfBalance(), y);
          PdfPCell c = cell(Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", v * 100) : "", BODY, true,
              Palette.TEXT, null, Element.ALIGN_RIGHT);
          rule(c, true);
          t.addCell(c);
        }
      }
      add(t);
      for (String w : r.inWords()) {
        add(para("• " + w, BODY + 0.5f, false, Palette.TEXT, 0, 1));
      }
      figures(r.figures());
      add(note((r.note().isEmpty() ? "" : r.note() + " ") + statement));
    }

    void findings(List<ValidationFinding> findings) {
      if (findings.isEmpty()) {
        add(para("No findings: every check passed.", BODY + 1, false, Palette.TEXT, 0, 0));
        return;
      }
      long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
      long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
      long infos = findings.size() - errors - warnings;
      add(para(errors + " error(s), " + warnings + " warning(s), " + infos + " for information.", BODY + 1,
          false, Palette.TEXT, 0, 4));
      PdfPTable t = table(new float[] {1, 2.4f, 2.6f, 4, 4});
      header(t, 5, "Severity", "Rule", "Where", "Expected", "Found");
      for (ValidationFinding f : findings) {
        Color c = switch (f.severity()) {
          case ERROR -> Palette.RED;
          case WARNING -> new Color(0xB3, 0x6B, 0x00);
          case INFO -> Palette.GREY;
        };
        t.addCell(cell(f.severity().name(), BODY, true, c, null, Element.ALIGN_LEFT));
        t.addCell(cell(f.rule(), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
        t.addCell(cell(f.location().toString(), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
        t.addCell(cell(f.expected(), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
        t.addCell(cell(f.found(), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
      }
      add(t);
    }

    void area(AreaView a, PdfOutline outline, String statement) {
      positions(a.positions(), statement, a.name() + ": do-nothing and do-something by year (" + unit() + ")");
      PdfPTable t = table(new float[] {4, 2, 3, 1.5f, 1.5f});
      header(t, 3, a.memberKind(), "", "Status", "Do-nothing " + a.finalYear(), "Do-something " + a.finalYear());
      for (AreaView.MemberRow m : a.members()) {
        t.addCell(cell(m.name(), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
        t.addCell(cell(m.detail(), BODY, false, Palette.TEXT, null, Element.ALIGN_LEFT));
        t.addCell(cell(m.status(), BODY, false, "OK".equals(m.status()) ? Palette.TEXT : Palette.RED, null,
            Element.ALIGN_LEFT));
        t.addCell(cell(amount(m.doNothingGbpK()), BODY, false, Palette.TEXT, null, Element.ALIGN_RIGHT));
        t.addCell(cell(amount(m.doSomethingGbpK()), BODY, false, Palette.TEXT, null, Element.ALIGN_RIGHT));
      }
      // The heading, the notes and a member table that fits on one page start a new page rather than
      // leave a row or two alone on the next one; the notes go above the table for the same reason.
      t.setTotalWidth(width());
      t.setLockedWidth(true);
      float block = t.getTotalHeight() + 24 + 12f * a.notes().size();
      if (block <= doc.top() - doc.bottom()) {
        ensureSpace(block);
      }
      add(para(a.memberKind() + "s, " + a.finalYear() + " (" + unit() + ")", BODY + 0.5f, true, Palette.TEXT, 8, 2));
      for (String n : a.notes()) {
        add(note(n));
      }
      add(t);
      Objects.requireNonNull(outline);
    }

    // ---- building blocks -----------------------------------------------------------------------

    PdfPTable moneyTable(List<FinancialYear> years, List<MoneyRow> rows, float labelShare) {
      float[] w = new float[years.size() + 1];
      w[0] = labelShare * years.size() / (1 - labelShare);
      for (int i = 1; i < w.length; i++) {
        w[i] = 1;
      }
      PdfPTable t = table(w);
      List<String> heads = new ArrayList<>();
      heads.add(unit());
      years.forEach(y -> heads.add(y.toString()));
      header(t, 1, heads.toArray(String[]::new));
      for (MoneyRow r : rows) {
        boolean bold = r.kind() == RowKind.POSITION || r.kind() == RowKind.TOTAL;
        Color fill = r.kind() == RowKind.POSITION ? new Color(0xEE, 0xF4, 0xFB) : null;
        Color ink = r.kind() == RowKind.PUBLISHED ? Palette.GREY : Palette.TEXT;
        PdfPCell label = cell(r.label(), BODY, bold, ink, fill, Element.ALIGN_LEFT);
        rule(label, bold);
        t.addCell(label);
        for (FinancialYear y : years) {
          PdfPCell c = cell(amount(r.valueOrNaN(y)), BODY, bold, ink, fill, Element.ALIGN_RIGHT);
          rule(c, bold);
          t.addCell(c);
        }
      }
      return t;
    }

    private static void rule(PdfPCell c, boolean bold) {
      if (bold) {
        c.setBorderWidthTop(0.8f);
        c.setBorderColorTop(Palette.TEXT);
      }
    }

    PdfPTable table(float[] widths) {
      PdfPTable t = new PdfPTable(widths);
      t.setWidthPercentage(100);
      t.setSpacingBefore(2);
      t.setSpacingAfter(4);
      t.setHeaderRows(0);
      return t;
    }

    /** A repeated header row; the first {@code textColumns} columns are left-aligned, the rest right. */
    void header(PdfPTable t, int textColumns, String... heads) {
      for (int i = 0; i < heads.length; i++) {
        t.addCell(cell(heads[i], BODY, true, Palette.WHITE, Palette.BLUE,
            i < textColumns ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
      }
      t.setHeaderRows(1);
    }

    PdfPCell cell(String text, float size, boolean bold, Color colour, Color fill, int align) {
      PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, fonts.font(size, bold, colour)));
      c.setHorizontalAlignment(align);
      c.setVerticalAlignment(Element.ALIGN_MIDDLE);
      c.setPaddingTop(1f);
      c.setPaddingBottom(2.5f);
      c.setPaddingLeft(3);
      c.setPaddingRight(3);
      c.setBorderWidth(0.4f);
      c.setBorderColor(Palette.LIGHT_GREY);
      if (fill != null) {
        c.setBackgroundColor(fill);
      }
      return c;
    }

    PdfPCell markCell(String text, Mark mark) {
      Color fill = markColour(mark, null);
      Color ink = mark == Mark.RED || mark == Mark.GREEN || mark == Mark.BLUE ? Palette.WHITE : Palette.TEXT;
      return cell(text.isEmpty() ? "–" : text, BODY, mark != Mark.NONE, ink, fill, Element.ALIGN_CENTER);
    }

    static Color markColour(Mark m, Color none) {
      return switch (m) {
        case GREEN -> Palette.GREEN;
        case AMBER -> Palette.AMBER;
        case RED -> Palette.RED;
        case BLUE -> Palette.BLUE;
        case NONE -> none;
      };
    }

    Paragraph para(String text, float size, boolean bold, Color colour, float before, float after) {
      Paragraph p = new Paragraph(text, fonts.font(size, bold, colour));
      p.setSpacingBefore(before);
      p.setSpacingAfter(after);
      p.setLeading(size * 1.25f);
      return p;
    }

    Paragraph note(String text) {
      return para(text, 6.5f, false, Palette.GREY, 0, 6);
    }

    void chart(float w, float h, BiConsumer<Canvas, Box> drawing) {
      add(chartImage(w, h, drawing));
    }

    Image chartImage(float w, float h, BiConsumer<Canvas, Box> drawing) {
      PdfTemplate t = writer.getDirectContent().createTemplate(w, h);
      drawing.accept(new PdfCanvas(t, fonts), new Box(0, 0, w, h));
      try {
        Image img = Image.getInstance(t);
        img.setAlignment(Image.LEFT);
        img.setSpacingAfter(2);
        return img;
      } catch (DocumentException e) {
        throw new IllegalStateException("cannot place a chart: " + e.getMessage(), e);
      }
    }

    PdfPCellEvent drawIn(BiConsumer<Canvas, Box> drawing) {
      return (PdfPCell cell, Rectangle pos, PdfContentByte[] canvases) -> {
        PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
        drawing.accept(new PdfCanvas(cb, fonts), new Box(pos.getLeft() + 2, pos.getBottom() + 1,
            pos.getWidth() - 4, pos.getHeight() - 2));
      };
    }

    /** Starts a new page unless {@code height} points are left above the bottom margin. */
    void ensureSpace(float height) {
      if (writer.getVerticalPosition(true) - doc.bottom() < height) {
        doc.newPage();
      }
    }

    void add(Element e) {
      try {
        doc.add(e);
      } catch (DocumentException ex) {
        throw new IllegalStateException("cannot lay out the PDF pack: " + ex.getMessage(), ex);
      }
    }

    /** "Do-something healthcare position, 2016/17 to 2020/21 (£'000): (157,606) (119,557) ... 1,420". */
    static String inWords(MoneyRow r, List<FinancialYear> years) {
      StringBuilder sb = new StringBuilder(r.label()).append(", ").append(years.get(0)).append(" to ")
          .append(years.get(years.size() - 1)).append(" (£'000):");
      for (FinancialYear y : years) {
        String m = money(r.valueOrNaN(y));
        sb.append(' ').append(m.isEmpty() ? "–" : m);
      }
      return sb.toString();
    }

    static String money(double gbpK) {
      return Double.isFinite(gbpK) ? RoundingPolicy.formatGbpK(gbpK) : "";
    }

    /** Money in this document's unit: £'000, or £m to one decimal place in the national paper. */
    String amount(double gbpK) {
      if (!Double.isFinite(gbpK)) {
        return "";
      }
      if (!millions) {
        return RoundingPolicy.formatGbpK(gbpK);
      }
      String m = org.stptoolkit.finance.montecarlo.MonteCarloWords.money(gbpK, true);
      return m.substring(1, m.length() - 1);
    }

    /** The unit of {@link #amount}. */
    String unit() {
      return millions ? "£m" : "£'000";
    }

    static String num(double v) {
      if (!Double.isFinite(v)) {
        return "–";
      }
      double a = Math.abs(v);
      String pattern = a >= 1000 ? "%,.0f" : a >= 100 ? "%.1f" : "%.1f";
      return String.format(Locale.ROOT, pattern, v);
    }

    static String count(double v) {
      return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.0f", v) : "";
    }

    static String signedCount(double v) {
      return Double.isFinite(v) ? String.format(Locale.ROOT, "%+,.0f", v) : "";
    }

    static double valueOrNaN(org.stptoolkit.model.basics.YearlyAmounts a, FinancialYear y) {
      return a.has(y) ? a.get(y) : Double.NaN;
    }

    static String unitSuffix(String unit) {
      return "%".equals(unit) ? "%" : "";
    }

    static double zeroIfNaN(double v) {
      return Double.isFinite(v) ? v : 0;
    }

    static double[] values(MoneyRow r, List<FinancialYear> years) {
      double[] out = new double[years.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = r.valueOrNaN(years.get(i));
      }
      return out;
    }

    static double[] arr(org.stptoolkit.model.basics.YearlyAmounts a, List<FinancialYear> years) {
      double[] out = new double[years.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = a.has(years.get(i)) ? a.get(years.get(i)) : Double.NaN;
      }
      return out;
    }

  }
}
