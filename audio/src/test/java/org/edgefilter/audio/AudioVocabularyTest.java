package org.edgefilter.audio;

import org.edgefilter.framework.cli.CliVocabularyContract;

/** The shared vocabulary (issue 14) in the audio command line; the tests are the contract's. */
class AudioVocabularyTest extends CliVocabularyContract {

  @Override
  protected Object newCli() {
    return new AudioCli();
  }

  @Override
  protected String gaussianLowPassArm() {
    return "ef-gaussian-s0.5-k3-p1-low-pass";
  }

  @Override
  protected String oldKeySetting() {
    return "model.filter.kernelSize=7";
  }

  @Override
  protected String newKeySetting() {
    return "filter.kernelSize=7";
  }
}
