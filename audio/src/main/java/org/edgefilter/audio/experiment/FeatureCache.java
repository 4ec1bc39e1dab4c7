package org.edgefilter.audio.experiment;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.edgefilter.audio.data.UrbanSound8kDataset;
import org.edgefilter.audio.features.FeatureConfig;
import org.edgefilter.audio.features.Spectrogram;
import org.edgefilter.framework.io.AtomicFiles;

/**
 * Raw log-mel features (before dataset normalization, which each round fits on its own training
 * clips) of the clips an experiment uses, kept in one file per key under a folder, so that the
 * second arm and later seeds read them instead of recomputing them.
 *
 * <p>The key is a SHA-256 over: the cache format version, the whole {@link FeatureConfig}, the
 * SHA-256 of the dataset's metadata file (UrbanSound8K's CSV; none for FSDD), and for every used
 * clip in order its path relative to the dataset folder, its size and its modification time. A
 * change of any of these is a different file; the feature code itself is not part of the key, so
 * {@link #FORMAT_VERSION} must change when the features a configuration gives change.
 *
 * <p>File: {@code <dataset>-<first 16 hex digits of the key>.features}, big-endian: int magic
 * {@code EFFC}, int version, UTF key (all 64 hex digits), int clips, int frames, int mels, then per
 * clip a long (sample frames in the WAV) and {@code frames x mels} floats. Written through a
 * temporary file and a rename ({@link AtomicFiles}), so a reader sees a whole file or none; two
 * processes filling the same key write the same bytes. A file that cannot be read is reported and
 * recomputed.
 */
final class FeatureCache {

  /** Bumped whenever the same {@link FeatureConfig} would give other features. */
  static final int FORMAT_VERSION = 1;

  private static final int MAGIC = 0x45464643;

  private final Path folder;

  FeatureCache(Path folder) {
    this.folder = folder;
  }

  /** The cache key and what it covers. */
  record Key(String dataset, String hex) {
    /** The file name of this key. */
    String fileName() {
      return dataset + "-" + hex.substring(0, 16) + ".features";
    }
  }

  /**
   * The features and lengths of the clips of one key, in the order of the used positions.
   *
   * @param features each of shape {@code [frames, mels, 1]}
   * @param sourceSamples sample frames of each clip's WAV before resampling, cutting or padding
   */
  record Entries(List<Spectrogram> features, long[] sourceSamples) {}

  /** The key of the clips at {@code positions} of {@code corpus} under {@code config}. */
  Key key(AudioCorpus corpus, FeatureConfig config, int[] positions) {
    MessageDigest digest = sha256();
    update(digest, "edgefilter audio features v" + FORMAT_VERSION);
    update(digest, config.toString());
    Path metadata = corpus.directory().resolve(UrbanSound8kDataset.METADATA_CSV);
    if (corpus.dataset() == AudioDataset.URBANSOUND8K) {
      try {
        MessageDigest csv = sha256();
        try (InputStream in = Files.newInputStream(metadata)) {
          byte[] buffer = new byte[1 << 16];
          for (int n; (n = in.read(buffer)) > 0; ) {
            csv.update(buffer, 0, n);
          }
        }
        update(digest, HexFormat.of().formatHex(csv.digest()));
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + metadata + ": " + e.getMessage(), e);
      }
    }
    for (int p : positions) {
      Path file = corpus.clips().get(p).file();
      try {
        update(
            digest,
            corpus.directory().relativize(file)
                + "\t"
                + Files.size(file)
                + "\t"
                + Files.getLastModifiedTime(file).toMillis());
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
      }
    }
    return new Key(corpus.dataset().id(), HexFormat.of().formatHex(digest.digest()));
  }

  /** Where the features of {@code key} are kept. */
  Path file(Key key) {
    return folder.resolve(key.fileName());
  }

  /**
   * The entries of {@code key}, if its file exists and holds {@code clips} clips of that key. A
   * file that exists but cannot be read as such is reported on {@code out} and ignored.
   */
  Optional<Entries> read(Key key, int clips, PrintWriter out) {
    Path file = file(key);
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      String problem = null;
      if (in.readInt() != MAGIC) {
        problem = "not a feature cache file";
      } else if (in.readInt() != FORMAT_VERSION) {
        problem = "written by another format version";
      } else if (!in.readUTF().equals(key.hex())) {
        problem = "holds another key";
      }
      int count = problem == null ? in.readInt() : 0;
      if (problem == null && count != clips) {
        problem = "holds " + count + " clips, expected " + clips;
      }
      if (problem != null) {
        warn(out, file, problem);
        return Optional.empty();
      }
      int frames = in.readInt();
      int mels = in.readInt();
      byte[] bytes = new byte[Math.multiplyExact(frames * mels, Float.BYTES)];
      List<Spectrogram> features = new ArrayList<>(count);
      long[] lengths = new long[count];
      for (int i = 0; i < count; i++) {
        lengths[i] = in.readLong();
        in.readFully(bytes);
        float[] values = new float[frames * mels];
        ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN).asFloatBuffer().get(values);
        features.add(new Spectrogram(frames, mels, values));
      }
      if (in.read() != -1) {
        warn(out, file, "has bytes after its last clip");
        return Optional.empty();
      }
      return Optional.of(new Entries(features, lengths));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (EOFException e) {
      warn(out, file, "is truncated");
      return Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      warn(out, file, "could not be read (" + e.getMessage() + ")");
      return Optional.empty();
    }
  }

  /** Writes the entries of {@code key} atomically. */
  void write(Key key, Entries entries) {
    List<Spectrogram> features = entries.features();
    int frames = features.get(0).frames();
    int mels = features.get(0).mels();
    AtomicFiles.write(
        file(key),
        raw -> {
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
          out.writeInt(MAGIC);
          out.writeInt(FORMAT_VERSION);
          out.writeUTF(key.hex());
          out.writeInt(features.size());
          out.writeInt(frames);
          out.writeInt(mels);
          ByteBuffer buffer =
              ByteBuffer.allocate(frames * mels * Float.BYTES).order(ByteOrder.BIG_ENDIAN);
          for (int i = 0; i < features.size(); i++) {
            out.writeLong(entries.sourceSamples()[i]);
            buffer.clear();
            buffer.asFloatBuffer().put(features.get(i).values());
            out.write(buffer.array());
          }
          out.flush();
        });
  }

  private static void warn(PrintWriter out, Path file, String problem) {
    out.println(
        "warning: feature cache " + file + " " + problem + "; computing the features again");
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) '\n');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
