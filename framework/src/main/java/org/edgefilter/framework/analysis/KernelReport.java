package org.edgefilter.framework.analysis;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;
import org.edgefilter.framework.cli.ConfigException;
import org.edgefilter.framework.io.AtomicFiles;
import org.edgefilter.framework.plot.BarPlot;
import org.edgefilter.framework.plot.FloatImage;
import org.edgefilter.framework.plot.ImageGrid;
import org.edgefilter.framework.run.RunResult;

/**
 * The {@code kernels} analysis of one experiment ({@code <runs>/<modality>/<experiment>/}): reads
 * the last checkpoint of every completed run ({@code <arm>/seed-<n>/result.json} present), computes
 * per run and 3x3 layer the {@link LayerFigures}, compares every arm with the baseline arm over
 * seeds ({@link SeedStats}), clusters the most common kernel shapes per arm and fits them, then
 * writes {@code kernels.md} and PNG plots into the output folder and adds the figures to each run's
 * {@code result.json} as {@code kernels/<layer>/<figure>} (atomically; other content kept).
 * Everything is computed before anything is written.
 *
 * <p>Shape comparisons (PCA spectrum, divergence, clusters) use the non-degenerate kernels of a
 * layer, each divided by its own peak absolute weight (as the CNN Filter DB scales filters): a
 * near-zero kernel's shape is noise, and its share is reported on its own.
 */
public final class KernelReport {

  /** Clusters shown per arm in the kernel grid. */
  static final int CLUSTERS = 8;

  /** Kernels sampled per arm for the clustering (seeded), to bound its cost. */
  static final int CLUSTER_SAMPLE = 20_000;

  /** What the analysis wrote. */
  public record Output(
      Path markdown,
      List<Path> plots,
      int resultsUpdated,
      Map<String, Map<String, Map<String, SeedStats>>> stats) {}

  private final Path experimentDir;
  private final String baseline;
  private final Path out;
  private final boolean writeResults;
  private final PrintStream log;
  private final KernelFitter fitter = new KernelFitter(1);

  /**
   * @param experimentDir {@code <runs>/<modality>/<experiment>}
   * @param baseline the reference arm's folder name
   * @param out where {@code kernels.md} and the plots go
   * @param writeResults whether to add the figures to each run's {@code result.json}
   * @param log progress lines
   */
  public KernelReport(
      Path experimentDir, String baseline, Path out, boolean writeResults, PrintStream log) {
    this.experimentDir = experimentDir;
    this.baseline = baseline;
    this.out = out;
    this.writeResults = writeResults;
    this.log = log;
  }

  /** Runs the analysis; see the class comment. */
  public Output run() {
    List<RunKernels> runs = loadRuns();
    List<String> arms = runs.stream().map(RunKernels::arm).distinct().toList();
    List<RunKernels> base = runs.stream().filter(r -> r.arm().equals(baseline)).toList();
    List<String> layers = new ArrayList<>(base.get(0).layerNames());
    for (RunKernels r : runs) {
      layers.retainAll(r.layerNames());
    }
    if (layers.isEmpty()) {
      throw new ConfigException(experimentDir + ": the runs share no 3x3 convolution layer");
    }
    // figures[run index][layer]
    List<Map<String, LayerFigures>> figures = new ArrayList<>();
    for (RunKernels r : runs) {
      figures.add(new LinkedHashMap<>());
    }
    Map<String, Map<String, Double>> armKl = new LinkedHashMap<>();
    for (String layer : layers) {
      log.printf("layer %s: %d runs%n", layer, runs.size());
      KernelSet baselinePool = KernelSet.pool(base.stream().map(r -> shapes(r, layer)).toList());
      KernelPca basis = KernelPca.fit(baselinePool);
      for (int i = 0; i < runs.size(); i++) {
        figures.get(i).put(layer, figures(runs.get(i), layer, base, basis));
      }
      for (String arm : arms) {
        KernelSet armPool =
            KernelSet.pool(
                runs.stream().filter(r -> r.arm().equals(arm)).map(r -> shapes(r, layer)).toList());
        armKl
            .computeIfAbsent(arm, a -> new LinkedHashMap<>())
            .put(layer, CoefficientDivergence.of(armPool, baselinePool, basis));
      }
    }
    Map<String, Map<String, Map<String, SeedStats>>> stats = stats(runs, arms, layers, figures);
    Map<String, List<Cluster>> clusters = new LinkedHashMap<>();
    for (String arm : arms) {
      clusters.put(arm, clusters(runs.stream().filter(r -> r.arm().equals(arm)).toList(), layers));
    }
    log.println("writing " + out);
    List<Path> plots = new ArrayList<>();
    plots.add(
        plotFigure(
            stats,
            arms,
            layers,
            "degenerate_share",
            "Degenerate (near-zero) kernels per layer",
            "share of kernels"));
    plots.add(
        plotFigure(
            stats,
            arms,
            layers,
            "kl_baseline",
            "Divergence from the baseline's other seeds (per run)",
            "D (nats)"));
    plots.add(
        plotFigure(
            stats,
            arms,
            layers,
            "edge_share",
            "Kernels best fitted by a first-order model",
            "share of kernels"));
    plots.add(
        plotFigure(
            stats,
            arms,
            layers,
            "fit_residual",
            "Median relative residual of the best model",
            "relative residual"));
    plots.add(plotSpectrum(runs, arms, layers, figures));
    plots.add(plotClusters(arms, clusters));
    plots.addAll(ProbeCurves.plot(runs.stream().map(RunKernels::path).toList(), out));
    Path md = out.resolve("kernels.md");
    AtomicFiles.writeString(
        md, markdown(runs, arms, layers, figures, stats, armKl, clusters, plots));
    int updated = 0;
    if (writeResults) {
      for (int i = 0; i < runs.size(); i++) {
        writeResult(runs.get(i).path(), figures.get(i));
        updated++;
      }
    }
    return new Output(md, plots, updated, stats);
  }

  private List<RunKernels> loadRuns() {
    if (!Files.isDirectory(experimentDir)) {
      throw new ConfigException(experimentDir + ": no such experiment folder");
    }
    List<Path> dirs = new ArrayList<>();
    try (Stream<Path> armDirs = Files.list(experimentDir)) {
      for (Path arm : armDirs.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> seeds = Files.list(arm)) {
          seeds
              .filter(p -> p.getFileName().toString().startsWith("seed-"))
              .filter(p -> Files.isRegularFile(p.resolve(RunResult.FILE_NAME)))
              .sorted(Comparator.comparing(p -> RunKernels.naturalKey(p.getFileName().toString())))
              .forEach(dirs::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + experimentDir, e);
    }
    List<RunKernels> runs = new ArrayList<>();
    for (Path d : dirs) {
      log.println("reading " + experimentDir.relativize(d));
      runs.add(RunKernels.load(d));
    }
    if (runs.stream().noneMatch(r -> r.arm().equals(baseline))) {
      throw new ConfigException(
          experimentDir
              + ": no completed run of the baseline arm '"
              + baseline
              + "' (a completed run has result.json); found "
              + runs.stream().map(r -> r.arm() + "/seed-" + r.seed()).toList());
    }
    // The baseline first, then the other arms by name.
    runs.sort(
        Comparator.comparing((RunKernels r) -> !r.arm().equals(baseline))
            .thenComparing(RunKernels::arm)
            .thenComparingLong(RunKernels::seed));
    return runs;
  }

  /** The peak-normalized non-degenerate kernels of a run's layer (pooled over its models). */
  private static KernelSet shapes(RunKernels run, String layer) {
    List<KernelSet> sets = new ArrayList<>();
    for (Map<String, KernelSet> model : run.models()) {
      sets.add(model.get(layer).withoutSparse().peakNormalized());
    }
    return KernelSet.pool(sets);
  }

  private LayerFigures figures(
      RunKernels run, String layer, List<RunKernels> base, KernelPca basis) {
    double degenerate = 0;
    double sparsity = 0;
    double entropy = 0;
    List<Double> residuals = new ArrayList<>();
    List<DerivativeModel> models = DerivativeModel.all();
    int[] counts = new int[models.size()];
    for (Map<String, KernelSet> model : run.models()) {
      KernelSet set = model.get(layer);
      degenerate += set.degenerateShare();
      sparsity += set.weightSparsity();
      entropy += set.varianceEntropy();
      KernelSet live = set.withoutSparse();
      for (int i = 0; i < live.size(); i++) {
        KernelFit fit = fitter.fit(live.kernel(i));
        residuals.add(fit.relativeResidual());
        counts[models.indexOf(fit.model())]++;
      }
    }
    int m = run.models().size();
    KernelSet own = shapes(run, layer);
    double[] spectrum = basis.spectrum(own);
    List<RunKernels> reference = base.stream().filter(b -> b.seed() != run.seed()).toList();
    if (reference.isEmpty() && !run.arm().equals(baseline)) {
      reference = base;
    }
    double kl = Double.NaN;
    if (!reference.isEmpty()) {
      kl =
          CoefficientDivergence.of(
              own, KernelSet.pool(reference.stream().map(r -> shapes(r, layer)).toList()));
    }
    int edges = 0;
    for (int j = 0; j < counts.length; j++) {
      edges += models.get(j).order() == 1 ? counts[j] : 0;
    }
    double[] sorted = residuals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double median =
        sorted.length == 0
            ? Double.NaN
            : (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
    return new LayerFigures(
        degenerate / m,
        sparsity / m,
        entropy / m,
        kl,
        median,
        residuals.isEmpty() ? Double.NaN : (double) edges / residuals.size(),
        spectrum[0],
        spectrum,
        counts);
  }

  private Map<String, Map<String, Map<String, SeedStats>>> stats(
      List<RunKernels> runs,
      List<String> arms,
      List<String> layers,
      List<Map<String, LayerFigures>> figures) {
    // figure -> layer -> arm -> stats
    Map<String, Map<String, Map<String, SeedStats>>> out = new LinkedHashMap<>();
    for (LayerFigures.Figure f : figures.get(0).get(layers.get(0)).figures()) {
      Map<String, Map<String, SeedStats>> byLayer = new LinkedHashMap<>();
      for (String layer : layers) {
        Map<String, Map<Long, Double>> values = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
          double v =
              figures.get(i).get(layer).figures().stream()
                  .filter(x -> x.name().equals(f.name()))
                  .findFirst()
                  .orElseThrow()
                  .value();
          values
              .computeIfAbsent(runs.get(i).arm(), a -> new TreeMap<>())
              .put(runs.get(i).seed(), v);
        }
        Map<String, SeedStats> byArm = new LinkedHashMap<>();
        for (String arm : arms) {
          byArm.put(arm, SeedStats.of(values.get(arm), values.get(baseline)));
        }
        byLayer.put(layer, byArm);
      }
      out.put(f.name(), byLayer);
    }
    return out;
  }

  /** A common kernel shape of an arm: a k-means centroid, its share and its best model. */
  record Cluster(double[] centroid, double share, KernelFit fit) {}

  private List<Cluster> clusters(List<RunKernels> runs, List<String> layers) {
    List<float[]> all = new ArrayList<>();
    for (RunKernels r : runs) {
      for (String layer : layers) {
        KernelSet s = shapes(r, layer);
        for (int i = 0; i < s.size(); i++) {
          all.add(s.kernel(i));
        }
      }
    }
    Random rng = new Random(1);
    java.util.Collections.shuffle(all, rng);
    List<DoublePoint> points = new ArrayList<>();
    for (float[] k : all.subList(0, Math.min(CLUSTER_SAMPLE, all.size()))) {
      double[] d = new double[k.length];
      for (int p = 0; p < k.length; p++) {
        d[p] = k[p];
      }
      points.add(new DoublePoint(d));
    }
    JDKRandomGenerator random = new JDKRandomGenerator();
    random.setSeed(1);
    KMeansPlusPlusClusterer<DoublePoint> kmeans =
        new KMeansPlusPlusClusterer<>(
            Math.min(CLUSTERS, points.size()), 100, new EuclideanDistance(), random);
    List<Cluster> out = new ArrayList<>();
    for (CentroidCluster<DoublePoint> c : kmeans.cluster(points)) {
      double[] centroid = c.getCenter().getPoint();
      float[] f = new float[centroid.length];
      for (int p = 0; p < f.length; p++) {
        f[p] = (float) centroid[p];
      }
      out.add(new Cluster(centroid, (double) c.getPoints().size() / points.size(), fitter.fit(f)));
    }
    out.sort(Comparator.comparingDouble(Cluster::share).reversed());
    return out;
  }

  private Path plotFigure(
      Map<String, Map<String, Map<String, SeedStats>>> stats,
      List<String> arms,
      List<String> layers,
      String figure,
      String title,
      String yLabel) {
    BarPlot.Builder plot =
        BarPlot.builder()
            .setTitle(title + " (mean +- sd over seeds)")
            .setCategories(layers)
            .optYLabel(yLabel)
            .optXLabel("layer")
            .optSize(900, 500);
    for (String arm : arms) {
      double[] v = new double[layers.size()];
      double[] e = new double[layers.size()];
      for (int i = 0; i < layers.size(); i++) {
        SeedStats s = stats.get(figure).get(layers.get(i)).get(arm);
        v[i] = Double.isFinite(s.mean()) ? s.mean() : 0;
        e[i] = Double.isFinite(s.sd()) ? s.sd() : 0;
      }
      plot.addSeries(arm, v, e);
    }
    Path file = out.resolve(figure + ".png");
    plot.build().writePng(file);
    return file;
  }

  private Path plotSpectrum(
      List<RunKernels> runs,
      List<String> arms,
      List<String> layers,
      List<Map<String, LayerFigures>> figures) {
    List<String> pcs = new ArrayList<>();
    for (int j = 1; j <= KernelSet.K; j++) {
      pcs.add("PC" + j);
    }
    BarPlot.Builder plot =
        BarPlot.builder()
            .setTitle(
                "Kernel variance along the baseline's principal components (mean over layers)")
            .setCategories(pcs)
            .optYLabel("share of variance")
            .optSize(900, 500);
    for (String arm : arms) {
      double[] v = new double[KernelSet.K];
      int n = 0;
      for (int i = 0; i < runs.size(); i++) {
        if (!runs.get(i).arm().equals(arm)) {
          continue;
        }
        for (String layer : layers) {
          double[] s = figures.get(i).get(layer).spectrum();
          for (int j = 0; j < v.length; j++) {
            v[j] += s[j];
          }
          n++;
        }
      }
      for (int j = 0; j < v.length; j++) {
        v[j] /= n;
      }
      plot.addSeries(arm, v);
    }
    Path file = out.resolve("spectrum.png");
    plot.build().writePng(file);
    return file;
  }

  private Path plotClusters(List<String> arms, Map<String, List<Cluster>> clusters) {
    int rows = clusters.values().stream().mapToInt(List::size).max().orElse(0);
    ImageGrid.Builder grid = ImageGrid.builder(rows, 2 * arms.size()).optScale(40).optPadding(8);
    List<String> columns = new ArrayList<>();
    List<String> rowLabels = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      rowLabels.add("#" + (r + 1));
    }
    for (int a = 0; a < arms.size(); a++) {
      columns.add(arms.get(a));
      columns.add("model");
      List<Cluster> list = clusters.get(arms.get(a));
      for (int r = 0; r < list.size(); r++) {
        Cluster c = list.get(r);
        grid.set(r, 2 * a, image(c.centroid()));
        if (Double.isFinite(c.fit().t())) {
          double[] model = c.fit().model().kernel(c.fit().t(), 1);
          for (int p = 0; p < model.length; p++) {
            model[p] *= c.fit().amplitude();
          }
          grid.set(r, 2 * a + 1, image(model));
        }
      }
    }
    Path file = out.resolve("kernel_clusters.png");
    grid.optRowLabels(rowLabels).optColumnLabels(columns).build().writePng(file);
    return file;
  }

  /** A 3x3 kernel as gray levels: 0.5 at zero, 0 and 1 at minus and plus its peak magnitude. */
  private static FloatImage image(double[] k) {
    double peak = Arrays.stream(k).map(Math::abs).max().orElse(0);
    float[] px = new float[k.length];
    for (int p = 0; p < k.length; p++) {
      px[p] = (float) (0.5 + (peak == 0 ? 0 : 0.5 * k[p] / peak));
    }
    return FloatImage.gray(px, 3, 3);
  }

  private void writeResult(Path runDir, Map<String, LayerFigures> figures) {
    RunResult old = RunResult.read(runDir.resolve(RunResult.FILE_NAME));
    Map<String, Double> metrics = new LinkedHashMap<>();
    Map<String, Boolean> higher = new LinkedHashMap<>();
    old.metrics()
        .forEach(
            (k, v) -> {
              if (!k.startsWith("kernels/")) {
                metrics.put(k, v);
                higher.put(k, old.higherIsBetter().get(k));
              }
            });
    figures.forEach(
        (layer, f) -> {
          for (LayerFigures.Figure x : f.figures()) {
            if (Double.isFinite(x.value())) {
              String key = "kernels/" + layer + "/" + x.name();
              metrics.put(key, x.value());
              higher.put(key, x.higherIsBetter());
            }
          }
        });
    new RunResult(
            old.modality(),
            old.experiment(),
            old.arm(),
            old.seed(),
            metrics,
            higher,
            old.config(),
            old.started(),
            old.finished(),
            old.wallSeconds(),
            old.versions(),
            old.host(),
            old.counts())
        .writeTo(runDir);
  }

  private String markdown(
      List<RunKernels> runs,
      List<String> arms,
      List<String> layers,
      List<Map<String, LayerFigures>> figures,
      Map<String, Map<String, Map<String, SeedStats>>> stats,
      Map<String, Map<String, Double>> armKl,
      Map<String, List<Cluster>> clusters,
      List<Path> plots) {
    StringBuilder b = new StringBuilder();
    b.append("# Learned 3x3 kernels: ").append(experimentDir.getFileName()).append("\n\n");
    b.append("Runs: ");
    for (String arm : arms) {
      List<Long> seeds =
          runs.stream().filter(r -> r.arm().equals(arm)).map(RunKernels::seed).toList();
      b.append(arm).append(" seeds ").append(seeds).append("; ");
    }
    b.append("models per run: ")
        .append(runs.get(0).models().size())
        .append(". Baseline arm: `")
        .append(baseline)
        .append("`.\n\n");
    b.append(DEFINITIONS);
    b.append(
        "\n## Per-layer figures (mean +- sd over seeds; difference arm - baseline with its "
            + "95% t interval, paired by seed when the seeds match)\n");
    for (String figure : stats.keySet()) {
      b.append("\n### ").append(figure).append("\n\n| layer |");
      for (String arm : arms) {
        b.append(' ').append(arm).append(" |");
      }
      for (String arm : arms) {
        if (!arm.equals(baseline)) {
          b.append(' ').append(arm).append(" - ").append(baseline).append(" [95% CI] |");
        }
      }
      b.append("\n|---|");
      b.append("---|".repeat(2 * arms.size() - 1)).append('\n');
      for (String layer : layers) {
        b.append("| ").append(layer).append(" |");
        for (String arm : arms) {
          SeedStats s = stats.get(figure).get(layer).get(arm);
          b.append(' ').append(fmt(s.mean())).append(" +- ").append(fmt(s.sd())).append(" |");
        }
        for (String arm : arms) {
          if (!arm.equals(baseline)) {
            SeedStats s = stats.get(figure).get(layer).get(arm);
            b.append(' ')
                .append(signed(s.diff()))
                .append(" [")
                .append(signed(s.low()))
                .append(", ")
                .append(signed(s.high()))
                .append("]")
                .append(s.detectable() ? " *" : "")
                .append(" |");
          }
        }
        b.append('\n');
      }
    }
    b.append(
        "\n`*`: the interval excludes 0 (per layer and figure, no multiplicity correction; "
            + "`bench report --metric 'kernels/**'` gives Holm-adjusted verdicts).\n");
    b.append("\n## Divergence of each arm's pooled kernels from the pooled baseline\n\n");
    b.append(
        "D(arm || baseline) over all seeds of each arm, in the baseline basis; the baseline's own"
            + " row is 0 by construction. Compare with `kl_baseline` above, whose baseline column"
            + " is the seed-to-seed floor.\n\n"
            + "| layer |");
    for (String arm : arms) {
      b.append(' ').append(arm).append(" |");
    }
    b.append("\n|---|").append("---|".repeat(arms.size())).append('\n');
    for (String layer : layers) {
      b.append("| ").append(layer).append(" |");
      for (String arm : arms) {
        b.append(' ').append(fmt(armKl.get(arm).get(layer))).append(" |");
      }
      b.append('\n');
    }
    b.append(
        "\n## Best discrete Gaussian derivative model per kernel (all layers and seeds)\n\n"
            + "| model |");
    for (String arm : arms) {
      b.append(' ').append(arm).append(" |");
    }
    b.append("\n|---|").append("---|".repeat(arms.size())).append('\n');
    List<DerivativeModel> models = DerivativeModel.all();
    Map<String, long[]> totals = new LinkedHashMap<>();
    for (String arm : arms) {
      long[] t = new long[models.size()];
      for (int i = 0; i < runs.size(); i++) {
        if (runs.get(i).arm().equals(arm)) {
          for (String layer : layers) {
            int[] c = figures.get(i).get(layer).modelCounts();
            for (int j = 0; j < c.length; j++) {
              t[j] += c[j];
            }
          }
        }
      }
      totals.put(arm, t);
    }
    for (int j = 0; j < models.size(); j++) {
      b.append("| ").append(models.get(j).label()).append(" |");
      for (String arm : arms) {
        long[] t = totals.get(arm);
        long sum = Arrays.stream(t).sum();
        b.append(' ').append(String.format(Locale.ROOT, "%.1f%%", 100.0 * t[j] / sum)).append(" |");
      }
      b.append('\n');
    }
    double[] noise = noiseReference();
    b.append(
        String.format(
            Locale.ROOT,
            "\n"
                + "Reference, %d i.i.d. Gaussian kernels (He-normal initialization; seeded): median"
                + " residual %.4f, edge share %.4f, best model T %.1f%%. Figures near these mean"
                + " the kernels are still close to random.%n",
            NOISE_KERNELS,
            noise[0],
            noise[1],
            100 * noise[2]));
    b.append(
        "\n## Most common kernel shapes\n\n![clusters](kernel_clusters.png)\n\n"
            + "k-means (k = "
            + CLUSTERS
            + ", k-means++ seeded) on up to "
            + CLUSTER_SAMPLE
            + " peak-normalized non-degenerate kernels per arm, pooled over layers and seeds; each "
            + "centroid beside its fitted model (gray 0.5 = 0).\n\n| # |");
    for (String arm : arms) {
      b.append(' ').append(arm).append(": share, model, t, residual |");
    }
    b.append("\n|---|").append("---|".repeat(arms.size())).append('\n');
    int rows = clusters.values().stream().mapToInt(List::size).max().orElse(0);
    for (int r = 0; r < rows; r++) {
      b.append("| ").append(r + 1).append(" |");
      for (String arm : arms) {
        List<Cluster> list = clusters.get(arm);
        if (r < list.size()) {
          Cluster c = list.get(r);
          b.append(
              String.format(
                  Locale.ROOT,
                  " %.1f%%, %s, %.2f, %.2f |",
                  100 * c.share(),
                  c.fit().model().label(),
                  c.fit().t(),
                  c.fit().relativeResidual()));
        } else {
          b.append(" |");
        }
      }
      b.append('\n');
    }
    b.append("\n## Plots\n\n");
    for (Path p : plots) {
      b.append("![").append(p.getFileName()).append("](").append(p.getFileName()).append(")\n");
    }
    return b.toString();
  }

  static final int NOISE_KERNELS = 10_000;

  /** Median residual, edge share and share of best model T of i.i.d. Gaussian kernels. */
  double[] noiseReference() {
    Random rng = new Random(0);
    double[] residuals = new double[NOISE_KERNELS];
    int edges = 0;
    int smooth = 0;
    for (int i = 0; i < NOISE_KERNELS; i++) {
      float[] w = new float[KernelSet.K];
      for (int p = 0; p < w.length; p++) {
        w[p] = (float) rng.nextGaussian();
      }
      KernelFit fit = fitter.fit(w);
      residuals[i] = fit.relativeResidual();
      edges += fit.model().order() == 1 ? 1 : 0;
      smooth += fit.model().order() == 0 ? 1 : 0;
    }
    Arrays.sort(residuals);
    double median = (residuals[(NOISE_KERNELS - 1) / 2] + residuals[NOISE_KERNELS / 2]) / 2;
    return new double[] {median, (double) edges / NOISE_KERNELS, (double) smooth / NOISE_KERNELS};
  }

  private static String fmt(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "n/a";
  }

  private static String signed(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%+.4f", v) : "n/a";
  }

  static final String DEFINITIONS =
      """
      ## Definitions

      - **Layers**: every 3x3 convolution kernel `[3, 3, cin, cout]` in the run's last checkpoint;
        one kernel per (input, output) channel pair.
      - **degenerate_share**: share of kernels whose every weight has `|w| < 0.01 * max|w|`, the
        maximum over the layer (CNN Filter DB, Gavrikov and Keuper, CVPR 2022: sparse,
        "degenerated" filters; threshold as in the authors' `torchconvquality`).
      - **sparsity**: share of single weights under the same threshold.
      - **variance_entropy**: Shannon entropy of the layer's PCA explained-variance ratios divided
        by `ln 9` (CNN Filter DB's diversity measure: low = few kernel shapes, near 1 = no
        structure, as at random initialization).
      - **Shapes** (spectrum, divergence, clusters): non-degenerate kernels, each divided by its own
        peak absolute weight.
      - **pc1_share / spectrum**: share of a run's kernel variance along each principal component of
        the PCA fitted on all baseline runs' kernels of that layer.
      - **kl_baseline**: `D(P || Q) = sum_j r_j KL(p_j || q_j)` over the 9 coefficients in a PCA basis
        fitted on the reference `Q`, with `r_j` its explained-variance ratios and `p_j, q_j` Gaussian
        kernel density estimates (Silverman bandwidth) of each coefficient; `P` = this run,
        `Q` = the baseline arm's runs with another seed. For a baseline run this is the seed-to-seed
        floor; a filter run reads against the same floor. A KL divergence on the coefficient
        distributions, as the CNN Filter DB compares filter distributions.
      - **fit_residual**: median over non-degenerate kernels of `||w - a K|| / ||w||` for the best
        of the nine discrete Gaussian derivative models `K = (delta_y^i T)(y; t) (delta_x^j T)(x; t)`,
        `i, j in {0, 1, 2}`, `T(n; t) = e^-t I_n(t)` (Lindeberg), central differences
        `delta_x = (1/2)(f(n+1) - f(n-1))`, `delta_xx = f(n+1) - 2 f(n) + f(n-1)`, amplitude `a`
        and scale `t` fitted (l2). Second-order models are searched for `t < t* ~ 1.5` only, where
        the 3-point second difference still changes sign (above it, it equals a smoothing
        profile). The scale search spans `t` in [0.01, 16]; `t = 16` means a flat kernel.
        The report states the same figures for i.i.d. Gaussian kernels (what the He-normal
        initialization draws), the "nothing learned" reference.
      - **edge_share**: share of non-degenerate kernels whose best model is first order (`Tx`,
        `Ty`).
      """;
}
