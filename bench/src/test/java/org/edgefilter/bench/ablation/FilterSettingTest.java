package org.edgefilter.bench.ablation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.filter.LowPass;
import org.edgefilter.framework.filter.Padding;
import org.junit.jupiter.api.Test;

/** The ablation's arm names are the run folders the modalities write (the framework's rule). */
class FilterSettingTest {

  @Test
  void armNamesAgreeWithTheFrameworkRuleOnEveryFilterItCanBuild() {
    int checked = 0;
    for (LowPass.Kind kind : LowPass.Kind.values()) {
      for (Padding padding : Padding.values()) {
        for (FilterMode mode : new FilterMode[] {FilterMode.HIGH_PASS, FilterMode.LOW_PASS}) {
          for (double scale : new double[] {1, 0.5, 2}) {
            for (int k : new int[] {3, 11}) {
              for (int position : new int[] {0, 2}) {
                FilterConfig c = new FilterConfig(mode, kind, scale, k, padding, position);
                Map<String, String> s =
                    Map.of(
                        FilterSetting.KIND,
                            FilterSetting.canonical(
                                FilterSetting.KIND, FilterConfig.valueName(kind)),
                        FilterSetting.PADDING, FilterConfig.valueName(padding),
                        FilterSetting.MODE, FilterConfig.valueName(mode),
                        FilterSetting.SCALE, FilterSetting.canonical(FilterSetting.SCALE, scale),
                        FilterSetting.KERNEL_SIZE, Integer.toString(k),
                        FilterSetting.POSITION, Integer.toString(position));
                assertEquals(c.armName(), FilterSetting.armName(s), c.toString());
                checked++;
              }
            }
          }
        }
      }
    }
    assertEquals(4 * 3 * 2 * 3 * 2 * 2, checked);
  }

  @Test
  void theNoGradientLowPassIsNamedLikeTheOtherModesAndBadValuesAreRejected() {
    assertEquals(
        "ef-mean-k11-p1-low-pass-no-grad",
        FilterSetting.armName(
            Map.of(
                FilterSetting.KIND,
                "mean",
                FilterSetting.KERNEL_SIZE,
                "11",
                FilterSetting.POSITION,
                "1",
                FilterSetting.MODE,
                "low-pass-no-grad")));
    assertEquals(
        "ef-gaussian-s1-k3-p1",
        FilterSetting.armName(
            Map.of(
                FilterSetting.KIND,
                "gaussian",
                FilterSetting.KERNEL_SIZE,
                "3",
                FilterSetting.POSITION,
                "1")));
    assertThrows(
        IllegalArgumentException.class, () -> FilterSetting.canonical(FilterSetting.KIND, "box"));
    assertThrows(
        IllegalArgumentException.class, () -> FilterSetting.canonical(FilterSetting.SCALE, "-1"));
  }
}
