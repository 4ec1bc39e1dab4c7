package org.edgefilter.nerf.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edgefilter.framework.io.DataFormatException;
import org.edgefilter.framework.io.Json;
import org.edgefilter.nerf.geometry.CameraPose;

/**
 * A parsed {@code transforms_{train,val,test}.json}: the horizontal field of view {@code
 * camera_angle_x} (radians) and the frames. Keys other than {@code camera_angle_x}, {@code frames},
 * {@code file_path} and {@code transform_matrix} (such as {@code rotation}) are ignored because the
 * Blender exporter writes them but no camera model needs them.
 *
 * @param file the file this was read from, for messages
 * @param cameraAngleX horizontal field of view in radians
 * @param frames the frames in file order
 */
public record BlenderTransforms(Path file, double cameraAngleX, List<BlenderFrame> frames) {

  public BlenderTransforms {
    frames = List.copyOf(frames);
  }

  /**
   * Reads and validates a transforms file.
   *
   * @throws DataFormatException naming the file, the frame and what was expected, when the JSON is
   *     malformed, {@code camera_angle_x} is missing, or a matrix is not 4x4 numbers with last row
   *     [0, 0, 0, 1]
   * @throws UncheckedIOException when the file cannot be read (a missing file says so)
   */
  public static BlenderTransforms read(Path file) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("missing transforms file " + file, e);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var at = e.getLocation();
      DataFormatException bad =
          new DataFormatException(
              file,
              file
                  + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                  + ": not valid JSON ("
                  + e.getOriginalMessage()
                  + "); expected the scene's transforms"
                  + " file ({\"camera_angle_x\": ..., \"frames\": [...]})");
      bad.initCause(e);
      throw bad;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new DataFormatException(file, file + ": expected a JSON object at the top level");
    }
    JsonNode angle = root.get("camera_angle_x");
    if (angle == null || !angle.isNumber()) {
      throw new DataFormatException(file, file + ": expected a number \"camera_angle_x\"");
    }
    JsonNode frameList = root.get("frames");
    if (frameList == null || !frameList.isArray() || frameList.isEmpty()) {
      throw new DataFormatException(file, file + ": expected a non-empty array \"frames\"");
    }
    List<BlenderFrame> frames = new ArrayList<>(frameList.size());
    for (int k = 0; k < frameList.size(); k++) {
      frames.add(parseFrame(file, k, frameList.get(k)));
    }
    return new BlenderTransforms(file, angle.asDouble(), frames);
  }

  private static BlenderFrame parseFrame(Path file, int index, JsonNode frame) {
    String where = file + ": frame " + index;
    JsonNode path = frame.get("file_path");
    if (path == null || !path.isTextual() || path.asText().isBlank()) {
      throw new DataFormatException(file, where + ": expected a string \"file_path\"");
    }
    where += " (" + path.asText() + ")";
    JsonNode matrix = frame.get("transform_matrix");
    if (matrix == null || !matrix.isArray() || matrix.size() != 4) {
      throw new DataFormatException(
          file,
          where
              + ": \"transform_matrix\" must be a 4x4 array of numbers, got "
              + (matrix == null ? "nothing" : matrix.isArray() ? matrix.size() + " rows" : matrix));
    }
    double[] values = new double[16];
    for (int r = 0; r < 4; r++) {
      JsonNode row = matrix.get(r);
      if (!row.isArray() || row.size() != 4) {
        throw new DataFormatException(
            file, where + ": \"transform_matrix\" must be 4x4, row " + r + " is " + row);
      }
      for (int c = 0; c < 4; c++) {
        JsonNode v = row.get(c);
        if (!v.isNumber()) {
          throw new DataFormatException(
              file,
              where + ": \"transform_matrix\" entry [" + r + "][" + c + "] is not a number: " + v);
        }
        values[4 * r + c] = v.asDouble();
      }
    }
    try {
      return new BlenderFrame(index, path.asText(), CameraPose.ofRowMajor(values));
    } catch (IllegalArgumentException e) {
      DataFormatException bad = new DataFormatException(file, where + ": " + e.getMessage());
      bad.initCause(e);
      throw bad;
    }
  }
}
