package org.edgefilter.nerf;

import org.edgefilter.framework.cli.CliVocabularyContract;

/** The shared vocabulary (issue 14) in the nerf command line; the tests are the contract's. */
class NerfVocabularyTest extends CliVocabularyContract {

  NerfVocabularyTest() {
    super(
        NerfCli::new,
        "ef-gaussian-s0.5-k3-p4-low-pass",
        "filter.afterLayer=1",
        "filter.position=1");
  }
}
