package org.edgefilter.framework.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.edgefilter.framework.nn.Initializers;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.nn.Parameter;
import org.edgefilter.framework.nn.ParameterSpec;
import org.edgefilter.framework.nn.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTensorsTest {

  @TempDir Path dir;

  @Test
  void readsWhatTensorFlowSaved() {
    float[] kernel = new float[3 * 3 * 2 * 4];
    for (int i = 0; i < kernel.length; i++) {
      kernel[i] = (float) Math.sin(i) * 0.3f;
    }
    float[] bias = {1.5f, -2f, 0f, 7.25f};
    Path prefix = dir.resolve("ckpt").resolve("variables");
    try (Model model = new Model(1)) {
      var scope = model.params().child("net").child("conv");
      Parameter k =
          scope.create(ParameterSpec.of("kernel", Role.WEIGHT, Initializers.zeros(), 3, 3, 2, 4));
      Parameter b = scope.create(ParameterSpec.of("bias", Role.BIAS, Initializers.zeros(), 4));
      // Many variables, so the index spans more than one data block.
      for (int i = 0; i < 300; i++) {
        model
            .params()
            .child("pad")
            .create(ParameterSpec.of("v" + i, Role.WEIGHT, Initializers.constant(i), 2));
      }
      model.initialize();
      model.write(k, kernel);
      model.write(b, bias);
      model.saveVariables(prefix);
    }
    Map<String, CheckpointTensors.Tensor> read = CheckpointTensors.readFloats(prefix);
    assertEquals(302, read.size());
    assertArrayEquals(new long[] {3, 3, 2, 4}, read.get("net/conv/kernel").shape());
    assertArrayEquals(kernel, read.get("net/conv/kernel").values());
    assertArrayEquals(bias, read.get("net/conv/bias").values());
    assertArrayEquals(new float[] {123, 123}, read.get("pad/v123").values());
  }

  @Test
  void missingOrForeignFilesAreClearErrors() throws Exception {
    assertThrows(
        IllegalArgumentException.class, () -> CheckpointTensors.readFloats(dir.resolve("none")));
    Files.write(dir.resolve("bad.index"), new byte[100]);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> CheckpointTensors.readFloats(dir.resolve("bad")));
    assertEquals(true, e.getMessage().contains("bad magic"), e.getMessage());
  }
}
