package org.edgefilter.bench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.edgefilter.bench.BenchCli;
import org.edgefilter.bench.ablation.AblationSpec;
import org.edgefilter.bench.compare.Format;
import org.edgefilter.bench.sweep.RunTask;
import org.edgefilter.bench.sweep.SweepSpec;
import org.edgefilter.framework.run.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * An ablation with two factors sharing the defaults' arm: kernel size (3, 5; seeds 0..2) and
 * padding (zero, reflect; seeds 0..3). Every cell of both tables and the Holm family are checked
 * against scipy 1.17.1 ({@code ttest_rel}, its {@code confidence_interval}, {@code t.ppf} for the
 * interval of a mean) and a hand Holm. The defaults' arm's runs are written as a study written them
 * before the arm-naming rule changed (its earlier name in result.json, the current name as the
 * directory), so every cell of that arm also checks that {@code aliases} counts them.
 */
class AblationReportTest {

  @TempDir static Path dir;
  static AblationSpec spec;
  static String markdown;
  static String printed;

  static final double[] BASE = {0.60, 0.62, 0.59, 0.61};
  static final double[] K3 = {0.63, 0.64, 0.60, 0.65};
  static final double[] K5 = {0.61, 0.60, 0.62};
  static final double[] ZERO = {0.60, 0.63, 0.58, 0.60};

  static final String FILE =
      """
      {
        "name": "tiny", "modality": "fake", "experiment": "abl", "runs": "runs",
        "command": "run --seed {seed} --runs {runs} {args}",
        "baseline": ["--arm", "baseline"], "filter": "--arm filter",
        "seeds": "0..2", "metrics": ["acc"],
        "defaults": {"filter.kind": "mean", "filter.kernelSize": 3, "filter.position": 1,
                     "filter.padding": "reflect"},
        "factors": [
          {"name": "kernel size", "key": "filter.kernelSize", "levels": [3, 5]},
          {"name": "padding", "key": "filter.padding", "levels": ["zero", "reflect"],
           "seeds": "0..3"}
        ],
        "aliases": {"ef-mean-k3-p1": ["ef-mean-k3-pos1"]}
      }
      """;

  @BeforeAll
  static void generate() throws Exception {
    Path file = dir.resolve("tiny.json");
    Files.writeString(file, FILE);
    spec = AblationSpec.read(file);
    write("baseline", BASE);
    write("ef-mean-k3-p1", "ef-mean-k3-pos1", K3);
    write("ef-mean-k5-p1", K5);
    write("ef-mean-k3-p1-zero", ZERO);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommandLine cli = BenchCli.commandLine();
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    int code =
        cli.execute(
            "ablation",
            "report",
            file.toString(),
            "--out",
            dir.resolve("report").toString(),
            "--resamples",
            "1000");
    printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, printed);
    markdown = Files.readString(dir.resolve("report").resolve(AblationReport.MARKDOWN));
  }

  private static void write(String arm, double[] values) {
    write(arm, arm, values);
  }

  /** Runs in {@code arm}'s directories whose result.json says {@code recordedArm}. */
  private static void write(String arm, String recordedArm, double[] values) {
    for (int s = 0; s < values.length; s++) {
      new RunResult(
              "fake",
              "abl",
              recordedArm,
              s,
              Map.of("acc", values[s]),
              Map.of("acc", true),
              null,
              null,
              null,
              1,
              null,
              null)
          .writeTo(dir.resolve("runs/fake/abl").resolve(arm).resolve("seed-" + s));
    }
  }

  @Test
  void armsSeedsAndCommandsOfTheSweep() {
    List<AblationSpec.Arm> arms = spec.arms();
    assertEquals(
        List.of("baseline", "ef-mean-k3-p1", "ef-mean-k5-p1", "ef-mean-k3-p1-zero"),
        arms.stream().map(AblationSpec.Arm::name).toList());
    // The defaults' arm is in both factors: the union of their seeds; baseline: every seed.
    assertEquals(List.of(0L, 1L, 2L, 3L), arms.get(0).seeds());
    assertEquals(List.of(0L, 1L, 2L, 3L), arms.get(1).seeds());
    assertEquals(List.of(0L, 1L, 2L), arms.get(2).seeds());
    assertEquals(List.of(0L, 1L, 2L, 3L), arms.get(3).seeds());
    SweepSpec sweep = spec.toSweep();
    List<RunTask> tasks = sweep.tasks();
    assertEquals(4 + 4 + 3 + 4, tasks.size());
    RunTask zero =
        tasks.stream()
            .filter(t -> t.arm().name().equals("ef-mean-k3-p1-zero") && t.seed() == 3)
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(
            "run",
            "--seed",
            "3",
            "--runs",
            dir.resolve("runs").toString(),
            "--arm",
            "filter",
            "--set",
            "filter.kind=mean",
            "--set",
            "filter.kernelSize=3",
            "--set",
            "filter.position=1",
            "--set",
            "filter.padding=zero"),
        zero.command());
    assertTrue(
        tasks.stream().noneMatch(t -> t.arm().name().equals("ef-mean-k5-p1") && t.seed() == 3),
        "kernel size runs seeds 0..2 only");
    RunTask base = tasks.get(0);
    assertEquals(
        List.of(
            "run", "--seed", "0", "--runs", dir.resolve("runs").toString(), "--arm", "baseline"),
        base.command());
  }

  @Test
  void everyCellOfBothFactorsAndTheHolmFamily() {
    List<Map<String, String>> kernel =
        MarkdownTables.after(markdown, "## Factor: kernel size (filter.kernelSize), acc");
    assertEquals(3, kernel.size());
    checkBaseline(kernel.get(0));
    // scipy: k3 mean 0.63, mean CI 0.5956256511814169..0.6643743488185831, d 0.025,
    // p 0.030466291662170977, CI of d 0.004457397432394795..0.04554260256760525.
    // Holm over the 3 p-values {0.0305, 0.6913933000758161, 0.6376180914006019}: 3 * 0.0305,
    // then min(1, 2 * 0.6376) = 1, then 1.
    check(
        kernel.get(1),
        "3",
        "ef-mean-k3-p1",
        4,
        0.63,
        0.5956256511814169,
        0.6643743488185831,
        0.025,
        0.004457397432394795,
        0.04554260256760525,
        0.030466291662170977,
        3 * 0.030466291662170977);
    check(
        kernel.get(2),
        "5",
        "ef-mean-k5-p1",
        3,
        0.61,
        0.5851586228824966,
        0.6348413771175033,
        0.006666666666666672,
        -0.05584942812709113,
        0.06918276146042447,
        0.6913933000758161,
        1);

    List<Map<String, String>> padding =
        MarkdownTables.after(markdown, "## Factor: padding (filter.padding), acc");
    assertEquals(3, padding.size());
    checkBaseline(padding.get(0));
    check(
        padding.get(1),
        "zero",
        "ef-mean-k3-p1-zero",
        4,
        0.6025,
        0.5696960943386465,
        0.6353039056613535,
        -0.0025,
        -0.01773480180828814,
        0.012734801808288135,
        0.6376180914006019,
        1);
    // The shared arm is the same comparison in both factors (tested once in the family).
    assertEquals(kernel.get(1).get("p Holm"), padding.get(2).get("p Holm"));
    assertEquals("ef-mean-k3-p1", padding.get(2).get("Arm"));
    assertEquals("reflect", padding.get(2).get("Level"));

    String text = MarkdownTables.unescape(markdown);
    assertTrue(text.contains("Holm family: 3 p-values"), text);
    // k = 3's t CI excludes 0 although p_adj does not reach alpha: the verdict says so.
    assertTrue(
        text.contains(
            "the 95% t CI excludes 0, but p_adj = "
                + Format.p(3 * 0.030466291662170977)
                + " is not below alpha = 0.05"),
        text);
  }

  @Test
  void onePlotPerFactor() throws Exception {
    Path plots = dir.resolve("report").resolve(ReportWriter.PLOTS);
    try (var files = Files.list(plots)) {
      List<Path> pngs = files.sorted().toList();
      assertEquals(2, pngs.size(), pngs.toString());
      for (Path p : pngs) {
        byte[] head = Arrays.copyOf(Files.readAllBytes(p), 4);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, head, p.toString());
      }
    }
    assertTrue(printed.contains("wrote ") && printed.contains("and 2 plots"), printed);
  }

  @Test
  void runsUnderAnEarlierArmNameCountAsTheArm() {
    assertTrue(!printed.contains("arms without runs"), printed);
    assertTrue(
        markdown.contains(
            "Runs whose result.json names the arm ef-mean-k3-pos1 (an earlier name) are read as"
                + " ef-mean-k3-p1's runs."),
        markdown);
    assertEquals("ef-mean-k3-p1", spec.canonicalArm("ef-mean-k3-pos1"));
    assertEquals("ef-mean-k5-p1", spec.canonicalArm("ef-mean-k5-p1"));
  }

  @Test
  void badAblationFilesNameTheProblem() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        FILE.replace(
            "\"filter.kernelSize\", \"levels\": [3, 5]",
            "\"filter.kernelSize\", \"levels\": [3, 4]"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AblationSpec.read(bad));
    assertTrue(
        e.getMessage().contains(bad.toString())
            && e.getMessage().contains("filter.kernelSize = '4': expected an odd size"),
        e.getMessage());
    Files.writeString(bad, FILE.replace("\"seeds\": \"0..2\"", "\"seed\": \"0..2\""));
    e = assertThrows(IllegalArgumentException.class, () -> AblationSpec.read(bad));
    assertTrue(e.getMessage().contains("unknown key 'seed'"), e.getMessage());
    Files.writeString(bad, FILE.replace("{\"ef-mean-k3-p1\": [", "{\"ef-mean-k9-p1\": ["));
    e = assertThrows(IllegalArgumentException.class, () -> AblationSpec.read(bad));
    assertTrue(
        e.getMessage().contains(bad.toString())
            && e.getMessage().contains("'aliases' names arm 'ef-mean-k9-p1', which is not a"),
        e.getMessage());
    Files.writeString(bad, FILE.replace("\"ef-mean-k3-pos1\"", "\"ef-mean-k5-p1\""));
    e = assertThrows(IllegalArgumentException.class, () -> AblationSpec.read(bad));
    assertTrue(e.getMessage().contains("'aliases.ef-mean-k3-p1': 'ef-mean-k5-p1'"), e.getMessage());
  }

  private static void checkBaseline(Map<String, String> row) {
    // scipy: mean 0.605, t interval 0.5844573974323948..0.6255426025676052 (n = 4).
    assertEquals("baseline (shared)", row.get("Level"));
    assertEquals("baseline", row.get("Arm"));
    assertEquals("4", row.get("n"));
    assertEquals(Format.num(0.605), row.get("Mean"));
    assertEquals(Format.range(0.5844573974323948, 0.6255426025676052), row.get("CI of mean"));
  }

  private static void check(
      Map<String, String> row,
      String level,
      String arm,
      int n,
      double mean,
      double meanLo,
      double meanHi,
      double diff,
      double lo,
      double hi,
      double p,
      double pHolm) {
    assertEquals(level, row.get("Level"), row.toString());
    assertEquals(arm, row.get("Arm"));
    assertEquals(Integer.toString(n), row.get("n"));
    assertEquals(Format.num(mean), row.get("Mean"));
    assertEquals(Format.range(meanLo, meanHi), row.get("CI of mean"));
    assertEquals(Format.signed(diff), row.get("Difference (level - baseline)"));
    assertEquals(Format.range(lo, hi), row.get("CI of difference"));
    assertEquals(Format.p(p), row.get("p raw"));
    assertEquals(Format.p(pHolm), row.get("p Holm"));
    assertEquals("no detectable difference", row.get("Verdict"));
  }
}
