package org.edgefilter.vision.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.edgefilter.framework.io.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CifarBinaryReaderTest {

  @TempDir Path tmp;

  /** One record: label bytes, then the R plane, G plane, B plane with value f(channel, pixel). */
  private static byte[] record(int[] labels) {
    byte[] r = new byte[labels.length + 3072];
    for (int i = 0; i < labels.length; i++) {
      r[i] = (byte) labels[i];
    }
    for (int c = 0; c < 3; c++) {
      for (int p = 0; p < 1024; p++) {
        r[labels.length + c * 1024 + p] = (byte) (p * 3 + c * 101);
      }
    }
    return r;
  }

  @Test
  void transposesPlanesToHwc() throws Exception {
    Path f = tmp.resolve("one.bin");
    Files.write(f, record(new int[] {9}));
    ImageSet s = CifarBinaryReader.readCifar10(f);
    assertEquals(1, s.size());
    assertEquals(9, s.label(0));
    byte[] px = s.bytes();
    // pixel (row 2, col 5) = plane index 2 * 32 + 5 = 69; channel c holds 69 * 3 + 101 c
    for (int c = 0; c < 3; c++) {
      assertEquals((byte) (69 * 3 + c * 101), px[69 * 3 + c]);
    }
  }

  @Test
  void readsCifar100CoarseAndFineLabels() throws Exception {
    Path f = tmp.resolve("c100.bin");
    byte[] a = record(new int[] {19, 99});
    byte[] b = record(new int[] {3, 42});
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    Files.write(f, both);
    List<String> coarse = IntStream.range(0, 20).mapToObj(i -> "c" + i).toList();
    List<String> fine = IntStream.range(0, 100).mapToObj(i -> "f" + i).toList();
    Cifar100Set s = CifarBinaryReader.readCifar100(f, coarse, fine);
    assertArrayEquals(new int[] {99, 42}, s.fine().labels());
    assertArrayEquals(new int[] {19, 3}, s.coarseLabels());
    assertEquals("c3", s.coarse().classNames().get(s.coarse().label(1)));
    // a CIFAR-100 file read as CIFAR-10 has the wrong length
    assertThrows(DataFormatException.class, () -> CifarBinaryReader.readCifar10(f));
  }

  @Test
  void truncatedFileErrorNamesFileAndRecordSize() throws Exception {
    Path f = tmp.resolve("short.bin");
    byte[] two = new byte[2 * 3073 - 5];
    Files.write(f, two);
    DataFormatException e =
        assertThrows(DataFormatException.class, () -> CifarBinaryReader.readCifar10(f));
    assertTrue(e.getMessage().contains("short.bin"), e.getMessage());
    assertTrue(e.getMessage().contains("3073"), e.getMessage());
    assertTrue(e.getMessage().contains("1 whole records"), e.getMessage());
  }

  @Test
  void mislabeledRecordErrorNamesLabelAndRecord() throws Exception {
    byte[] data = new byte[400 * 3073];
    data[345 * 3073] = 12;
    Path f = tmp.resolve("bad.bin");
    Files.write(f, data);
    DataFormatException e =
        assertThrows(DataFormatException.class, () -> CifarBinaryReader.readCifar10(f));
    assertTrue(e.getMessage().contains("label byte 12 at record 345"), e.getMessage());
    assertTrue(e.getMessage().contains("bad.bin"), e.getMessage());
  }

  @Test
  void realTestSubsetMatchesTheOfficialRelease() {
    Path data = TestData.dir();
    ImageSet test = Cifar10Files.subsetTest(data);
    assertEquals(1000, test.size());
    assertEquals(
        List.of(
            "airplane",
            "automobile",
            "bird",
            "cat",
            "deer",
            "dog",
            "frog",
            "horse",
            "ship",
            "truck"),
        test.classNames());
    // The first record of the official test_batch is a cat (label 3); torchvision's
    // CIFAR10(train=False).targets[:10] is [3, 8, 8, 0, 6, 6, 1, 6, 3, 1].
    assertEquals("cat", test.classNames().get(test.label(0)));
    assertArrayEquals(new int[] {3, 8, 8, 0, 6, 6, 1, 6, 3, 1}, Arrays.copyOf(test.labels(), 10));
    int[] all = Cifar10Files.subsetTestLabelsAll(data);
    assertEquals(10000, all.length);
    assertArrayEquals(Arrays.copyOf(all, 1000), test.labels());
    // every class has 1000 images in the full test batch
    int[] counts = new int[10];
    for (int l : all) {
      counts[l]++;
    }
    assertArrayEquals(
        new int[] {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000}, counts);
    ImageSet train = Cifar10Files.subsetTrain(data);
    assertEquals(5000, train.size());
    assertArrayEquals(
        Arrays.copyOf(Cifar10Files.subsetTrainLabelsAll(data, 3), 1000),
        train.slice(2000, 3000).labels());
  }
}
