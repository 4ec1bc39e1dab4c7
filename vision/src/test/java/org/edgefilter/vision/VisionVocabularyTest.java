package org.edgefilter.vision;

import org.edgefilter.framework.cli.CliVocabularyContract;

/** The shared vocabulary (issue 14) in the vision command line; the tests are the contract's. */
class VisionVocabularyTest extends CliVocabularyContract {

  VisionVocabularyTest() {
    super(VisionCli::new, "ef-gaussian-s0.5-k11-p1-low-pass", "filter.k=7", "filter.kernelSize=7");
  }
}
