package org.edgefilter.nerf.data;

import org.edgefilter.nerf.geometry.CameraPose;

/**
 * One entry of a transforms file's {@code frames} list.
 *
 * @param index position in the list; the view id used by {@link FewShotSplit}
 * @param filePath the {@code file_path} as written, usually without extension ({@code ./train/r_0})
 * @param pose the validated {@code transform_matrix} (camera to world)
 */
public record BlenderFrame(int index, String filePath, CameraPose pose) {}
