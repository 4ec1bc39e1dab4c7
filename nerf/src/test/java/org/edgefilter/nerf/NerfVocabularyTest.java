package org.edgefilter.nerf;

import org.edgefilter.framework.cli.CliVocabularyContract;

/** The shared vocabulary (issue 14) in the nerf command line; the tests are the contract's. */
class NerfVocabularyTest extends CliVocabularyContract {

  @Override
  protected Object newCli() {
    return new NerfCli();
  }

  @Override
  protected String gaussianLowPassArm() {
    return "ef-gaussian-s0.5-k3-p4-low-pass";
  }

  @Override
  protected String oldKeySetting() {
    return "filter.afterLayer=1";
  }

  @Override
  protected String newKeySetting() {
    return "filter.position=1";
  }
}
