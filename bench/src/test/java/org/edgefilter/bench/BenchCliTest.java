package org.edgefilter.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edgefilter.bench.sweep.FakeSweeps;
import org.edgefilter.bench.sweep.ShellWords;
import org.edgefilter.framework.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCliTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run bench(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cli = BenchCli.commandLine();
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    int code = cli.execute(args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void everySubcommandHasHelp() {
    for (String sub : new String[] {"sweep", "collect", "report", "summary", "ablation"}) {
      Run r = bench(sub, "--help");
      assertEquals(0, r.code(), sub);
      assertTrue(r.out().startsWith("Usage: bench " + sub), r.out());
    }
    assertTrue(bench("sweep", "--help").out().contains("--emit"));
    assertTrue(bench("report", "--help").out().contains("--baseline"));
    assertTrue(bench("collect", "--help").out().contains("--require-complete"));
    Run top = bench("--help");
    assertTrue(
        top.out().contains("sweep")
            && top.out().contains("collect")
            && top.out().contains("report"),
        top.out());
    assertEquals(2, bench().code(), "no subcommand is a usage error");
  }

  @Test
  void sweepThenCollectThenReportThroughTheCli() throws Exception {
    Path runs = dir.resolve("runs");
    String command = ShellWords.join(FakeSweeps.command().words());
    String[] common = {
      "--modality",
      "fake",
      "--experiment",
      "tiny",
      "--runs",
      runs.toString(),
      "--command",
      command,
      "--arm",
      "baseline",
      "--arm",
      "ef-k3=--effect 0.02",
      "--seeds",
      "0..2",
      "--parallel",
      "2"
    };

    Run dry = bench(concat(new String[] {"sweep", "--dry-run"}, common));
    assertEquals(0, dry.code(), dry.err());
    assertEquals(6, dry.out().lines().filter(l -> l.startsWith("[todo]")).count(), dry.out());
    assertTrue(dry.out().contains("--effect 0.02"), dry.out());

    Run slurm =
        bench(
            concat(
                new String[] {
                  "sweep", "--emit", "slurm", "--sbatch", "--time=01:00:00", "--array-limit", "2"
                },
                common));
    assertEquals(0, slurm.code(), slurm.err());
    Path script = runs.resolve("fake/tiny/slurm/sweep.sbatch");
    assertTrue(Files.readString(script).contains("#SBATCH --array=1-6%2"), slurm.out());
    assertTrue(slurm.out().contains("sbatch " + script), slurm.out());

    Run sweep = bench(concat(new String[] {"sweep"}, common));
    assertEquals(0, sweep.code(), sweep.out() + sweep.err());
    assertTrue(sweep.out().contains("sweep finished"), sweep.out());
    assertTrue(Files.exists(runs.resolve("fake/tiny/ef-k3/seed-2").resolve(RunResult.FILE_NAME)));

    Run again = bench(concat(new String[] {"sweep"}, common));
    assertEquals(0, again.code());
    assertTrue(again.out().contains("6 runs, 0 to run, 6 already complete"), again.out());

    Run collect = bench("collect", runs.toString(), "--require-complete");
    assertEquals(0, collect.code(), collect.out() + collect.err());
    assertTrue(collect.out().contains("collected 6 runs"), collect.out());
    assertTrue(Files.exists(runs.resolve("runs.csv")));

    Run report = bench("report", runs.toString(), "--resamples", "2000", "--no-plots");
    assertEquals(0, report.code(), report.out() + report.err());
    assertTrue(report.out().contains("fake/tiny clean_acc, ef-k3:"), report.out());
    assertTrue(Files.exists(runs.resolve("report/comparison.json")));
  }

  @Test
  void badInputExitsWithAMessageNamingIt() throws Exception {
    Run missing = bench("report", dir.resolve("nowhere").toString());
    assertEquals(BenchCli.EXIT_ERROR, missing.code());
    assertTrue(
        missing.err().contains("nowhere") && missing.err().contains("does not exist"),
        missing.err());

    Path spec = dir.resolve("sweep.json");
    Files.writeString(spec, "{\"modality\": \"v\"}");
    Run badSpec = bench("sweep", "--spec", spec.toString());
    assertEquals(BenchCli.EXIT_ERROR, badSpec.code());
    assertTrue(badSpec.err().contains(spec.toString()), badSpec.err());

    Run typo =
        bench(
            "sweep",
            "--modality",
            "v",
            "--experiment",
            "e",
            "--command",
            "run {rundir}",
            "--arm",
            "a",
            "--seeds",
            "1");
    assertEquals(BenchCli.EXIT_ERROR, typo.code());
    assertTrue(typo.err().contains("{rundir}"), typo.err());

    Run collectIncomplete = bench("collect", dir.toString(), "--spec", spec.toString());
    assertEquals(BenchCli.EXIT_ERROR, collectIncomplete.code());
  }

  @Test
  void oneBadResultJsonIsSkippedAndListedNotFatal() throws Exception {
    Path runs = dir.resolve("runs");
    FakeRuns.write(runs);
    Path bad = runs.resolve("audio/quick/ef-k3/seed-7/result.json");
    Files.createDirectories(bad.getParent());
    Files.writeString(bad, "{\"modality\": \"audio\", \"experiment\": \"qu");

    Run collect = bench("collect", runs.toString(), "--no-csv");
    assertEquals(0, collect.code(), collect.out() + collect.err());
    assertTrue(
        collect.out().contains("skipped 1 result.json file that could not be used:"),
        collect.out());
    assertTrue(collect.out().contains(bad.toString()), collect.out());
    assertEquals(1, bench("collect", runs.toString(), "--no-csv", "--require-complete").code());

    Path out = dir.resolve("report");
    Run report =
        bench(
            "report",
            runs.toString(),
            "--out",
            out.toString(),
            "--no-plots",
            "--resamples",
            "1000");
    assertEquals(0, report.code(), report.out() + report.err());
    assertTrue(report.out().contains("skipped " + bad + ": "), report.out());
    assertTrue(report.out().contains("audio/quick acc, ef-k3:"), "the rest is compared");
    String md = Files.readString(out.resolve("report.md"));
    assertTrue(md.contains("## Skipped runs"), md);
    assertTrue(md.contains("Skipped 1 unusable result.json file"), md);
    assertTrue(md.contains(bad.toString().replace("_", "\\_")) || md.contains(bad.toString()), md);
    String json = Files.readString(out.resolve("comparison.json"));
    assertTrue(json.contains("\"skipped\" : [ {"), json);
  }

  @Test
  void sweepHelpExampleIsARealCommand() {
    String help = bench("sweep", "--help").out();
    // The example's arguments, as the footer prints them.
    String[] example = {
      "--modality",
      "vision",
      "--experiment",
      "quick",
      "--runs",
      dir.resolve("runs").toString(),
      "--seeds",
      "0..2",
      "--command",
      "./edgefilter vision tta --preset quick --name quick --seed {seed} --runs {runs} {args}",
      "--arm",
      "baseline=--arm baseline",
      "--arm",
      "ef-mean-k11-p1=--arm filter"
    };
    // Printed unwrapped, so it can be pasted.
    assertTrue(
        help.contains(
            "\n  cmd='./edgefilter vision tta --preset quick --name quick " + "--seed {seed}'\n"),
        help);
    assertTrue(
        help.contains(
            "\n    --runs runs --seeds 0..2 --command \"$cmd --runs {runs} " + "{args}\" \\\n"),
        help);
    assertTrue(
        help.contains(
            "\n    --arm 'baseline=--arm baseline' --arm " + "'ef-mean-k11-p1=--arm filter'\n"),
        help);
    Run dry = bench(concat(new String[] {"sweep", "--dry-run"}, example));
    assertEquals(0, dry.code(), dry.err());
    assertEquals(6, dry.out().lines().filter(l -> l.startsWith("[todo]")).count(), dry.out());
    assertTrue(
        dry.out()
            .contains(
                "[todo] ef-mean-k11-p1 seed 2: ./edgefilter vision tta "
                    + "--preset quick --name quick --seed 2 --runs "
                    + dir.resolve("runs")
                    + " --arm filter"),
        dry.out());
  }

  @Test
  void sweepRunsAnAblationFile() {
    // The repository's file, from the module directory; --runs keeps the check in the temp dir.
    Run dry =
        bench(
            "sweep",
            "--spec",
            "../ablations/language.json",
            "--runs",
            dir.resolve("runs").toString(),
            "--dry-run");
    assertEquals(0, dry.code(), dry.err());
    assertEquals(18, dry.out().lines().filter(l -> l.startsWith("[todo]")).count(), dry.out());
    assertTrue(
        dry.out()
            .contains(
                "[todo] ef-mean-k5-p1 seed 2: ./edgefilter language train "
                    + "--preset quick --task sst2 --name sst2-quick --seed 2 --runs "
                    + dir.resolve("runs")
                    + " --arm filter --set filter.kind=mean --set filter.kernelSize=5 --set"
                    + " filter.position=1 --set filter.mode=high-pass"),
        dry.out());
    Run same =
        bench(
            "ablation",
            "run",
            "../ablations/language.json",
            "--runs",
            dir.resolve("runs").toString(),
            "--dry-run");
    assertEquals(dry.out(), same.out());
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
