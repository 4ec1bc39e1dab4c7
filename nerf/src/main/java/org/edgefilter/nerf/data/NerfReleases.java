package org.edgefilter.nerf.data;

import java.net.URI;
import java.util.List;
import org.edgefilter.framework.io.ArchiveUnpacker.Format;
import org.edgefilter.framework.io.ArchiveUnpacker.Mapping;
import org.edgefilter.framework.io.Checksums;
import org.edgefilter.framework.io.DatasetRelease;

/**
 * The NeRF synthetic (Blender) {@code lego} scene that {@code ./edgefilter nerf download lego}
 * fetches: the NeRF authors' example-data archive ({@code nerf_example_data.zip}, linked from the
 * NeRF repository's {@code download_example_data.sh}), of which only {@code nerf_synthetic/lego/}
 * (800x800 RGBA PNGs, all 100 train / 100 val / 200 test views) is unpacked, to {@code
 * <data>/nerf_synthetic/lego/}. No digest of the archive is published: the SHA-256 computed here is
 * printed and recorded.
 */
public final class NerfReleases {

  /** Folder of the unpacked original scene within the data directory. */
  public static final String LEGO_DIR = "nerf_synthetic/lego";

  /** The lego scene of the NeRF synthetic dataset, at its original 800x800. */
  public static final DatasetRelease LEGO =
      new DatasetRelease(
          "lego",
          "nerf",
          "NeRF synthetic (Blender) lego scene, 800x800, from the NeRF authors' example data",
          URI.create(
              "http://cseweb.ucsd.edu/~viscomp/projects/LF/papers/ECCV20/nerf/"
                  + "nerf_example_data.zip"),
          Checksums.none(),
          "no digest of nerf_example_data.zip is published",
          Format.ZIP,
          // Copies of the archive differ in whether a nerf_example_data/ folder wraps the content.
          List.of(
              new Mapping("nerf_synthetic/lego/", LEGO_DIR),
              new Mapping("nerf_example_data/nerf_synthetic/lego/", LEGO_DIR)),
          LEGO_DIR + "/transforms_test.json");

  /** Every release, in the order {@code download --list} prints them. */
  public static final List<DatasetRelease> ALL = List.of(LEGO);

  private NerfReleases() {}
}
