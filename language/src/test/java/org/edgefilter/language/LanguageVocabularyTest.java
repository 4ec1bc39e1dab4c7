package org.edgefilter.language;

import org.edgefilter.framework.cli.CliVocabularyContract;

/** The shared vocabulary (issue 14) in the language command line; the tests are the contract's. */
class LanguageVocabularyTest extends CliVocabularyContract {

  LanguageVocabularyTest() {
    super(
        LanguageCli::new,
        "ef-gaussian-s0.5-k3-p1-low-pass",
        "filter.afterLayer=1",
        "filter.position=1");
  }
}
