package org.edgefilter.vision;

import org.edgefilter.framework.cli.CliVocabularyContract;

/** The shared vocabulary (issue 14) in the vision command line; the tests are the contract's. */
class VisionVocabularyTest extends CliVocabularyContract {

  @Override
  protected Object newCli() {
    return new VisionCli();
  }

  @Override
  protected String gaussianLowPassArm() {
    return "ef-gaussian-s0.5-k11-p1-low-pass";
  }

  @Override
  protected String oldKeySetting() {
    return "filter.k=7";
  }

  @Override
  protected String newKeySetting() {
    return "filter.kernelSize=7";
  }
}
