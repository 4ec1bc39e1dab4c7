package org.edgefilter.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.edgefilter.audio.features.FeatureConfig;
import org.edgefilter.audio.features.LogMelSpectrogram;
import org.edgefilter.audio.features.MelFilterbank;
import org.edgefilter.audio.features.Spectrogram;
import org.edgefilter.framework.filter.EdgeFilter;
import org.edgefilter.framework.filter.EdgeFilterSpec;
import org.edgefilter.framework.nn.Activations;
import org.edgefilter.framework.nn.Conv2d;
import org.edgefilter.framework.nn.Dense;
import org.edgefilter.framework.nn.Losses;
import org.edgefilter.framework.nn.Mode;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.nn.Padding;
import org.edgefilter.framework.train.Adam;
import org.edgefilter.framework.train.EvalStep;
import org.edgefilter.framework.train.Feeds;
import org.edgefilter.framework.train.UpdateStep;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The audio module's log-mel front end feeding a model the user builds, with the EdgeFilter over
 * time and mel bands.
 *
 * <p>Clips are half a second at 8 kHz: a 440 Hz tone (class 0) or a 1760 Hz tone (class 1), with a
 * random amplitude and phase, in white noise. {@link LogMelSpectrogram} turns each into {@code [51
 * frames, 40 mel bands]} (32 ms frames, 10 ms hop, the FSDD setting), standardized per clip. The
 * user's model, built from the framework's layers:
 *
 * <pre>
 *   [B, 51, 40, 1] -> conv 3x3 (8) -> ReLU -> EdgeFilter (2D mean k=3, REFLECT, high-pass)
 *     -> conv 3x3 (8) -> ReLU -> mean over time -> dense (2) -> logits [B, 2]
 * </pre>
 *
 * is trained with Adam for a few batches and scored on fresh clips. The {@link Model} owns the
 * graph and the session: close it.
 */
public final class AudioFrontEndExample {

  static final int SAMPLE_RATE = 8000;
  static final double[] TONES_HZ = {440, 1760};

  /**
   * What a run measured.
   *
   * @param spectrogramShape {@code {frames, mels}} of one clip
   * @param loudestBand per class, the mel band with the highest mean log-mel value of a clean tone
   * @param expectedBand per class, the band whose filter weighs the tone's FFT bin most
   * @param losses training loss of every step
   * @param heldOutAccuracy accuracy on 64 clips not trained on
   */
  public record Result(
      int[] spectrogramShape,
      int[] loudestBand,
      int[] expectedBand,
      float[] losses,
      double heldOutAccuracy) {}

  private AudioFrontEndExample() {}

  /** Trains for 20 steps and prints what it measured. */
  public static void main(String[] args) {
    Result r = run(20, 0);
    System.out.printf(
        "log-mel %d x %d; loudest bands %d, %d (expected %d, %d);"
            + " loss %.3f -> %.3f; held-out accuracy %.2f%n",
        r.spectrogramShape()[0],
        r.spectrogramShape()[1],
        r.loudestBand()[0],
        r.loudestBand()[1],
        r.expectedBand()[0],
        r.expectedBand()[1],
        r.losses()[0],
        r.losses()[r.losses().length - 1],
        r.heldOutAccuracy());
  }

  /**
   * Checks the front end on clean tones, then trains and scores the model.
   *
   * @param steps Adam steps on batches of 16 fresh clips
   * @param seed drives the clips and the weights
   */
  public static Result run(int steps, long seed) {
    FeatureConfig features =
        FeatureConfig.builder()
            .setSampleRate(SAMPLE_RATE)
            .setNFft(256)
            .setHopLength(80)
            .setNMels(40)
            .setClipSeconds(0.5)
            .build();
    LogMelSpectrogram frontEnd = new LogMelSpectrogram(features);
    Random random = new Random(seed);

    // The front end on its own: a clean tone's energy lands in the band that covers its frequency.
    int[] loudest = new int[TONES_HZ.length];
    int[] expected = new int[TONES_HZ.length];
    int[] shape = null;
    for (int c = 0; c < TONES_HZ.length; c++) {
      Spectrogram s = frontEnd.compute(tone(TONES_HZ[c], 0.5, 0.0, features, random));
      shape = new int[] {s.frames(), s.mels()};
      loudest[c] = loudestBand(s);
      expected[c] =
          strongestFilter(
              frontEnd.filterbank(), (int) Math.round(TONES_HZ[c] * features.nFft() / SAMPLE_RATE));
    }
    int frames = shape[0];
    int mels = shape[1];

    try (Model model = new Model(seed)) {
      Ops tf = model.tf();
      Placeholder<TFloat32> input =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, frames, mels, 1)));
      Placeholder<TInt32> labels = tf.placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
      Conv2d conv1 =
          Conv2d.builder()
              .setFilters(8)
              .setKernelSize(3)
              .optPadding(Padding.SAME)
              .build(model.params().child("conv1"));
      Conv2d conv2 =
          Conv2d.builder()
              .setFilters(8)
              .setKernelSize(3)
              .optPadding(Padding.SAME)
              .build(model.params().child("conv2"));
      Dense head = Dense.of(model.params().child("head"), TONES_HZ.length);

      Operand<TFloat32> h = Activations.relu(tf, conv1.apply(tf, input, Mode.TRAIN));
      h = EdgeFilter.apply(tf, h, EdgeFilterSpec.highPass2d(3)); // [B, 51, 40, 8]
      h = Activations.relu(tf, conv2.apply(tf, h, Mode.TRAIN));
      // Mean over time only: which band a sound sits in is what tells the tones apart.
      Operand<TFloat32> perBand = tf.math.mean(h, tf.constant(1)); // [B, 40, 8]
      Operand<TFloat32> flat = tf.reshape(perBand, tf.constant(new int[] {-1, mels * 8}));
      Operand<TFloat32> logits = head.apply(tf, flat, Mode.TRAIN); // [B, 2]
      Operand<TFloat32> loss = Losses.softmaxCrossEntropy(tf, logits, labels);
      UpdateStep train =
          UpdateStep.builder(model)
              .setName("train")
              .setLoss(loss)
              .setOptimizer(Adam.defaults())
              .build();
      model.initialize();

      float[] losses = new float[steps];
      for (int step = 0; step < steps; step++) {
        int[] y = new int[16];
        float[] x = clips(16, y, features, frontEnd, random); // [16, 51, 40, 1]
        try (Feeds feeds =
            Feeds.create().floats(input, x, 16, frames, mels, 1).ints(labels, y, 16)) {
          losses[step] = (float) train.run(feeds, 1e-2, step).loss();
        }
      }

      int[] y = new int[64];
      float[] x = clips(64, y, features, frontEnd, random);
      float[] scores;
      try (Feeds feeds = Feeds.create().floats(input, x, 64, frames, mels, 1)) {
        scores = EvalStep.of(model, logits).run(feeds)[0]; // [64, 2]
      }
      int correct = 0;
      for (int i = 0; i < y.length; i++) {
        int predicted = scores[2 * i + 1] > scores[2 * i] ? 1 : 0;
        correct += predicted == y[i] ? 1 : 0;
      }
      return new Result(shape, loudest, expected, losses, correct / (double) y.length);
    }
  }

  /** {@code n} noisy clips as a batch {@code [n, frames, mels, 1]}; labels go to {@code y}. */
  private static float[] clips(
      int n, int[] y, FeatureConfig features, LogMelSpectrogram frontEnd, Random random) {
    List<Spectrogram> batch = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      y[i] = random.nextInt(TONES_HZ.length);
      double amplitude = 0.2 + 0.6 * random.nextDouble();
      batch.add(
          frontEnd.compute(tone(TONES_HZ[y[i]], amplitude, 0.05, features, random)).standardized());
    }
    return Spectrogram.stack(batch);
  }

  /** A clip of {@code features.clipSamples()} samples: a sine with random phase, plus noise. */
  private static float[] tone(
      double hz, double amplitude, double noise, FeatureConfig features, Random random) {
    float[] samples = new float[features.clipSamples()];
    double phase = random.nextDouble() * 2 * Math.PI;
    for (int i = 0; i < samples.length; i++) {
      samples[i] =
          (float)
              (amplitude * Math.sin(2 * Math.PI * hz * i / SAMPLE_RATE + phase)
                  + noise * random.nextGaussian());
    }
    return samples;
  }

  private static int loudestBand(Spectrogram s) {
    int best = 0;
    double bestMean = Double.NEGATIVE_INFINITY;
    for (int m = 0; m < s.mels(); m++) {
      double sum = 0;
      for (int t = 0; t < s.frames(); t++) {
        sum += s.get(t, m);
      }
      if (sum / s.frames() > bestMean) {
        bestMean = sum / s.frames();
        best = m;
      }
    }
    return best;
  }

  private static int strongestFilter(MelFilterbank filterbank, int bin) {
    int best = 0;
    for (int m = 1; m < filterbank.mels(); m++) {
      if (filterbank.weight(m, bin) > filterbank.weight(best, bin)) {
        best = m;
      }
    }
    return best;
  }
}
