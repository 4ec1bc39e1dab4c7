package org.edgefilter.framework.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FilterConfigTest {

  @Test
  void armNamesFollowTheOneRule() {
    assertEquals("baseline", FilterConfig.highPassMean(11, 1).baseline().armName());
    assertEquals("ef-mean-k11-p1", FilterConfig.highPassMean(11, 1).armName());
    assertEquals(
        "ef-gaussian-s1-k3-p1-zero",
        new FilterConfig(FilterMode.HIGH_PASS, LowPass.Kind.GAUSSIAN, 1.0, 3, Padding.ZERO, 1)
            .armName());
    assertEquals(
        "ef-mean-k11-p1-low-pass",
        FilterConfig.highPassMean(11, 1).withMode(FilterMode.LOW_PASS).armName());
    // The scale is named only where the kind reads it.
    assertEquals(
        "ef-median-k5-p0-replicate",
        new FilterConfig(FilterMode.HIGH_PASS, LowPass.Kind.MEDIAN, 7.5, 5, Padding.REPLICATE, 0)
            .armName());
    assertEquals(
        "ef-discrete-gaussian-s0.25-k7-p2",
        new FilterConfig(
                FilterMode.HIGH_PASS, LowPass.Kind.DISCRETE_GAUSSIAN, 0.25, 7, Padding.REFLECT, 2)
            .armName());
  }

  @Test
  void specCarriesEveryField() {
    FilterConfig c =
        new FilterConfig(FilterMode.LOW_PASS, LowPass.Kind.GAUSSIAN, 2.0, 5, Padding.REPLICATE, 3);
    EdgeFilterSpec spec = c.spec(1);
    assertEquals(1, spec.dims());
    assertEquals(5, spec.kernelSize());
    assertEquals(LowPass.gaussian(2.0), spec.lowPass());
    assertEquals(Padding.REPLICATE, spec.padding());
    assertEquals(FilterMode.LOW_PASS, spec.mode());
  }

  @Test
  void badValuesAndPositionsAreNamed() {
    IllegalArgumentException even =
        assertThrows(IllegalArgumentException.class, () -> FilterConfig.highPassMean(4, 1));
    assertTrue(even.getMessage().contains("filter.kernelSize"), even.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new FilterConfig(
                FilterMode.HIGH_PASS, LowPass.Kind.GAUSSIAN, 0, 3, Padding.REFLECT, 1));
    FilterPositions wrn = new FilterPositions("WRN-16-4", 0, 3, "0 after the stem");
    IllegalArgumentException slot =
        assertThrows(
            IllegalArgumentException.class, () -> wrn.check(FilterConfig.highPassMean(3, 4)));
    assertEquals(
        "filter.position 4 does not exist in WRN-16-4: valid 0..3 (0 after the stem)",
        slot.getMessage());
  }
}
