package org.edgefilter.audio.features;

import java.nio.file.Path;
import java.util.List;
import org.edgefilter.audio.data.FsddDataset;
import org.edgefilter.audio.data.FsddRecording;
import org.edgefilter.audio.data.WavReader;

/**
 * Prints how long reading and log-mel extraction of every FSDD recording take with the {@link
 * FeatureConfig#fsdd()} preset: decoding only, decoding + features on one thread, and the parallel
 * {@link FeaturePipeline#extractAll}. Each prints its first pass, then the best and median of
 * {@code repeats} further passes.
 *
 * <p>Run after {@code mvn -q -pl framework install -DskipTests} and {@code mvn -q -pl audio
 * test-compile}: {@code mvn -q -pl audio exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.edgefilter.audio.features.FsddFeatureBenchmark -Dexec.args="DATA_ROOT
 * [repeats]"}
 */
public final class FsddFeatureBenchmark {

  private FsddFeatureBenchmark() {}

  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : System.getenv("EDGEFILTER_DATA"));
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<Path> files =
        FsddDataset.fromDataRoot(root).recordings().stream().map(FsddRecording::file).toList();
    FeaturePipeline pipeline = new FeaturePipeline(FeatureConfig.fsdd());
    System.out.printf("FSDD: %d files, preset %s%n", files.size(), FeatureConfig.fsdd());
    System.out.printf("cores available: %d%n", Runtime.getRuntime().availableProcessors());
    time("read only, 1 thread", repeats, () -> files.forEach(WavReader::read));
    time("read + log-mel, 1 thread", repeats, () -> files.forEach(pipeline::extract));
    time("read + log-mel, parallel extractAll", repeats, () -> pipeline.extractAll(files));
  }

  private static void time(String label, int repeats, Runnable work) {
    long coldStart = System.nanoTime();
    work.run();
    double cold = (System.nanoTime() - coldStart) / 1e9;
    double[] seconds = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long start = System.nanoTime();
      work.run();
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    java.util.Arrays.sort(seconds);
    System.out.printf(
        "%-40s first %.3f s, then best %.3f s, median %.3f s (%d runs)%n",
        label, cold, seconds[0], seconds[repeats / 2], repeats);
  }
}
