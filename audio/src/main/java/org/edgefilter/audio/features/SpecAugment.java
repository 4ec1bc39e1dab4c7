package org.edgefilter.audio.features;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Time and frequency masking for training (Park et al., "SpecAugment", Interspeech 2019, section 2;
 * time warping is not used). Each of {@code freqMasks} masks draws a width f uniformly from
 * 0..maxFreqWidth and a first band f0 uniformly from 0..mels-f, and sets bands [f0, f0 + f) of
 * every frame; time masks do the same over frames. Masked values are set to the clip's mean, which
 * is 0 for standardized inputs, as in the paper. Widths are capped at the axis length.
 *
 * @param freqMasks number of frequency masks
 * @param maxFreqWidth largest frequency mask width, in mel bands
 * @param timeMasks number of time masks
 * @param maxTimeWidth largest time mask width, in frames
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SpecAugment(int freqMasks, int maxFreqWidth, int timeMasks, int maxTimeWidth) {

  public SpecAugment {
    if (freqMasks < 0 || maxFreqWidth < 0 || timeMasks < 0 || maxTimeWidth < 0) {
      throw new IllegalArgumentException(
          "mask counts and widths must be >= 0, got "
              + freqMasks
              + ", "
              + maxFreqWidth
              + ", "
              + timeMasks
              + ", "
              + maxTimeWidth);
    }
  }

  /** Masks {@code s} with randomness from {@code seed}: the same seed gives the same masks. */
  public Spectrogram apply(Spectrogram s, long seed) {
    return apply(s, new SplittableRandom(seed));
  }

  /** Masks {@code s} with randomness drawn from {@code rng}; returns a new spectrogram. */
  public Spectrogram apply(Spectrogram s, RandomGenerator rng) {
    float fill = (float) s.mean();
    float[] v = s.values().clone();
    int mels = s.mels();
    for (int i = 0; i < freqMasks; i++) {
      int width = rng.nextInt(Math.min(maxFreqWidth, mels) + 1);
      int first = rng.nextInt(mels - width + 1);
      for (int t = 0; t < s.frames(); t++) {
        for (int m = first; m < first + width; m++) {
          v[t * mels + m] = fill;
        }
      }
    }
    for (int i = 0; i < timeMasks; i++) {
      int width = rng.nextInt(Math.min(maxTimeWidth, s.frames()) + 1);
      int first = rng.nextInt(s.frames() - width + 1);
      for (int t = first; t < first + width; t++) {
        for (int m = 0; m < mels; m++) {
          v[t * mels + m] = fill;
        }
      }
    }
    return new Spectrogram(s.frames(), mels, v);
  }
}
