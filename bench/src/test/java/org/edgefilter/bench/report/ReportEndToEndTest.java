package org.edgefilter.bench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.TTest;
import org.edgefilter.bench.BenchCli;
import org.edgefilter.bench.FakeRuns;
import org.edgefilter.bench.compare.Format;
import org.edgefilter.framework.io.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Builds a runs directory with known numbers ({@link FakeRuns}), runs {@code bench report} on it
 * and checks every figure of the report against independent computations: plain loops for means,
 * SDs and differences, Commons Math for t-tests, the textbook mean +- t * SE for the t intervals,
 * enumeration for Wilcoxon, a separate bootstrap (different RNG) for the bootstrap CIs, the Gamma
 * recurrence for Hedges' J, a hand loop for Holm.
 */
class ReportEndToEndTest {

  @TempDir static Path dir;
  static Path out;
  static String markdown;
  static String html;
  static JsonNode json;
  static String printed;

  private static final List<String> VISION_ARMS =
      List.of("baseline", "ef-k11", "ef-k3", "lonely", "single");
  private static final Map<String, long[]> SEEDS =
      Map.of(
          "baseline",
          new long[] {0, 1, 2, 3, 4, 5},
          "ef-k11",
          new long[] {0, 1, 2, 3, 4, 5},
          "ef-k3",
          new long[] {0, 1, 2, 3, 4, 5},
          "lonely",
          new long[] {10, 11, 12},
          "single",
          new long[] {0});

  @BeforeAll
  static void generate() throws Exception {
    Path runs = dir.resolve("runs");
    FakeRuns.write(runs);
    out = dir.resolve("report");
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    CommandLine cli = BenchCli.commandLine();
    cli.setOut(new PrintWriter(buffer, true, StandardCharsets.UTF_8));
    int code = cli.execute("report", runs.toString(), "--out", out.toString());
    printed = buffer.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, printed);
    markdown = Files.readString(out.resolve(ReportWriter.MARKDOWN));
    html = Files.readString(out.resolve(ReportWriter.HTML));
    json = Json.mapper().readTree(out.resolve(ReportWriter.JSON).toFile());
  }

  // ---- independent values of the fixture ----

  private static double[] values(String metric, String arm) {
    long[] seeds = SEEDS.get(arm);
    double[] v = new double[seeds.length];
    for (int i = 0; i < seeds.length; i++) {
      long s = seeds[i];
      v[i] =
          switch (metric) {
            case "clean_acc" -> FakeRuns.cleanAcc(arm, s);
            case "loss" -> FakeRuns.loss(arm, s);
            case "params" -> FakeRuns.params();
            default -> FakeRuns.tent(arm, s, FakeRuns.CORRUPTIONS.indexOf(metric.split("/")[1]));
          };
    }
    return v;
  }

  /** Per-corruption means of an arm (the units of the tent family), corruptions sorted. */
  private static double[] unitMeans(String arm) {
    double[] m = new double[FakeRuns.CORRUPTIONS.size()];
    for (int c = 0; c < m.length; c++) {
      m[c] = Reference.mean(values("tent/" + FakeRuns.CORRUPTIONS.get(c) + "/5", arm));
    }
    return m;
  }

  private static double[] diff(double[] base, double[] arm) {
    double[] d = new double[base.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = arm[i] - base[i];
    }
    return d;
  }

  private static double parse(String cell) {
    return Double.parseDouble(cell.replace("+", ""));
  }

  /** A printed 4-significant-digit number agrees with the exact value. */
  private static void assertPrinted(double expected, String cell, String what) {
    double tol = Math.max(Math.abs(expected) * 6e-4, 1e-12);
    assertEquals(expected, parse(cell), tol, what + ": printed '" + cell + "'");
  }

  private static void assertPrintedP(double expected, String cell, String what) {
    if (Double.isNaN(expected)) {
      assertEquals("n/a", cell, what);
      return;
    }
    if (expected < 1e-4) {
      assertEquals("< 0.0001", cell, what);
      return;
    }
    assertEquals(expected, parse(cell), expected * 6e-3, what + ": printed '" + cell + "'");
  }

  private static JsonNode entry(String task, String metric, String arm) {
    for (JsonNode t : json.get("tasks")) {
      if ((t.get("modality").asText() + "/" + t.get("experiment").asText()).equals(task)) {
        for (JsonNode c : t.get("comparisons")) {
          if (c.get("metric").asText().equals(metric) && c.get("arm").asText().equals(arm)) {
            return c;
          }
        }
      }
    }
    throw new AssertionError("no comparison " + task + " " + metric + " " + arm);
  }

  private static double num(JsonNode n) {
    return n == null || n.isNull() ? Double.NaN : n.asDouble();
  }

  // ---- tests ----

  @Test
  void perArmTableShowsMeanSdAndN() {
    List<Map<String, String>> rows =
        MarkdownTables.after(markdown, "### Runs per arm (vision/quick)");
    int checked = 0;
    for (Map<String, String> row : rows) {
      double[] v = values(row.get("Metric"), row.get("Arm"));
      assertEquals(v.length, Integer.parseInt(row.get("n")), row.toString());
      assertPrinted(Reference.mean(v), row.get("Mean"), "mean " + row);
      if (v.length == 1) {
        assertEquals("n/a", row.get("SD"), row.toString());
      } else {
        assertPrinted(Reference.sd(v), row.get("SD"), "sd " + row);
      }
      assertEquals(row.get("Metric").equals("clean_acc") ? "higher" : "lower", row.get("Better"));
      checked++;
    }
    assertEquals(3 * VISION_ARMS.size(), checked, "clean_acc, loss, params x 5 arms");

    List<Map<String, String>> audio =
        MarkdownTables.after(markdown, "### Runs per arm (audio/quick)");
    double[] base = {
      FakeRuns.audioAcc("baseline", 0),
      FakeRuns.audioAcc("baseline", 1),
      FakeRuns.audioAcc("baseline", 2)
    };
    assertPrinted(Reference.mean(base), audio.get(0).get("Mean"), "audio baseline mean");
    assertPrinted(Reference.sd(base), audio.get(0).get("SD"), "audio baseline sd");
  }

  @Test
  void perEntryTableShowsCorruptionMeansAndDifferences() {
    List<Map<String, String>> rows =
        MarkdownTables.after(markdown, "### Per-entry means of tent/*/5 (vision/quick)");
    assertEquals(FakeRuns.CORRUPTIONS, rows.stream().map(r -> r.get("Entry")).toList());
    double[] base = unitMeans("baseline");
    double[] ef = unitMeans("ef-k3");
    for (int c = 0; c < rows.size(); c++) {
      assertPrinted(base[c], rows.get(c).get("baseline"), "baseline " + c);
      assertPrinted(ef[c], rows.get(c).get("ef-k3"), "ef-k3 " + c);
      assertPrinted(ef[c] - base[c], rows.get(c).get("ef-k3 - baseline"), "diff " + c);
    }
  }

  /** Checks one paired comparison against every independent reference. */
  private static void checkPaired(
      String task,
      String metric,
      String arm,
      double[] base,
      double[] other,
      Map<String, String> row) {
    JsonNode e = entry(task, metric, arm);
    double[] d = diff(base, other);
    double meanDiff = Reference.mean(d);
    assertEquals(meanDiff, num(e.get("mean_difference")), 1e-12, metric + " " + arm);
    assertPrinted(meanDiff, row.get("Difference (arm - baseline)"), "difference");
    assertEquals(String.valueOf(d.length), row.get("n"));

    TTest tt = new TTest();
    double pPaired = tt.pairedTTest(other, base);
    assertEquals(tt.pairedT(other, base), num(e.get("paired_t").get("statistic")), 1e-9);
    assertEquals(pPaired, num(e.get("paired_t").get("p")), 1e-12);
    assertEquals(d.length - 1, num(e.get("paired_t").get("df")), 0);
    assertPrintedP(pPaired, row.get("p paired t"), "paired t");
    double pWelch = tt.tTest(other, base);
    assertEquals(pWelch, num(e.get("welch").get("p")), 1e-10);
    assertPrintedP(pWelch, row.get("p Welch"), "Welch");
    double pW = Reference.wilcoxonExact(d);
    assertEquals(pW, num(e.get("wilcoxon").get("p")), 1e-12);
    assertPrintedP(pW, row.get("p Wilcoxon"), "Wilcoxon");
    assertEquals(pPaired, num(e.get("p_raw")), 1e-12, "the paired t-test is primary");
    assertPrintedP(pPaired, row.get("p raw"), "p raw");

    double gz = Reference.mean(d) / Reference.sd(d) * Reference.hedgesJ(d.length - 1);
    assertEquals(gz, num(e.get("effect_size").get("value")), 1e-9);
    String cell = row.get(ReportContent.EFFECT_COLUMN);
    assertTrue(cell.startsWith("g_z = "), cell);
    assertPrinted(gz, cell.substring("g_z = ".length()), "g_z");
    assertEquals("g_z", e.get("effect_size").get("name").asText());
    assertTrue(e.get("effect_size").get("standardizer").asText().contains("paired differences"));

    double se = Reference.sd(d) / Math.sqrt(d.length);
    double half = new TDistribution(d.length - 1).inverseCumulativeProbability(0.975) * se;
    checkTInterval(e.get("t_ci"), meanDiff - half, meanDiff + half, row);
    assertEquals("paired t-test", e.get("t_ci").get("method").asText());
    double[] ref = Reference.pairedBootstrap(d, 0.95, 40_000, 99);
    checkInterval(e.get("ci"), ref, se, row);
  }

  private static void checkTInterval(JsonNode ci, double lo, double hi, Map<String, String> row) {
    double tol = 1e-9 * (hi - lo);
    assertEquals(lo, num(ci.get("low")), tol, "t low");
    assertEquals(hi, num(ci.get("high")), tol, "t high");
    assertEquals(0.95, num(ci.get("level")), 0);
    String[] cell = row.get("CI t").split("\\.\\.");
    assertPrinted(lo, cell[0], "t low cell");
    assertPrinted(hi, cell[1], "t high cell");
  }

  private static void checkInterval(JsonNode ci, double[] ref, double se, Map<String, String> row) {
    double tol = 0.12 * se;
    assertEquals(ref[0], num(ci.get("percentile_low")), tol, "percentile low");
    assertEquals(ref[1], num(ci.get("percentile_high")), tol, "percentile high");
    assertEquals(ref[2], num(ci.get("bca_low")), tol, "BCa low");
    assertEquals(ref[3], num(ci.get("bca_high")), tol, "BCa high");
    assertEquals(10_000, ci.get("resamples").asInt());
    String[] bca = row.get("CI BCa").split("\\.\\.");
    assertPrinted(num(ci.get("bca_low")), bca[0], "BCa low cell");
    assertPrinted(num(ci.get("bca_high")), bca[1], "BCa high cell");
    String[] pct = row.get("CI percentile").split("\\.\\.");
    assertPrinted(num(ci.get("percentile_low")), pct[0], "percentile low cell");
    assertPrinted(num(ci.get("percentile_high")), pct[1], "percentile high cell");
  }

  private static Map<String, String> row(String task, String metric, String arm) {
    for (Map<String, String> r :
        MarkdownTables.after(markdown, "### Comparisons with baseline (" + task + ")")) {
      if (r.get("Metric").equals(metric) && r.get("Arm").equals(arm)) {
        return r;
      }
    }
    throw new AssertionError("no table row " + task + " " + metric + " " + arm);
  }

  @Test
  void pairedBySeedComparisons() {
    for (String arm : List.of("ef-k3", "ef-k11")) {
      for (String metric : List.of("clean_acc", "loss")) {
        checkPaired(
            "vision/quick",
            metric,
            arm,
            values(metric, "baseline"),
            values(metric, arm),
            row("vision/quick", metric, arm));
        assertEquals("paired by seed", row("vision/quick", metric, arm).get("Design"));
      }
    }
    double[] base = new double[3];
    double[] ef = new double[3];
    for (int s = 0; s < 3; s++) {
      base[s] = FakeRuns.audioAcc("baseline", s);
      ef[s] = FakeRuns.audioAcc("ef-k3", s);
    }
    checkPaired("audio/quick", "acc", "ef-k3", base, ef, row("audio/quick", "acc", "ef-k3"));
  }

  @Test
  void pairedByCorruptionComparison() {
    Map<String, String> r = row("vision/quick", "tent/*/5", "ef-k3");
    assertEquals("paired by entry", r.get("Design"));
    checkPaired("vision/quick", "tent/*/5", "ef-k3", unitMeans("baseline"), unitMeans("ef-k3"), r);
    JsonNode e = entry("vision/quick", "tent/*/5", "ef-k3");
    assertEquals(
        FakeRuns.CORRUPTIONS.toString(),
        e.get("arm_units").toString().replace("\"", "").replace(",", ", "));
  }

  @Test
  void unpairedComparison() {
    Map<String, String> r = row("vision/quick", "clean_acc", "lonely");
    assertEquals("unpaired", r.get("Design"));
    assertEquals("6 vs 3", r.get("n"));
    double[] base = values("clean_acc", "baseline");
    double[] lonely = values("clean_acc", "lonely");
    JsonNode e = entry("vision/quick", "clean_acc", "lonely");
    double diff = Reference.mean(lonely) - Reference.mean(base);
    assertEquals(diff, num(e.get("mean_difference")), 1e-12);
    assertPrinted(diff, r.get("Difference (arm - baseline)"), "difference");
    TTest tt = new TTest();
    assertEquals(tt.tTest(lonely, base), num(e.get("welch").get("p")), 1e-10);
    assertEquals(tt.tTest(lonely, base), num(e.get("p_raw")), 1e-10, "Welch is primary");
    assertPrintedP(tt.tTest(lonely, base), r.get("p Welch"), "Welch");
    assertEquals("n/a", r.get("p paired t"));
    assertEquals("n/a", r.get("p Wilcoxon"));
    // Welch-Satterthwaite df by hand.
    double va = Math.pow(Reference.sd(base), 2) / base.length;
    double vb = Math.pow(Reference.sd(lonely), 2) / lonely.length;
    double df =
        (va + vb) * (va + vb) / (va * va / (base.length - 1) + vb * vb / (lonely.length - 1));
    assertEquals(df, num(e.get("welch").get("df")), 1e-9);
    // Hedges' g with the pooled SD and J(n_a + n_b - 2).
    double pooled =
        Math.sqrt(
            ((base.length - 1) * Math.pow(Reference.sd(base), 2)
                    + (lonely.length - 1) * Math.pow(Reference.sd(lonely), 2))
                / (base.length + lonely.length - 2));
    double g = diff / pooled * Reference.hedgesJ(base.length + lonely.length - 2);
    assertEquals(g, num(e.get("effect_size").get("value")), 1e-9);
    assertEquals("g", e.get("effect_size").get("name").asText());
    assertEquals("g = " + Format.num(g), r.get(ReportContent.EFFECT_COLUMN));
    double se = Math.sqrt(va + vb);
    double half = new TDistribution(df).inverseCumulativeProbability(0.975) * se;
    checkTInterval(e.get("t_ci"), diff - half, diff + half, r);
    assertEquals("Welch's t-test", e.get("t_ci").get("method").asText());
    assertEquals(df, num(e.get("t_ci").get("df")), 1e-9);
    checkInterval(e.get("ci"), Reference.unpairedBootstrap(base, lonely, 0.95, 40_000, 7), se, r);
  }

  @Test
  void holmAdjustmentPerStudyByDefault() {
    int total = 0;
    for (JsonNode t : json.get("tasks")) {
      List<JsonNode> all = new ArrayList<>();
      t.get("comparisons").forEach(all::add);
      int m = checkHolmFamily(all, json);
      assertEquals(m, t.get("holm_family_size").asInt(), t.get("modality").asText());
      total += m;
    }
    assertEquals("STUDY", json.get("holm_family").asText());
    assertEquals(total, json.get("holm_family_size").asInt());
    assertTrue(
        printed.contains(
            "Holm family: one family per study (task modality/experiment): "
                + "audio/quick 1 p-value, vision/quick "),
        printed);
    assertTrue(markdown.contains("Holm family: one family per study"), markdown);
  }

  @Test
  void holmAdjustmentOverEveryComparisonWithFamilyAll() throws Exception {
    Path allOut = dir.resolve("report-all");
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    CommandLine cli = BenchCli.commandLine();
    cli.setOut(new PrintWriter(buffer, true, StandardCharsets.UTF_8));
    assertEquals(
        0,
        cli.execute(
            "report",
            dir.resolve("runs").toString(),
            "--out",
            allOut.toString(),
            "--family",
            "all",
            "--no-plots"));
    JsonNode all = Json.mapper().readTree(allOut.resolve(ReportWriter.JSON).toFile());
    List<JsonNode> cs = new ArrayList<>();
    all.get("tasks").forEach(t -> t.get("comparisons").forEach(cs::add));
    int m = checkHolmFamily(cs, all);
    assertEquals("ALL", all.get("holm_family").asText());
    assertEquals(m, all.get("holm_family_size").asInt());
    all.get("tasks").forEach(t -> assertEquals(m, t.get("holm_family_size").asInt()));
    // The audio study's one comparison is adjusted over the whole folder here, not by default.
    JsonNode audioAll = all.get("tasks").get(0).get("comparisons").get(0);
    JsonNode audioStudy = entry("audio/quick", "acc", "ef-k3");
    assertEquals(audioStudy.get("p_raw").asDouble(), audioStudy.get("p_holm").asDouble(), 0);
    assertTrue(audioAll.get("p_holm").asDouble() > audioStudy.get("p_holm").asDouble());
  }

  /**
   * Checks the Holm adjustment of one family against a hand loop (and the printed cells and verdict
   * kinds when {@code report} is the default report); returns the family's size.
   */
  private static int checkHolmFamily(List<JsonNode> all, JsonNode report) {
    List<JsonNode> tested = all.stream().filter(c -> !c.get("p_raw").isNull()).toList();
    List<JsonNode> sorted = new ArrayList<>(tested);
    sorted.sort(Comparator.comparingDouble(c -> c.get("p_raw").asDouble()));
    int m = sorted.size();
    double running = 0;
    Map<JsonNode, Double> expected = new HashMap<>();
    for (int i = 0; i < m; i++) {
      running = Math.max(running, Math.min(1, (m - i) * sorted.get(i).get("p_raw").asDouble()));
      expected.put(sorted.get(i), running);
    }
    for (JsonNode c : tested) {
      double pAdj = c.get("p_holm").asDouble();
      assertEquals(expected.get(c), pAdj, 1e-15, c.get("metric") + " " + c.get("arm"));
      if (report == json) {
        String task = taskOf(c);
        Map<String, String> r = row(task, c.get("metric").asText(), c.get("arm").asText());
        assertPrintedP(pAdj, r.get("p Holm"), "p Holm");
      }
      boolean higher = c.get("higher_is_better").asBoolean();
      double improvement = (higher ? 1 : -1) * c.get("mean_difference").asDouble();
      String kind =
          pAdj < 0.05 ? (improvement > 0 ? "BETTER" : "WORSE") : "NO_DETECTABLE_DIFFERENCE";
      assertEquals(kind, c.get("verdict").asText(), c.toString());
    }
    for (JsonNode c : all) {
      if (c.get("p_raw").isNull()) {
        assertTrue(c.get("p_holm").isNull());
        assertEquals("NOT_TESTABLE", c.get("verdict").asText());
      }
    }
    return m;
  }

  private static String taskOf(JsonNode comparison) {
    for (JsonNode t : json.get("tasks")) {
      for (JsonNode c : t.get("comparisons")) {
        if (c == comparison) {
          return t.get("modality").asText() + "/" + t.get("experiment").asText();
        }
      }
    }
    throw new AssertionError("comparison not in any task");
  }

  @Test
  void verdictsInPlainWords() {
    JsonNode ef = entry("vision/quick", "clean_acc", "ef-k3");
    String text = ef.get("verdict_text").asText();
    Matcher m =
        Pattern.compile(
                "ef-k3 better than baseline by ([0-9.]+) \\(95% t CI ([0-9.e-]+)"
                    + "\\.\\.([0-9.e-]+)\\), p_adj = ([0-9.<> ]+)")
            .matcher(text);
    assertTrue(m.find(), text);
    assertPrinted(
        Reference.mean(diff(values("clean_acc", "baseline"), values("clean_acc", "ef-k3"))),
        m.group(1),
        "verdict magnitude");
    // The default (auto) quotes the t interval, which goes with the primary paired t-test.
    assertEquals("T", ef.get("verdict_ci").asText());
    assertEquals("AUTO", json.get("settings").get("verdict_ci").asText());
    assertPrinted(num(ef.get("t_ci").get("low")), m.group(2), "verdict CI low");
    assertPrinted(num(ef.get("t_ci").get("high")), m.group(3), "verdict CI high");
    assertEquals(Format.p(ef.get("p_holm").asDouble()), m.group(4));
    assertFalse(text.contains("bootstrap"), "no bootstrap caution on a t interval: " + text);
    assertTrue(markdown.contains("clean\\_acc, ef-k3: ef-k3 better than baseline by"), markdown);

    // loss is lower-is-better: the improvement's CI is the negated, swapped raw CI.
    JsonNode loss = entry("vision/quick", "loss", "ef-k3");
    String lossText = loss.get("verdict_text").asText();
    double lo = -num(loss.get("t_ci").get("high"));
    double hi = -num(loss.get("t_ci").get("low"));
    assertTrue(
        lossText.contains("better than baseline by")
            && lossText.contains("95% t CI " + Format.range(lo, hi)),
        lossText);

    JsonNode audio = entry("audio/quick", "acc", "ef-k3");
    assertTrue(
        audio.get("verdict_text").asText().startsWith("no detectable difference with n = 3"),
        audio.toString());
    assertTrue(audio.get("verdict_text").asText().contains("little power"));
    assertTrue(
        audio
            .get("verdict_text")
            .asText()
            .contains(
                "95% t CI "
                    + Format.range(
                        num(audio.get("t_ci").get("low")), num(audio.get("t_ci").get("high")))),
        audio.toString());
    // n = 3: the exact Wilcoxon cannot go below 2/2^3 = 0.25, and says so.
    assertEquals(0.25, num(audio.get("wilcoxon").get("min_attainable_p")), 1e-15);
    assertTrue(markdown.contains("cannot give p below 0.25"));

    JsonNode params = entry("vision/quick", "params", "ef-k3");
    assertTrue(params.get("p_raw").isNull(), "no p-value where the test cannot produce one");
    assertTrue(params.get("verdict_text").asText().contains("zero variance"), params.toString());
    assertEquals("n/a", row("vision/quick", "params", "ef-k3").get("p paired t"));
    assertEquals("not testable", row("vision/quick", "params", "ef-k3").get("Verdict"));

    JsonNode single = entry("vision/quick", "clean_acc", "single");
    assertEquals("UNPAIRED", single.get("design").asText());
    assertTrue(
        single.get("verdict_text").asText().startsWith("no test possible with n = 6 vs 1"),
        single.toString());
    assertTrue(single.get("ci").get("bca_low").isNull());
    assertTrue(single.get("t_ci").get("low").isNull());
    assertTrue(single.get("t_ci").get("unavailable").asText().contains("at least 2 runs per arm"));
    assertEquals("n/a", row("vision/quick", "clean_acc", "single").get("CI t"));
    assertFalse(single.get("ci").get("unavailable").isNull());
  }

  @Test
  void htmlIsSelfContainedAndCarriesTheSameVerdicts() throws Exception {
    assertFalse(html.contains("http://"), "no http reference");
    assertFalse(html.contains("https://"), "no https reference");
    assertFalse(html.contains("<script"), "no scripts");
    assertFalse(html.contains("<link"), "no external stylesheets");
    Matcher src = Pattern.compile("src=\"([^\"]{0,40})").matcher(html);
    int images = 0;
    while (src.find()) {
      assertTrue(src.group(1).startsWith("data:image/png;base64,"), src.group(1));
      images++;
    }
    try (var files = Files.list(out.resolve(ReportWriter.PLOTS))) {
      assertEquals(files.count(), images, "every plot is inlined");
    }
    for (JsonNode t : json.get("tasks")) {
      for (JsonNode c : t.get("comparisons")) {
        String text = HtmlRenderer.escape(c.get("verdict_text").asText());
        assertTrue(html.contains(text), text);
      }
    }
  }

  @Test
  void plotsForEveryKind() throws Exception {
    BiFunction<String, String, Path> plot =
        (kind, rest) -> out.resolve(ReportWriter.PLOTS).resolve(kind + "-" + rest + ".png");
    List<Path> expected =
        List.of(
            plot.apply("means", "vision_quick-clean_acc"),
            plot.apply("units", "vision_quick-tent_all_5"),
            plot.apply("diff", "vision_quick-clean_acc"),
            plot.apply("diff", "vision_quick-tent_all_5"),
            plot.apply("probe", "vision_quick-probe_density_block1"),
            plot.apply("means", "audio_quick-acc"));
    for (Path p : expected) {
      assertTrue(Files.exists(p), p.toString());
      byte[] head = Files.readAllBytes(p);
      assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(head, 4));
      assertTrue(markdown.contains("](plots/" + p.getFileName() + ")"), p.toString());
    }
    // probe/ metrics are plotted, never tested.
    for (JsonNode t : json.get("tasks")) {
      t.get("comparisons").forEach(c -> assertFalse(c.get("metric").asText().startsWith("probe/")));
    }
    assertNotNull(json.get("settings"));
    assertEquals(ComparisonJson.SCHEMA, json.get("schema").asText());
    assertTrue(printed.contains("wrote "), printed);
  }
}
