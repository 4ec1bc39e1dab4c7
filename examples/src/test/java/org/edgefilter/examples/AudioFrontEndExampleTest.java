package org.edgefilter.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AudioFrontEndExampleTest {

  @Test
  void logMelFeaturesFeedAFilteredModelThatLearnsTheTones() {
    AudioFrontEndExample.Result r = AudioFrontEndExample.run(20, 0);
    // 0.5 s at 8 kHz with a 80-sample hop: 1 + 4000 / 80 = 51 centred frames; 40 bands.
    assertArrayEquals(new int[] {51, 40}, r.spectrogramShape());
    // A tone's energy sits in the band whose filter weighs its FFT bin most, and the higher tone
    // sits in a higher band.
    assertArrayEquals(r.expectedBand(), r.loudestBand());
    assertTrue(r.loudestBand()[1] > r.loudestBand()[0]);
    float[] losses = r.losses();
    double first = (losses[0] + losses[1] + losses[2]) / 3;
    double last =
        (losses[losses.length - 1] + losses[losses.length - 2] + losses[losses.length - 3]) / 3;
    assertTrue(last < 0.5 * first, "loss did not halve: " + first + " -> " + last);
    assertTrue(r.heldOutAccuracy() >= 0.9, "held-out accuracy " + r.heldOutAccuracy());
  }
}
