package org.edgefilter.examples;

import java.util.List;
import java.util.Random;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.nn.Parameter;
import org.edgefilter.framework.nn.Role;
import org.edgefilter.framework.train.Feeds;
import org.edgefilter.vision.corrupt.Corruption;
import org.edgefilter.vision.corrupt.CorruptionGenerator;
import org.edgefilter.vision.corrupt.Resolution;
import org.edgefilter.vision.data.ChannelNormalization;
import org.edgefilter.vision.data.ImageSet;
import org.edgefilter.vision.model.Classifier;
import org.edgefilter.vision.model.ModelConfig;
import org.edgefilter.vision.tta.Tent;

/**
 * A vision model with the EdgeFilter in its filter slot, trained briefly, then adapted by TENT on
 * one corrupted test batch.
 *
 * <p>The model is a WRN-10-2 with a 2D mean filter (k = 3) after block group 1, the paper's slot.
 * Its training data are synthetic 32 x 32 colour images of four classes (horizontal or vertical
 * stripes, red or blue), so nothing needs downloading; the test batch is corrupted with
 * CIFAR-10-C's Gaussian noise at severity 5. TENT (Wang et al., ICLR 2021) then takes Adam steps on
 * the mean prediction entropy of that batch, over the BatchNorm scales and shifts only.
 *
 * <p>The {@link Classifier} owns a graph and a session: close it (try-with-resources below).
 */
public final class VisionTentExample {

  static final int SIZE = 32;
  static final int CLASSES = 4;
  static final List<String> CLASS_NAMES =
      List.of("red-horizontal", "red-vertical", "blue-horizontal", "blue-vertical");

  /**
   * What a run measured.
   *
   * @param trainLosses cross-entropy of each training step
   * @param entropies TENT's mean prediction entropy of each adaptation step, in nats
   * @param convWeightChange largest absolute change of any convolution or dense weight during TENT
   *     (0: TENT leaves them alone)
   * @param normAffineChange largest absolute change of any BatchNorm scale or shift during TENT
   * @param adaptedParameters number of parameters TENT adapts (the BatchNorm gammas and betas)
   */
  public record Result(
      double[] trainLosses,
      double[] entropies,
      double convWeightChange,
      double normAffineChange,
      int adaptedParameters) {}

  private VisionTentExample() {}

  /** Trains for 20 steps, adapts for 5 and prints the entropy trajectory. */
  public static void main(String[] args) {
    Result r = run(20, 5, 0);
    System.out.printf(
        "training loss %.3f -> %.3f%n",
        r.trainLosses()[0], r.trainLosses()[r.trainLosses().length - 1]);
    System.out.print("TENT entropy per step:");
    for (double e : r.entropies()) {
      System.out.printf(" %.4f", e);
    }
    System.out.printf(
        "%nweights changed by %.2g, BatchNorm affine by %.2g%n",
        r.convWeightChange(), r.normAffineChange());
  }

  /**
   * Trains, corrupts a test batch and adapts on it.
   *
   * @param trainSteps Adam steps on clean batches of 32
   * @param tentSteps TENT steps, all on the same corrupted batch of 64
   * @param seed drives the weights, the data and the corruption
   */
  public static Result run(int trainSteps, int tentSteps, long seed) {
    Random random = new Random(seed);
    ModelConfig architecture = ModelConfig.wrn(10, 2);
    // The paper's filter (high-pass, mean, REFLECT) with k = 3 in slot 1 (after block group 1).
    FilterConfig filter = FilterConfig.highPassMean(3, 1);
    try (Classifier classifier =
        new Classifier(architecture, filter, SIZE, CLASSES, seed, 0.0, 0)) {
      double[] losses = new double[trainSteps];
      for (int step = 0; step < trainSteps; step++) {
        ImageSet batch = StripeImages.generate(random, 32);
        float[] x = batch.normalized(ChannelNormalization.CIFAR10).floats(); // [32, 32, 32, 3]
        // Feeds own the step's input tensors and close them.
        try (Feeds feeds =
            Feeds.create()
                .floats(classifier.images(), x, 32, SIZE, SIZE, 3)
                .ints(classifier.labels(), batch.labels(), 32)) {
          losses[step] = classifier.trainStep().run(feeds, 1e-3, step).loss();
        }
      }

      // A test batch under Gaussian noise at severity 5, as in CIFAR-10-C.
      ImageSet clean = StripeImages.generate(random, 64);
      ImageSet noisy =
          CorruptionGenerator.builder(Resolution.CIFAR)
              .optSeed(seed)
              .build()
              .corrupt(clean, Corruption.GAUSSIAN_NOISE, 5);
      float[] test = noisy.normalized(ChannelNormalization.CIFAR10).floats();

      List<Parameter> weights = classifier.model().registry().withRole(Role.WEIGHT);
      List<Parameter> adapted = classifier.adaptableParameters();
      float[][] weightsBefore = read(classifier, weights);
      float[][] adaptedBefore = read(classifier, adapted);

      // TENT snapshots the source parameters when made; reset() would restore them.
      Tent tent = new Tent(classifier, 1e-3, "tent");
      for (int step = 0; step < tentSteps; step++) {
        tent.predict(test, 64);
      }
      return new Result(
          losses,
          tent.entropyTrajectory(),
          maxChange(weightsBefore, read(classifier, weights)),
          maxChange(adaptedBefore, read(classifier, adapted)),
          adapted.size());
    }
  }

  private static float[][] read(Classifier classifier, List<Parameter> parameters) {
    float[][] values = new float[parameters.size()][];
    for (int i = 0; i < values.length; i++) {
      values[i] = classifier.model().read(parameters.get(i));
    }
    return values;
  }

  private static double maxChange(float[][] before, float[][] after) {
    double max = 0;
    for (int i = 0; i < before.length; i++) {
      for (int j = 0; j < before[i].length; j++) {
        max = Math.max(max, Math.abs(after[i][j] - before[i][j]));
      }
    }
    return max;
  }

  /** The synthetic four-class image set: stripe orientation times dominant colour. */
  static final class StripeImages {

    private StripeImages() {}

    /** {@code n} uint8 images {@code [n, 32, 32, 3]} with their labels. */
    static ImageSet generate(Random random, int n) {
      byte[] pixels = new byte[n * SIZE * SIZE * 3];
      int[] labels = new int[n];
      for (int b = 0; b < n; b++) {
        int label = random.nextInt(CLASSES);
        labels[b] = label;
        boolean vertical = label % 2 == 1;
        int colour = label < 2 ? 0 : 2; // red or blue channel carries the stripes
        double period = 4 + random.nextInt(5);
        double phase = random.nextDouble() * 2 * Math.PI;
        double background = 60 + random.nextInt(80);
        for (int r = 0; r < SIZE; r++) {
          for (int c = 0; c < SIZE; c++) {
            double wave = Math.sin(2 * Math.PI * (vertical ? c : r) / period + phase);
            for (int ch = 0; ch < 3; ch++) {
              double v = background + (ch == colour ? 80 * wave + 40 : 10 * wave);
              int at = ((b * SIZE + r) * SIZE + c) * 3 + ch;
              pixels[at] = (byte) Math.max(0, Math.min(255, (int) Math.round(v)));
            }
          }
        }
      }
      return ImageSet.ofBytes(pixels, n, SIZE, SIZE, 3, labels, CLASS_NAMES);
    }
  }
}
