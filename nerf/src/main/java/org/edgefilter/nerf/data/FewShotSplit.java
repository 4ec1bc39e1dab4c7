package org.edgefilter.nerf.data;

import java.util.List;

/**
 * Which views a few-shot run trains and evaluates on, as positions in the frames lists of {@code
 * transforms_train.json} and {@code transforms_test.json}.
 *
 * <p>The default, {@link #DIETNERF_8}, is the 8-view Blender split of DietNeRF (Jain et al. 2021)
 * that FreeNeRF (Yang et al. 2023) reuses: train ids [26, 86, 2, 55, 75, 93, 16, 73]. Neither
 * repository lists the ids; they come from {@code np.random.seed(0)} followed by {@code
 * np.random.choice(i_train, size=8, replace=False)} over the 100 train frames ({@code
 * --max_train_views 8}, default {@code --seed 0}) in {@code run_nerf.py} of ajayjain/DietNeRF,
 * copied as {@code DietNeRF-pytorch/dietnerf/run_nerf.py} into Jiawei-Yang/FreeNeRF, whose 8-view
 * configs (e.g. {@code configs/freenerf_8v/*.txt}) set {@code max_train_views = 8}. Evaluating that
 * call with NumPy gives exactly these ids. Both evaluate on every 8th test frame ({@code testskip =
 * 8}: r_0, r_8, ..., r_192), which is what the shared {@code nerf_lego_400/transforms_test.json}
 * holds, so the default evaluates on all test frames present.
 *
 * @param trainIds train frame positions, in training order; must not be empty
 * @param testIds test frame positions; empty means every test frame in the file
 */
public record FewShotSplit(List<Integer> trainIds, List<Integer> testIds) {

  /** DietNeRF / FreeNeRF 8-view Blender split, evaluated on all test frames present. */
  public static final FewShotSplit DIETNERF_8 =
      new FewShotSplit(List.of(26, 86, 2, 55, 75, 93, 16, 73), List.of());

  public FewShotSplit {
    trainIds = List.copyOf(trainIds);
    testIds = List.copyOf(testIds);
    if (trainIds.isEmpty()) {
      throw new IllegalArgumentException("a few-shot split needs at least one training view");
    }
  }

  /** The given train ids, evaluated on all test frames present. */
  public static FewShotSplit ofTrainIds(List<Integer> trainIds) {
    return new FewShotSplit(trainIds, List.of());
  }
}
