package org.edgefilter.framework.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.edgefilter.framework.io.TfRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.proto.Event;
import org.tensorflow.proto.Summary;

class ScalarSummaryWriterTest {

  @TempDir Path root;

  @Test
  void writesAFramedEventFileWithTheScalars() throws Exception {
    RunDirectory run = RunDirectory.open(root, "vision", "smoke", "baseline", 1);
    try (ScalarSummaryWriter writer = run.openSummaryWriter()) {
      writer.scalar("train/loss", 1, 2.5);
      writer.scalar("train/loss", 2, 1.25);
      writer.scalar("eval/acc", 2, 0.75);
      writer.flush();
    }
    Path events;
    try (Stream<Path> files = Files.list(run.path())) {
      List<Path> found =
          files.filter(p -> p.getFileName().toString().contains("tfevents")).toList();
      assertEquals(1, found.size(), "one events file in " + run.path() + ": " + found);
      events = found.get(0);
    }
    byte[] bytes = Files.readAllBytes(events);
    assertTrue(
        indexOf(bytes, "train/loss".getBytes(StandardCharsets.UTF_8)) >= 0,
        "the tag's bytes are in the file");

    // TFRecord framing of the first record, checked by hand: uint64 length, masked CRC32C of
    // the 8 length bytes, the data, masked CRC32C of the data (all little-endian).
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    long length = buffer.getLong(0);
    assertTrue(length > 0 && 12 + length + 4 <= bytes.length, "plausible length " + length);
    assertEquals(masked(bytes, 0, 8), buffer.getInt(8), "length CRC");
    assertEquals(masked(bytes, 12, (int) length), buffer.getInt(12 + (int) length), "data CRC");

    // Every record parses as an Event; the first is the file version, the rest our scalars.
    List<byte[]> records = TfRecords.readAll(events);
    assertEquals(Event.parseFrom(records.get(0)).getFileVersion(), "brain.Event:2");
    List<String> seen = new ArrayList<>();
    for (byte[] record : records.subList(1, records.size())) {
      Event event = Event.parseFrom(record);
      for (Summary.Value value : event.getSummary().getValueList()) {
        seen.add(value.getTag() + "@" + event.getStep() + "=" + value.getSimpleValue());
      }
    }
    assertEquals(List.of("train/loss@1=2.5", "train/loss@2=1.25", "eval/acc@2=0.75"), seen);
  }

  @Test
  void twoWritersOnOneFolderKeepSeparateFiles() throws Exception {
    try (ScalarSummaryWriter a = ScalarSummaryWriter.open(root);
        ScalarSummaryWriter b = ScalarSummaryWriter.open(root)) {
      a.scalar("a", 0, 1);
      b.scalar("b", 0, 2);
    }
    try (Stream<Path> files = Files.list(root)) {
      assertEquals(2, files.filter(p -> p.toString().contains("tfevents")).count());
    }
  }

  /** TF's mask of a CRC32C, written out independently of the production code. */
  private static int masked(byte[] bytes, int offset, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, offset, length);
    long c = crc.getValue();
    long rotated = ((c >>> 15) | (c << 17)) & 0xffffffffL;
    return (int) ((rotated + 0xa282ead8L) & 0xffffffffL);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
