package org.edgefilter.language.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.filter.LowPass;
import org.edgefilter.framework.train.Adam;
import org.edgefilter.framework.train.Feeds;
import org.edgefilter.framework.train.LearningRateSchedule;
import org.edgefilter.framework.train.UpdateStep;
import org.junit.jupiter.api.Test;

/**
 * The encoder classifier beyond the framework's model contract (which {@link
 * LanguageModelContractTest} runs): padding never reaches the logits (with and without the filter,
 * wherever it sits), it learns a simple rule, and bad batches are rejected on the host.
 */
class TextClassifierTest {

  private static final int VOCABULARY = 40;
  private static final int MAX_LENGTH = 16;

  /**
   * A tiny encoder initialized with standard deviation 0.2: with BERT's 0.02 the logits of an
   * untrained model move by less than 1e-5 when a token changes, too little to see.
   */
  static EncoderConfig tiny(NormPlacement norm) {
    return new EncoderConfig(2, 16, 2, 32, MAX_LENGTH, 0.1f, 0.1f, norm, 0.2, 1e-12f);
  }

  static final TokenFilterConfig BASELINE = TokenFilterConfig.none();

  /** Every place and kind of filter the mask tests cover. */
  static final List<TokenFilterConfig> FILTERS =
      List.of(
          BASELINE,
          TokenFilterConfig.highPassMean(2, 3),
          TokenFilterConfig.highPassMean(1, 5),
          TokenFilterConfig.of(
              FilterMode.HIGH_PASS, 0, 3, LowPass.Kind.MEAN, 1, SequenceBorder.ZERO),
          TokenFilterConfig.of(
              FilterMode.LOW_PASS, 1, 3, LowPass.Kind.GAUSSIAN, 1, SequenceBorder.RENORMALIZE));

  /**
   * Random sequences of the given real lengths padded to {@code length}; pairs get segment 1 from
   * the middle.
   */
  static TokenBatch batch(int[] lengths, int length, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int n = lengths.length;
    int[] ids = new int[n * length];
    int[] segments = new int[n * length];
    int[] mask = new int[n * length];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < lengths[i]; t++) {
        ids[i * length + t] = t == 0 ? 2 : 5 + rng.nextInt(VOCABULARY - 5);
        segments[i * length + t] = t > lengths[i] / 2 ? 1 : 0;
        mask[i * length + t] = 1;
      }
      labels[i] = i % 2;
    }
    return new TokenBatch(n, length, ids, segments, mask, labels);
  }

  /** {@code batch} with every padded position holding a random token in segment 1. */
  static TokenBatch scrambledPadding(TokenBatch batch, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int[] ids = batch.inputIds().clone();
    int[] segments = batch.segmentIds().clone();
    for (int i = 0; i < ids.length; i++) {
      if (batch.attentionMask()[i] == 0) {
        ids[i] = 5 + rng.nextInt(VOCABULARY - 5);
        segments[i] = 1;
      }
    }
    return new TokenBatch(
        batch.size(), batch.length(), ids, segments, batch.attentionMask(), batch.labels());
  }

  /** {@code batch} padded to {@code length} (more columns of padding). */
  static TokenBatch widened(TokenBatch batch, int length) {
    int n = batch.size();
    int[] ids = new int[n * length];
    int[] segments = new int[n * length];
    int[] mask = new int[n * length];
    for (int i = 0; i < n; i++) {
      System.arraycopy(batch.inputIds(), i * batch.length(), ids, i * length, batch.length());
      System.arraycopy(
          batch.segmentIds(), i * batch.length(), segments, i * length, batch.length());
      System.arraycopy(batch.attentionMask(), i * batch.length(), mask, i * length, batch.length());
    }
    return new TokenBatch(n, length, ids, segments, mask, batch.labels());
  }

  static TextClassifier classifier(EncoderConfig encoder, TokenFilterConfig filter) {
    TextClassifier classifier = new TextClassifier(encoder, filter, VOCABULARY, 2, 7, 0);
    classifier.model().initialize();
    return classifier;
  }

  private static final int[] LENGTHS = {5, 12, 3, 9};

  @Test
  void logitsAreFiniteAndPaddingNeverChangesThem() {
    TokenBatch batch = batch(LENGTHS, 12, 2);
    List<Map.Entry<NormPlacement, TokenFilterConfig>> cases = new ArrayList<>();
    FILTERS.forEach(filter -> cases.add(Map.entry(NormPlacement.POST, filter)));
    cases.add(Map.entry(NormPlacement.PRE, TokenFilterConfig.highPassMean(2, 3)));
    for (Map.Entry<NormPlacement, TokenFilterConfig> entry : cases) {
      String name = entry.getKey() + " " + entry.getValue().armName();
      try (TextClassifier c = classifier(tiny(entry.getKey()), entry.getValue())) {
        float[] logits = c.logits(batch);
        assertEquals(LENGTHS.length * 2, logits.length);
        assertEquals(2, c.evalLogits().shape().get(1), "[B, numLabels]");
        for (float v : logits) {
          assertTrue(Float.isFinite(v), name + ": " + Arrays.toString(logits));
        }
        float[] scrambled = c.logits(scrambledPadding(batch, 3));
        float[] wide = c.logits(widened(batch, MAX_LENGTH));
        for (int i = 0; i < logits.length; i++) {
          assertEquals(logits[i], scrambled[i], 1e-6f, name + " scrambled");
          assertEquals(logits[i], wide[i], 1e-5f, name + " widened");
        }
        // The test can fail: a real token does change the logits of its sequence. (Position 1,
        // next to [CLS]: a freshly initialized encoder attends almost uniformly, so a change
        // farther away moves every position alike and a high-pass filter after the last layer
        // removes nearly all of it.)
        int[] ids = batch.inputIds().clone();
        ids[1] = ids[1] == 5 ? 6 : 5;
        float[] changed =
            c.logits(
                new TokenBatch(
                    batch.size(),
                    batch.length(),
                    ids,
                    batch.segmentIds(),
                    batch.attentionMask(),
                    batch.labels()));
        assertTrue(
            Math.abs(changed[0] - logits[0]) + Math.abs(changed[1] - logits[1]) > 1e-5,
            name + ": a real token should matter");
      }
    }
  }

  @Test
  void learnsWhetherAMarkerTokenIsPresent() {
    // Label 1 iff token 5 occurs among the real tokens: needs attention across positions. The
    // baseline, because the filter's straight-through gradient makes such short high-rate runs
    // oscillate (see docs/results/language.md).
    SplittableRandom rng = new SplittableRandom(8);
    int n = 256;
    int length = 10;
    int[] ids = new int[n * length];
    int[] mask = new int[n * length];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      int real = 4 + rng.nextInt(length - 3);
      labels[i] = i % 2;
      int marker = 1 + rng.nextInt(real - 1);
      for (int t = 0; t < real; t++) {
        ids[i * length + t] = t == 0 ? 2 : 6 + rng.nextInt(VOCABULARY - 6);
        mask[i * length + t] = 1;
      }
      if (labels[i] == 1) {
        ids[i * length + marker] = 5;
      }
    }
    TokenBatch all = new TokenBatch(n, length, ids, new int[n * length], mask, labels);
    EncoderConfig bertInit =
        new EncoderConfig(2, 16, 2, 32, MAX_LENGTH, 0.1f, 0.1f, NormPlacement.POST, 0.02, 1e-12f);
    int steps = 120;
    LearningRateSchedule schedule = LearningRateSchedule.warmupLinear(2e-3, 20, steps);
    try (TextClassifier c = new TextClassifier(bertInit, BASELINE, VOCABULARY, 2, 1, 0)) {
      UpdateStep step = c.buildTrainStep(Adam.adamW(0.01, TextClassifier.decayedParameters()), 1.0);
      c.model().initialize();
      int[] first = c.predict(all);
      for (int s = 0; s < steps; s++) {
        int from = (s * 32) % n;
        int[] rows = new int[32];
        for (int i = 0; i < 32; i++) {
          rows[i] = from + i;
        }
        try (Feeds feeds = c.feeds(rows(all, rows))) {
          step.run(feeds, schedule.rate(s), s);
        }
      }
      assertTrue(
          accuracy(c.predict(all), labels) > 0.95,
          "training accuracy "
              + accuracy(c.predict(all), labels)
              + ", before training "
              + accuracy(first, labels));
    }
  }

  static double accuracy(int[] predicted, int[] labels) {
    int correct = 0;
    for (int i = 0; i < labels.length; i++) {
      correct += predicted[i] == labels[i] ? 1 : 0;
    }
    return correct / (double) labels.length;
  }

  static TokenBatch rows(TokenBatch batch, int[] rows) {
    int length = batch.length();
    int[] ids = new int[rows.length * length];
    int[] segments = new int[rows.length * length];
    int[] mask = new int[rows.length * length];
    int[] labels = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(batch.inputIds(), rows[i] * length, ids, i * length, length);
      System.arraycopy(batch.segmentIds(), rows[i] * length, segments, i * length, length);
      System.arraycopy(batch.attentionMask(), rows[i] * length, mask, i * length, length);
      labels[i] = batch.labels()[rows[i]];
    }
    return new TokenBatch(rows.length, length, ids, segments, mask, labels);
  }

  @Test
  void badBatchesAreRejectedOnTheHost() {
    try (TextClassifier c =
        new TextClassifier(tiny(NormPlacement.POST), BASELINE, VOCABULARY, 2, 1, 0)) {
      TokenBatch ok = batch(new int[] {3}, 4, 1);
      int[] ids = ok.inputIds().clone();
      ids[1] = VOCABULARY;
      IllegalArgumentException outside =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  c.feeds(
                      new TokenBatch(1, 4, ids, ok.segmentIds(), ok.attentionMask(), ok.labels())));
      assertTrue(outside.getMessage().contains("outside the vocabulary"), outside.getMessage());
      TokenBatch tooLong = batch(new int[] {3}, MAX_LENGTH + 1, 1);
      assertThrows(IllegalArgumentException.class, () -> c.feeds(tooLong));
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> new TokenBatch(1, 3, new int[3], new int[3], new int[] {1, 0, 1}, new int[1]));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TextClassifier(
                tiny(NormPlacement.POST),
                TokenFilterConfig.highPassMean(3, 3),
                VOCABULARY,
                2,
                1,
                0));
    assertFalse(TokenFilterConfig.highPassMean(2, 3).armName().isEmpty());
    assertEquals("ef-mean-k3-p2", TokenFilterConfig.highPassMean(2, 3).armName());
    assertEquals("baseline", BASELINE.armName());
  }
}
