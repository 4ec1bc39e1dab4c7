package org.edgefilter.vision.corrupt;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.edgefilter.vision.data.DataLocation;
import org.edgefilter.vision.data.ImageSet;

/**
 * Applies the 19 corruptions at severities 1..5 to {@code S x S x 3} uint8 images (S = 32 or 64,
 * {@link Resolution}), deterministically for a seed.
 *
 * <p>Every (seed, corruption, severity, image index) has its own random stream ({@link
 * SplittableRandom} seeded by a SplitMix64 hash of the four), so an image's corruption does not
 * depend on which other images are generated, in which order, or on how many threads. The scripts
 * instead use one unseeded NumPy stream, so the release cannot be reproduced bit for bit; the
 * distributions are the same.
 *
 * <p>The frost overlays are loaded on first use from {@link Builder#optFrostAssets}, else from
 * {@code <data dir>/cifar_c_assets} (data dir: {@link DataLocation#resolve}); they are missing is
 * an error only when frost is generated. Instances are thread-safe.
 */
public final class CorruptionGenerator {

  private final Resolution resolution;
  private final long seed;
  private final boolean parallel;
  private final Map<Corruption, CorruptionFunction> functions;

  private CorruptionGenerator(Builder b) {
    this.resolution = b.resolution;
    this.seed = b.seed;
    this.parallel = b.parallel;
    Path assets =
        b.frostAssets != null
            ? b.frostAssets
            : DataLocation.resolve(Optional.empty()).resolve(FrostOverlays.DATA_SUBDIR);
    Supplier<FrostOverlays> overlays = memoize(() -> FrostOverlays.load(assets, resolution));
    Resolution r = resolution;
    functions = new EnumMap<>(Corruption.class);
    functions.put(Corruption.GAUSSIAN_NOISE, new NoiseCorruptions.GaussianNoise(r));
    functions.put(Corruption.SHOT_NOISE, new NoiseCorruptions.ShotNoise(r));
    functions.put(Corruption.IMPULSE_NOISE, new NoiseCorruptions.ImpulseNoise(r));
    functions.put(Corruption.DEFOCUS_BLUR, new BlurCorruptions.DefocusBlur(r));
    functions.put(Corruption.GLASS_BLUR, new BlurCorruptions.GlassBlur(r));
    functions.put(Corruption.MOTION_BLUR, new BlurCorruptions.MotionBlurCorruption(r));
    functions.put(Corruption.ZOOM_BLUR, new BlurCorruptions.ZoomBlur(r));
    functions.put(Corruption.SNOW, new WeatherCorruptions.Snow(r));
    functions.put(Corruption.FROST, new WeatherCorruptions.Frost(r, overlays));
    functions.put(Corruption.FOG, new WeatherCorruptions.Fog(r));
    functions.put(Corruption.BRIGHTNESS, new DigitalCorruptions.Brightness(r));
    functions.put(Corruption.CONTRAST, new DigitalCorruptions.Contrast(r));
    functions.put(Corruption.ELASTIC_TRANSFORM, new DigitalCorruptions.ElasticTransform(r));
    functions.put(Corruption.PIXELATE, new DigitalCorruptions.Pixelate(r));
    functions.put(Corruption.JPEG_COMPRESSION, new DigitalCorruptions.JpegCompression(r));
    functions.put(Corruption.SPECKLE_NOISE, new NoiseCorruptions.SpeckleNoise(r));
    functions.put(Corruption.GAUSSIAN_BLUR, new BlurCorruptions.GaussianBlur(r));
    functions.put(Corruption.SPATTER, new WeatherCorruptions.Spatter(r));
    functions.put(Corruption.SATURATE, new DigitalCorruptions.Saturate(r));
  }

  /** A builder for images of {@code resolution}. */
  public static Builder builder(Resolution resolution) {
    return new Builder(resolution);
  }

  /** Configures a {@link CorruptionGenerator}. */
  public static final class Builder {
    private final Resolution resolution;
    private long seed;
    private Path frostAssets;
    private boolean parallel = true;

    private Builder(Resolution resolution) {
      this.resolution = Objects.requireNonNull(resolution, "resolution");
    }

    /** The seed of every random stream (default 0). */
    public Builder optSeed(long seed) {
      this.seed = seed;
      return this;
    }

    /** The folder holding frost1.png .. frost5.jpg (default {@code <data>/cifar_c_assets}). */
    public Builder optFrostAssets(Path dir) {
      this.frostAssets = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** Whether {@link #corrupt(ImageSet, Corruption, int)} uses a parallel stream (default on). */
    public Builder optParallel(boolean parallel) {
      this.parallel = parallel;
      return this;
    }

    /** The generator. */
    public CorruptionGenerator build() {
      return new CorruptionGenerator(this);
    }
  }

  /** The image size the parameters are for. */
  public Resolution resolution() {
    return resolution;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /**
   * Corrupts one image. {@code image} is HWC {@code [S, S, 3]} uint8 (not modified); the result is
   * a new array of the same shape. {@code imageIndex} selects the random stream (use the image's
   * position in its data set).
   */
  public byte[] corrupt(byte[] image, Corruption corruption, int severity, long imageIndex) {
    Corruption.checkSeverity(severity);
    int side = resolution.side();
    if (image.length != side * side * 3) {
      throw new IllegalArgumentException(
          "expected a "
              + side
              + "x"
              + side
              + "x3 image ("
              + side * side * 3
              + " bytes), got "
              + image.length
              + " bytes");
    }
    byte[] out =
        functions
            .get(corruption)
            .apply(image, side, severity, stream(corruption, severity, imageIndex));
    if (out.length != image.length) {
      throw new IllegalStateException(corruption.id() + " changed the image size");
    }
    return out;
  }

  /**
   * Corrupts every image of {@code clean} (uint8, {@code [N, S, S, 3]}); image i uses stream i. The
   * result has the same shape, labels and classes.
   */
  public ImageSet corrupt(ImageSet clean, Corruption corruption, int severity) {
    Corruption.checkSeverity(severity);
    int side = resolution.side();
    if (clean.pixelType() != ImageSet.PixelType.UINT8
        || clean.height() != side
        || clean.width() != side
        || clean.channels() != 3) {
      throw new IllegalArgumentException(
          "expected uint8 images of "
              + side
              + "x"
              + side
              + "x3 for "
              + resolution
              + ", got "
              + clean);
    }
    int n = clean.imageLength();
    byte[] src = clean.bytes();
    byte[] out = new byte[src.length];
    IntStream indices = IntStream.range(0, clean.size());
    (parallel ? indices.parallel() : indices)
        .forEach(
            i -> {
              byte[] img = java.util.Arrays.copyOfRange(src, i * n, (i + 1) * n);
              System.arraycopy(corrupt(img, corruption, severity, i), 0, out, i * n, n);
            });
    return ImageSet.ofBytes(out, clean.size(), side, side, 3, clean.labels(), clean.classNames());
  }

  /** The random stream of (this seed, corruption, severity, image index). */
  SplittableRandom stream(Corruption corruption, int severity, long imageIndex) {
    long h = mix(seed ^ 0x9E3779B97F4A7C15L);
    h = mix(h ^ corruption.id().hashCode());
    h = mix(h + severity);
    h = mix(h ^ imageIndex);
    return new SplittableRandom(h);
  }

  /** The SplitMix64 finalizer (Steele, Lea and Flood, OOPSLA 2014). */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static <T> Supplier<T> memoize(Supplier<T> supplier) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            v = value;
            if (v == null) {
              v = supplier.get();
              value = v;
            }
          }
        }
        return v;
      }
    };
  }
}
