package org.edgefilter.language;

import org.edgefilter.framework.cli.CliVocabularyContract;

/** The shared vocabulary (issue 14) in the language command line; the tests are the contract's. */
class LanguageVocabularyTest extends CliVocabularyContract {

  @Override
  protected Object newCli() {
    return new LanguageCli();
  }

  @Override
  protected String gaussianLowPassArm() {
    return "ef-gaussian-s0.5-k3-p1-low-pass";
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
