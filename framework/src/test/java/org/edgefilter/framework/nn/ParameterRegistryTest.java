package org.edgefilter.framework.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

class ParameterRegistryTest {

  /** conv -> bn -> relu -> pool -> dense, in scopes block1/conv2, block1/bn2, head. */
  static void buildSmallCnn(Model model, Placeholder<TFloat32> x, Mode mode) {
    ParameterScope block = model.params().child("block1");
    Conv2d conv =
        Conv2d.builder().setFilters(4).setKernelSize(3).optBias(false).build(block.child("conv2"));
    BatchNorm bn = BatchNorm.of(block.child("bn2"));
    Dense head = Dense.of(model.params().child("head"), 2);
    var tf = model.tf().withSubScope(mode.name().toLowerCase());
    head.apply(
        tf,
        Pooling.globalAverage(
            tf, Activations.relu(tf, bn.apply(tf, conv.apply(tf, x, mode), mode))),
        mode);
  }

  @Test
  void variablesHaveHierarchicalNamesRolesAndTags() {
    try (Model model = new Model(1)) {
      buildSmallCnn(model, Graphs.input(model, -1, 6, 6, 1), Mode.TRAIN);
      ParameterRegistry r = model.registry();
      assertEquals(
          List.of(
              "block1/conv2/kernel",
              "block1/bn2/gamma",
              "block1/bn2/beta",
              "block1/bn2/moving_mean",
              "block1/bn2/moving_variance",
              "head/kernel",
              "head/bias"),
          r.all().stream().map(Parameter::name).toList());
      Parameter kernel = r.get("block1/conv2/kernel");
      assertEquals(
          "block1/conv2/kernel", kernel.variable().op().name(), "the graph op has the same name");
      assertEquals(Role.WEIGHT, kernel.role());
      assertArrayEquals(new long[] {3, 3, 1, 4}, kernel.shape());
      assertEquals(List.of(r.get("head/bias")), r.withRole(Role.BIAS));
      assertEquals(4, r.under("block1/bn2").size());
      assertEquals(
          List.of(
                  "block1/bn2/gamma",
                  "block1/bn2/beta",
                  "head/kernel",
                  "head/bias",
                  "block1/conv2/kernel")
              .stream()
              .sorted()
              .toList(),
          r.trainable().stream().map(Parameter::name).sorted().toList());
      assertTrue(r.get("block1/bn2/gamma").hasTag(Tags.NORM_AFFINE));
      assertFalse(r.get("head/kernel").hasTag(Tags.NORM_AFFINE));
      assertEquals(4 * 9 + 4 + 4 + 4 * 2 + 2, r.trainableValueCount());
    }
  }

  @Test
  void towersShareParametersAndNamesAreUnique() {
    try (Model model = new Model(1)) {
      Placeholder<TFloat32> x = Graphs.input(model, -1, 6, 6, 1);
      ParameterScope scope = model.params().child("c");
      Conv2d conv = Conv2d.builder().setFilters(2).setKernelSize(1).build(scope);
      conv.apply(model.tf(), x, Mode.TRAIN);
      conv.apply(model.tf(), x, Mode.EVAL);
      conv.apply(model.tf(), x, Mode.ADAPT);
      assertEquals(2, model.registry().size());
      IllegalArgumentException dup =
          assertThrows(
              IllegalArgumentException.class,
              () -> scope.create(ParameterSpec.of("kernel", Role.WEIGHT, Initializers.zeros(), 1)));
      assertTrue(dup.getMessage().contains("c/kernel"));
      assertThrows(IllegalArgumentException.class, () -> scope.child("a/b"));
      assertThrows(IllegalArgumentException.class, () -> model.registry().get("nope"));
    }
  }

  @Test
  void sameSeedGivesIdenticalInitialValuesDifferentSeedDoesNot() {
    float[] a = initialKernel(7);
    float[] b = initialKernel(7);
    float[] c = initialKernel(8);
    assertArrayEquals(a, b);
    assertFalse(java.util.Arrays.equals(a, c));
  }

  private static float[] initialKernel(long seed) {
    try (Model model = new Model(seed)) {
      buildSmallCnn(model, Graphs.input(model, -1, 6, 6, 1), Mode.EVAL);
      model.initialize();
      assertArrayEquals(
          new float[] {1, 1, 1, 1}, model.read(model.registry().get("block1/bn2/gamma")));
      assertArrayEquals(
          new float[] {1, 1, 1, 1}, model.read(model.registry().get("block1/bn2/moving_variance")));
      assertArrayEquals(new float[2], model.read(model.registry().get("head/bias")));
      return model.read(model.registry().get("block1/conv2/kernel"));
    }
  }

  @Test
  void initialValuesDependOnNameNotCreationOrder() {
    float[] first;
    try (Model model = new Model(3)) {
      Parameter p =
          model
              .params()
              .child("x")
              .create(ParameterSpec.of("w", Role.WEIGHT, Initializers.normal(1), 5));
      model
          .params()
          .child("y")
          .create(ParameterSpec.of("w", Role.WEIGHT, Initializers.normal(1), 5));
      model.initialize();
      first = model.read(p);
    }
    try (Model model = new Model(3)) {
      model
          .params()
          .child("y")
          .create(ParameterSpec.of("w", Role.WEIGHT, Initializers.normal(1), 5));
      Parameter p =
          model
              .params()
              .child("x")
              .create(ParameterSpec.of("w", Role.WEIGHT, Initializers.normal(1), 5));
      model.initialize();
      assertArrayEquals(first, model.read(p));
    }
  }
}
