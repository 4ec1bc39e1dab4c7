package org.edgefilter.audio;

import org.edgefilter.framework.cli.CliVocabularyContract;

/** The shared vocabulary (issue 14) in the audio command line; the tests are the contract's. */
class AudioVocabularyTest extends CliVocabularyContract {

  AudioVocabularyTest() {
    super(
        AudioCli::new,
        "ef-gaussian-s0.5-k3-p1-low-pass",
        "model.filter.kernelSize=7",
        "filter.kernelSize=7");
  }
}
