package org.edgefilter.bench.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds sweep specs whose runs are {@link FakeModality} JVMs. */
public final class FakeSweeps {

  private FakeSweeps() {}

  /**
   * {@code java -Xmx48m -cp <test classpath> FakeModality --arm {arm} --seed {seed} --run-dir
   * {run_dir} {args}}.
   */
  public static CommandTemplate command() {
    List<String> words = new ArrayList<>();
    words.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    words.add("-Xmx48m");
    words.add("-XX:TieredStopAtLevel=1");
    words.add("-Xshare:auto");
    words.add("-cp");
    words.add(System.getProperty("java.class.path"));
    words.add(FakeModality.class.getName());
    words.addAll(List.of("--arm", "{arm}", "--seed", "{seed}", "--run-dir", "{run_dir}", "{args}"));
    return CommandTemplate.of(words);
  }

  static SweepSpec.Builder spec(Path runs, List<ArmSpec> arms, List<Long> seeds) {
    return SweepSpec.builder()
        .setModality("fake")
        .setExperiment("tiny")
        .setCommand(command())
        .setArms(arms)
        .setSeeds(seeds)
        .optRuns(runs)
        .optWorkdir(runs.getParent());
  }
}
