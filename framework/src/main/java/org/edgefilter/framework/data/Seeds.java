package org.edgefilter.framework.data;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Derives independent, reproducible random streams from one run seed.
 *
 * <p>A stream is named by the run seed plus any number of parts (a purpose constant, an epoch, a
 * batch index, a hash of a variable name). Mixing uses the SplitMix64 finalizer (Steele, Lea and
 * Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014), so nearby inputs such as
 * consecutive epochs give unrelated streams.
 */
public final class Seeds {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Seeds() {}

  /** Mixes {@code seed} with {@code parts} into one 64-bit seed; equal inputs give equal output. */
  public static long mix(long seed, long... parts) {
    long h = splitMix(seed + GOLDEN_GAMMA);
    for (long part : parts) {
      h = splitMix(h ^ splitMix(part + GOLDEN_GAMMA));
    }
    return h;
  }

  /** A generator for the stream named by {@code seed} and {@code parts}. */
  public static SplittableRandom rng(long seed, long... parts) {
    return new SplittableRandom(mix(seed, parts));
  }

  /**
   * A stable 64-bit hash of {@code text} (FNV-1a over its UTF-8 bytes), for naming streams by
   * strings such as variable names; unlike {@link String#hashCode()} it has 64 bits.
   */
  public static long hash(String text) {
    long h = FNV_OFFSET;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= FNV_PRIME;
    }
    return h;
  }

  private static long splitMix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
