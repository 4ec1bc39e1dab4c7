package org.edgefilter.framework.analysis;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32C;
import org.tensorflow.proto.BundleEntryProto;
import org.tensorflow.proto.BundleHeaderProto;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.TensorShapeProto;

/**
 * The float variables of a TensorFlow V2 checkpoint ({@code prefix.index} plus {@code
 * prefix.data-NNNNN-of-MMMMM}), read without building a graph, so a run's weights can be analysed
 * whatever model and configuration wrote them.
 *
 * <p>Format (TensorFlow's tensor bundle): the index is a LevelDB-format table whose keys are
 * variable names, sorted; the entry with the empty key holds a {@code BundleHeaderProto}, every
 * other value a {@code BundleEntryProto} naming the data shard, byte offset, size, dtype, shape and
 * masked CRC-32C of the tensor's little-endian bytes. A table ends with a 48-byte footer (index
 * block handle, magic {@code 0xdb4775248b80fb57}); a block is its prefix-compressed entries
 * followed by a restart array, then a 5-byte trailer (compression type, CRC). Only uncompressed
 * blocks (what the bundle writer produces) and unsliced float tensors are read; anything else is an
 * error naming the file and the variable.
 */
public final class CheckpointTensors {

  /** One float tensor: its shape and row-major values. */
  public record Tensor(long[] shape, float[] values) {}

  private static final long MAGIC = 0xdb4775248b80fb57L;
  private static final int FOOTER = 48;
  private static final int TRAILER = 5;

  private CheckpointTensors() {}

  /**
   * Every float variable of the checkpoint at {@code prefix} (the path without {@code .index}), in
   * the index's (sorted) order. Variables of other dtypes are left out.
   *
   * @throws IllegalArgumentException if the files are missing, truncated or not in the format
   */
  public static Map<String, Tensor> readFloats(Path prefix) {
    Path index = Path.of(prefix + ".index");
    if (!Files.isRegularFile(index)) {
      throw new IllegalArgumentException("no checkpoint index at " + index);
    }
    Map<String, byte[]> entries = readTable(index);
    byte[] headerBytes = entries.get("");
    if (headerBytes == null) {
      throw new IllegalArgumentException(index + ": no bundle header (empty key) in the table");
    }
    BundleHeaderProto header;
    try {
      header = BundleHeaderProto.parseFrom(headerBytes);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException(index + ": bad bundle header: " + e.getMessage(), e);
    }
    if (header.getEndianness() != BundleHeaderProto.Endianness.LITTLE) {
      throw new IllegalArgumentException(index + ": only little-endian checkpoints are read");
    }
    int shards = Math.max(1, header.getNumShards());
    Map<String, Tensor> out = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      if (e.getKey().isEmpty()) {
        continue;
      }
      BundleEntryProto entry;
      try {
        entry = BundleEntryProto.parseFrom(e.getValue());
      } catch (InvalidProtocolBufferException ex) {
        throw new IllegalArgumentException(
            index + ": bad entry for '" + e.getKey() + "': " + ex.getMessage(), ex);
      }
      if (entry.getDtype() != DataType.DT_FLOAT) {
        continue;
      }
      if (entry.getSlicesCount() > 0) {
        throw new IllegalArgumentException(index + ": '" + e.getKey() + "' is sliced; not read");
      }
      Path data =
          Path.of(
              prefix
                  + String.format(Locale.ROOT, ".data-%05d-of-%05d", entry.getShardId(), shards));
      out.put(e.getKey(), readTensor(data, e.getKey(), entry));
    }
    return Collections.unmodifiableMap(out);
  }

  private static Tensor readTensor(Path data, String name, BundleEntryProto entry) {
    TensorShapeProto shapeProto = entry.getShape();
    long[] shape = new long[shapeProto.getDimCount()];
    long count = 1;
    for (int i = 0; i < shape.length; i++) {
      shape[i] = shapeProto.getDim(i).getSize();
      count *= shape[i];
    }
    if (count * Float.BYTES != entry.getSize() || count > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          data
              + ": '"
              + name
              + "' has "
              + entry.getSize()
              + " bytes, its shape needs "
              + count * Float.BYTES);
    }
    ByteBuffer bytes = ByteBuffer.allocate((int) entry.getSize());
    try (FileChannel channel = FileChannel.open(data, StandardOpenOption.READ)) {
      long position = entry.getOffset();
      while (bytes.hasRemaining()) {
        int n = channel.read(bytes, position);
        if (n < 0) {
          throw new IllegalArgumentException(data + ": truncated inside '" + name + "'");
        }
        position += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + data, e);
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes.array(), 0, bytes.capacity());
    if (mask((int) crc.getValue()) != entry.getCrc32C()) {
      throw new IllegalArgumentException(data + ": CRC-32C mismatch for '" + name + "'");
    }
    float[] values = new float[(int) count];
    bytes.flip();
    bytes.order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
    return new Tensor(shape, values);
  }

  /** LevelDB's CRC mask, which TensorFlow applies to stored checksums. */
  static int mask(int crc) {
    return ((crc >>> 15) | (crc << 17)) + 0xa282ead8;
  }

  /** Every key and value of a LevelDB-format table without compression. */
  static Map<String, byte[]> readTable(Path file) {
    byte[] all;
    try {
      all = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
    if (all.length < FOOTER) {
      throw new IllegalArgumentException(
          file + ": " + all.length + " bytes, too short for a table");
    }
    ByteBuffer footer =
        ByteBuffer.wrap(all, all.length - FOOTER, FOOTER).slice().order(ByteOrder.LITTLE_ENDIAN);
    if (footer.getLong(FOOTER - 8) != MAGIC) {
      throw new IllegalArgumentException(file + ": not a TensorFlow checkpoint index (bad magic)");
    }
    int[] pos = {0};
    readVarint(footer, pos); // metaindex offset
    readVarint(footer, pos); // metaindex size
    long indexOffset = readVarint(footer, pos);
    long indexSize = readVarint(footer, pos);
    Map<String, byte[]> indexBlock = readBlock(file, all, indexOffset, indexSize);
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (byte[] handle : indexBlock.values()) {
      ByteBuffer h = ByteBuffer.wrap(handle);
      int[] p = {0};
      long offset = readVarint(h, p);
      long size = readVarint(h, p);
      out.putAll(readBlock(file, all, offset, size));
    }
    return out;
  }

  private static Map<String, byte[]> readBlock(Path file, byte[] all, long offset, long size) {
    if (offset < 0 || size < 4 || offset + size + TRAILER > all.length) {
      throw new IllegalArgumentException(
          file + ": block at " + offset + " (+" + size + ") lies outside the file");
    }
    int type = all[(int) (offset + size)];
    if (type != 0) {
      throw new IllegalArgumentException(
          file
              + ": block at "
              + offset
              + " is compressed (type "
              + type
              + "); only uncompressed tables are read");
    }
    ByteBuffer block =
        ByteBuffer.wrap(all, (int) offset, (int) size).slice().order(ByteOrder.LITTLE_ENDIAN);
    int restarts = block.getInt((int) size - 4);
    int end = (int) size - 4 * (restarts + 1);
    if (restarts < 1 || end < 0) {
      throw new IllegalArgumentException(
          file + ": block at " + offset + " has a bad restart array");
    }
    Map<String, byte[]> out = new LinkedHashMap<>();
    byte[] key = new byte[0];
    int[] pos = {0};
    while (pos[0] < end) {
      int shared = (int) readVarint(block, pos);
      int unshared = (int) readVarint(block, pos);
      int valueLength = (int) readVarint(block, pos);
      if (shared > key.length || pos[0] + unshared + valueLength > end) {
        throw new IllegalArgumentException(file + ": corrupt entry in the block at " + offset);
      }
      byte[] next = new byte[shared + unshared];
      System.arraycopy(key, 0, next, 0, shared);
      block.get(pos[0], next, shared, unshared);
      pos[0] += unshared;
      byte[] value = new byte[valueLength];
      block.get(pos[0], value);
      pos[0] += valueLength;
      key = next;
      out.put(new String(key, StandardCharsets.UTF_8), value);
    }
    return out;
  }

  private static long readVarint(ByteBuffer b, int[] pos) {
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos[0] >= b.limit()) {
        throw new IllegalArgumentException("truncated varint");
      }
      int v = b.get(pos[0]++) & 0xff;
      result |= (long) (v & 0x7f) << shift;
      if ((v & 0x80) == 0) {
        return result;
      }
    }
    throw new IllegalArgumentException("varint longer than 64 bits");
  }
}
