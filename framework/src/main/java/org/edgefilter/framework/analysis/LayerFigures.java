package org.edgefilter.framework.analysis;

/**
 * The per-layer figures of one run, written to its {@code result.json} as {@code
 * kernels/<layer>/<figure>}.
 *
 * @param degenerateShare fraction of sparse kernels ({@link KernelSet#degenerateShare})
 * @param sparsity fraction of near-zero weights ({@link KernelSet#weightSparsity})
 * @param varianceEntropy normalized variance entropy ({@link KernelSet#varianceEntropy})
 * @param klBaseline {@link CoefficientDivergence} of this run's kernels from the baseline arm's
 *     other seeds; NaN without a reference
 * @param fitResidual median relative residual of the best discrete Gaussian derivative model
 * @param edgeShare fraction of kernels whose best model is first order ({@code Tx}, {@code Ty})
 * @param pc1Share share of the run's kernel variance along the baseline's first component
 * @param spectrum the run's spectrum in the baseline basis (9 shares)
 * @param modelCounts kernels per best model, in {@link DerivativeModel#all()} order
 */
public record LayerFigures(
    double degenerateShare,
    double sparsity,
    double varianceEntropy,
    double klBaseline,
    double fitResidual,
    double edgeShare,
    double pc1Share,
    double[] spectrum,
    int[] modelCounts) {

  /** The figures that go into {@code result.json}: name, value and higher-is-better. */
  public record Figure(String name, double value, boolean higherIsBetter) {}

  /**
   * Name, value and direction of each scalar figure. Directions: fewer degenerate kernels and
   * near-zero weights are better (the CNN Filter DB links them to poorer robustness and
   * fine-tuning); a higher variance entropy (more diverse kernels) is better; a larger edge share
   * and a smaller model residual read as the hypothesis ("more edge-like, closer to
   * Gaussian derivative models"); the divergence and first-component share have no better direction
   * and are marked lower-is-better only because bench needs one.
   */
  public java.util.List<Figure> figures() {
    return java.util.List.of(
        new Figure("degenerate_share", degenerateShare, false),
        new Figure("sparsity", sparsity, false),
        new Figure("variance_entropy", varianceEntropy, true),
        new Figure("kl_baseline", klBaseline, false),
        new Figure("fit_residual", fitResidual, false),
        new Figure("edge_share", edgeShare, true),
        new Figure("pc1_share", pc1Share, false));
  }
}
