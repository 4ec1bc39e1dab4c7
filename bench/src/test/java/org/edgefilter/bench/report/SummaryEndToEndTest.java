package org.edgefilter.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.edgefilter.bench.BenchCli;
import org.edgefilter.bench.compare.Format;
import org.edgefilter.framework.run.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bench summary} on a fixture: two studies with runs (audio in one runs directory, nerf in a
 * second, archived one), one without. Every cell is checked against numbers computed with scipy
 * 1.17.1 ({@code scipy.stats.ttest_rel(filter, baseline)}, its {@code confidence_interval} and a
 * hand Holm), printed through the project's rounding ({@link Format}).
 */
class SummaryEndToEndTest {

  @TempDir static Path dir;
  static String markdown;
  static String printed;

  static final double[] AUDIO_BASE = {0.70, 0.72, 0.69, 0.71, 0.74};
  static final double[] AUDIO_FILTER = {0.73, 0.75, 0.70, 0.74, 0.78};
  static final double[] PSNR_BASE = {21.3, 21.5, 21.1, 21.4, 21.2};
  static final double[] PSNR_FILTER = {21.35, 21.4, 21.3, 21.45, 21.15};
  static final double[] SSIM_BASE = {0.780, 0.785, 0.776, 0.781, 0.779};
  static final double[] SSIM_FILTER = {0.781, 0.787, 0.775, 0.784, 0.781};

  // scipy: audio (x100) mean 71.2 -> 74.0, d 2.8, p 0.004635839417904408,
  // CI 1.4398252386834902..4.160174761316515.
  static final double AUDIO_P = 0.004635839417904408;
  static final double PSNR_P = 0.5913196318668582;
  static final double SSIM_P = 0.1079388222922765;

  static final String STUDIES =
      """
      {"studies": [
        {"id": "audio", "title": "Audio: US8K", "modality": "audio", "experiment": "us8k",
         "dataset": "folds 1 and 10", "baseline": "baseline", "filter": "filter",
         "scale": "two folds",
         "metrics": [{"metric": "mean_acc", "label": "accuracy (%)", "factor": 100,
                      "paper": "audio-urbansound8k"}]},
        {"id": "nerf", "title": "3D: NeRF", "modality": "nerf", "experiment": "quick",
         "dataset": "lego", "baseline": "baseline", "filter": "filter", "scale": "one scene",
         "metrics": [{"metric": "psnr", "label": "PSNR (dB)", "paper": "nerf-blender-psnr"},
                     {"metric": "ssim", "label": "SSIM", "paper": "nerf-blender-ssim"},
                     {"metric": "lpips", "label": "LPIPS"}]},
        {"id": "vision", "title": "Vision: TENT", "modality": "vision", "experiment": "quick",
         "dataset": "CIFAR-10-C", "baseline": "baseline", "filter": "ef-mean-k11-p1",
         "scale": "small WRN",
         "metrics": [{"metric": "tent/mean_acc", "label": "TENT accuracy (%)", "factor": 100,
                      "paper": "vision-cifar10c-tent"}]}
      ]}
      """;

  @BeforeAll
  static void generate() throws Exception {
    Path runs = dir.resolve("runs");
    Path archive = dir.resolve("docs/results/nerf/runs");
    for (int s = 0; s < 5; s++) {
      write(runs, "audio", "us8k", "baseline", s, Map.of("mean_acc", AUDIO_BASE[s]));
      write(runs, "audio", "us8k", "filter", s, Map.of("mean_acc", AUDIO_FILTER[s]));
      write(
          archive,
          "nerf",
          "quick",
          "baseline",
          s,
          Map.of("psnr", PSNR_BASE[s], "ssim", SSIM_BASE[s]));
      write(
          archive,
          "nerf",
          "quick",
          "filter",
          s,
          Map.of("psnr", PSNR_FILTER[s], "ssim", SSIM_FILTER[s]));
    }
    // The same audio run archived too, with another value: the first directory's is used.
    write(archive, "audio", "us8k", "filter", 0, Map.of("mean_acc", 0.99));
    Path studies = dir.resolve("studies.json");
    Files.writeString(studies, STUDIES);
    printed =
        summary(
            runs.toString(),
            "--runs",
            archive.toString(),
            "--studies",
            studies.toString(),
            "--out",
            dir.resolve("out").toString(),
            "--resamples",
            "1000");
    markdown = Files.readString(dir.resolve("out").resolve(SummaryReport.MARKDOWN));
  }

  private static String summary(String... args) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    CommandLine cli = BenchCli.commandLine();
    cli.setOut(new PrintWriter(buffer, true, StandardCharsets.UTF_8));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    String[] all = new String[args.length + 1];
    all[0] = "summary";
    System.arraycopy(args, 0, all, 1, args.length);
    int code = cli.execute(all);
    String out = buffer.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, out + err.toString(StandardCharsets.UTF_8));
    return out;
  }

  private static void write(
      Path root,
      String modality,
      String experiment,
      String arm,
      long seed,
      Map<String, Double> metrics) {
    Map<String, Boolean> dirs = new java.util.TreeMap<>();
    metrics.keySet().forEach(k -> dirs.put(k, true));
    new RunResult(modality, experiment, arm, seed, metrics, dirs, null, null, null, 1, null, null)
        .writeTo(root.resolve(modality).resolve(experiment).resolve(arm).resolve("seed-" + seed));
  }

  private static String ours(
      double base, double filter, double diff, double lo, double hi, double pAdj) {
    return Format.num(base)
        + " -> "
        + Format.num(filter)
        + " ("
        + Format.signed(diff)
        + ", 95% t CI "
        + Format.range(lo, hi)
        + ", n = 5, p_adj = "
        + Format.p(pAdj)
        + ")";
  }

  @Test
  void everyCellOfTheTable() {
    List<Map<String, String>> rows =
        MarkdownTables.after(markdown, "# Does the Deep Edge Filter help? One verdict per study");
    assertEquals(5, rows.size(), rows.toString());

    Map<String, String> audio = rows.get(0);
    assertEquals("Audio: US8K", audio.get("Study"));
    assertEquals("folds 1 and 10", audio.get("Dataset"));
    assertEquals("accuracy (%)", audio.get("Metric"));
    assertEquals("77.42 -> 81.72 (+4.3)", audio.get(SummaryReport.HEADER.get(3)));
    // A family of one: p_adj = p.
    assertEquals(
        ours(71.2, 74.0, 2.8, 1.4398252386834902, 4.160174761316515, AUDIO_P),
        audio.get(SummaryReport.HEADER.get(4)));
    assertEquals("helps", audio.get("Verdict"));
    assertEquals("two folds", audio.get("How our scale differs"));

    // Holm over the nerf study's two p-values: 2 * 0.1079 = 0.2159 and max(0.2159, 0.5913).
    Map<String, String> psnr = rows.get(1);
    assertEquals("3D: NeRF", psnr.get("Study"));
    assertEquals("PSNR (dB)", psnr.get("Metric"));
    assertEquals("22.95 -> 23.39 (+0.44)", psnr.get(SummaryReport.HEADER.get(3)));
    assertEquals(
        ours(21.3, 21.33, 0.03, -0.11292625954935182, 0.17292625954935126, PSNR_P),
        psnr.get(SummaryReport.HEADER.get(4)));
    assertEquals("no detectable difference", psnr.get("Verdict"));

    Map<String, String> ssim = rows.get(2);
    assertEquals("0.856 -> 0.862 (+0.006)", ssim.get(SummaryReport.HEADER.get(3)));
    assertEquals(
        ours(0.7802, 0.7816, 0.0014, -0.0004830766883484386, 0.003283076688348441, 2 * SSIM_P),
        ssim.get(SummaryReport.HEADER.get(4)));
    assertEquals("no detectable difference", ssim.get("Verdict"));

    Map<String, String> lpips = rows.get(3);
    assertEquals("not in the paper", lpips.get(SummaryReport.HEADER.get(3)));
    assertEquals(
        "no run of nerf/quick has the metric 'lpips' in both arms",
        lpips.get(SummaryReport.HEADER.get(4)));
    assertEquals("no runs", lpips.get("Verdict"));

    Map<String, String> vision = rows.get(4);
    assertEquals("not found", vision.get(SummaryReport.HEADER.get(3)));
    assertEquals("no runs of vision/quick", vision.get(SummaryReport.HEADER.get(4)));
    assertEquals("no runs", vision.get("Verdict"));
    assertEquals("small WRN", vision.get("How our scale differs"));
  }

  @Test
  void familySourcesAndTheSecondRunsDirectory() {
    String family =
        "Holm family: one family per study (its metrics): audio 1 p-value, "
            + "nerf 2 p-values, vision 0 p-values";
    assertTrue(printed.contains(family), printed);
    assertTrue(MarkdownTables.unescape(markdown).contains(family), markdown);
    String text = MarkdownTables.unescape(markdown);
    assertTrue(
        text.contains(
            "audio-urbansound8k: UrbanSound8K, CNN of three convolutional "
                + "blocks, 20 epochs; accuracy %; 77.42 -> 81.72. Source: Lee, Lee, Kwak"),
        text);
    assertTrue(
        text.contains("vision-cifar10c-tent: ") && text.contains("; not found. Source:"), text);
    assertTrue(text.contains("is the same run as"), "the archived duplicate is named: " + text);
    assertTrue(printed.contains("audio, mean_acc: helps"), printed);
  }

  @Test
  void familyAllAdjustsOverEveryRow() throws Exception {
    String out =
        summary(
            "--runs",
            dir.resolve("runs").toString(),
            "--runs",
            dir.resolve("docs/results/nerf/runs").toString(),
            "--studies",
            dir.resolve("studies.json").toString(),
            "--out",
            dir.resolve("out-all").toString(),
            "--family",
            "all",
            "--resamples",
            "1000");
    assertTrue(out.contains("Holm family: one family of every row of the table: 3 p-values"), out);
    List<Map<String, String>> rows =
        MarkdownTables.after(
            Files.readString(dir.resolve("out-all").resolve(SummaryReport.MARKDOWN)),
            "# Does the Deep Edge Filter help? One verdict per study");
    // Holm by hand over {0.004636, 0.1079, 0.5913}: 3 p, max(3 p, 2 * 0.1079), 0.5913.
    assertTrue(
        rows.get(0)
            .get(SummaryReport.HEADER.get(4))
            .endsWith("p_adj = " + Format.p(3 * AUDIO_P) + ")"),
        rows.get(0).toString());
    assertTrue(
        rows.get(2)
            .get(SummaryReport.HEADER.get(4))
            .endsWith("p_adj = " + Format.p(2 * SSIM_P) + ")"),
        rows.get(2).toString());
    assertTrue(
        rows.get(1).get(SummaryReport.HEADER.get(4)).endsWith("p_adj = " + Format.p(PSNR_P) + ")"),
        rows.get(1).toString());
  }

  @Test
  void aliasesReadRunsWrittenUnderTheFilterArmsEarlierName() throws Exception {
    Path runs = dir.resolve("old-runs");
    for (int s = 0; s < 5; s++) {
      write(runs, "audio", "us8k", "baseline", s, Map.of("mean_acc", AUDIO_BASE[s]));
      write(runs, "audio", "us8k", "filter-old", s, Map.of("mean_acc", AUDIO_FILTER[s]));
    }
    Path studies = dir.resolve("alias-studies.json");
    Files.writeString(
        studies,
        STUDIES
            .replace(
                "\"scale\": \"two folds\"",
                "\"aliases\": [\"filter-old\"], \"scale\": \"two folds\"")
            .replaceFirst("\"filter\": \"filter\"", "\"filter\": \"ef-mean-k3-p1\""));
    assertTrue(Files.readString(studies).contains("filter-old"), "fixture edited");
    summary(
        runs.toString(),
        "--studies",
        studies.toString(),
        "--out",
        dir.resolve("out-alias").toString(),
        "--resamples",
        "1000");
    List<Map<String, String>> rows =
        MarkdownTables.after(
            Files.readString(dir.resolve("out-alias").resolve(SummaryReport.MARKDOWN)),
            "# Does the Deep Edge Filter help? One verdict per study");
    assertEquals(
        ours(71.2, 74.0, 2.8, 1.4398252386834902, 4.160174761316515, AUDIO_P),
        rows.get(0).get(SummaryReport.HEADER.get(4)));
  }

  @Test
  void theProjectsStudiesParseAndNameOnlyKnownPaperNumbers() {
    List<org.edgefilter.bench.summary.Study> studies =
        org.edgefilter.bench.summary.StudyTable.defaults();
    assertEquals(
        List.of(
            "vision",
            "vision-resnet18",
            "vision-vit",
            "vision-tiny-imagenet",
            "audio-urbansound8k",
            "audio-fsdd",
            "language-sst2",
            "language-qqp",
            "language-qnli",
            "nerf"),
        studies.stream().map(org.edgefilter.bench.summary.Study::id).toList());
    // The numbers this project quotes elsewhere (docs/results/*.md, AudioPresets).
    var us8k = org.edgefilter.bench.summary.PaperResults.find("audio-urbansound8k").orElseThrow();
    assertEquals(77.42, us8k.baseline());
    assertEquals(81.72, us8k.filter());
    var sst2 = org.edgefilter.bench.summary.PaperResults.find("language-sst2").orElseThrow();
    assertEquals(79.36, sst2.baseline());
    assertEquals(80.85, sst2.filter());
    assertTrue(
        org.edgefilter.bench.summary.PaperResults.find("vision-cifar10c-tent")
                .orElseThrow()
                .baseline()
            == null,
        "not found stays null, never estimated");
  }
}
