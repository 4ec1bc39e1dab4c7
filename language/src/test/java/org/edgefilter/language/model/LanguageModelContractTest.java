package org.edgefilter.language.model;

import java.util.Collection;
import java.util.List;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.nn.ContractSubject;
import org.edgefilter.framework.nn.ModelContract;
import org.edgefilter.framework.train.Adam;

/**
 * The framework's model contract over the encoder classifier: two pre-norm layers of width 16 with
 * the filter after layer 1, its AdamW training step built (so the checkpoint holds optimizer
 * state), on four padded sequences of real lengths 5, 12, 3 and 9.
 */
class LanguageModelContractTest extends ModelContract {

  private static final int VOCABULARY = 40;
  private static final TokenBatch BATCH = TextClassifierTest.batch(new int[] {5, 12, 3, 9}, 12, 5);

  @Override
  protected List<Architecture> architectures() {
    TokenFilterConfig filter = TokenFilterConfig.highPassMean(1, 3);
    return List.of(
        new Architecture(
            "encoder",
            "language encoder 2x16 pre-norm, " + filter.armName(),
            (filtered, seed) -> {
              TextClassifier c =
                  new TextClassifier(
                      TextClassifierTest.tiny(NormPlacement.PRE),
                      filtered ? filter : filter.withMode(FilterMode.IDENTITY),
                      VOCABULARY,
                      2,
                      seed,
                      0);
              try {
                c.buildTrainStep(Adam.adamW(0.01, TextClassifier.decayedParameters()), 1.0);
              } catch (RuntimeException e) {
                c.close();
                throw e;
              }
              return ContractSubject.of(
                  c.model(),
                  c.evalLogits(),
                  new long[] {BATCH.size(), 2},
                  c.trainLoss(),
                  () -> c.feeds(BATCH),
                  c::close);
            }));
  }

  /** The language module has one architecture, the BERT-style encoder classifier. */
  @Override
  protected Collection<String> registeredNames() {
    return List.of("encoder");
  }
}
