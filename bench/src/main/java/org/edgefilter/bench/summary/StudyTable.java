package org.edgefilter.bench.summary;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edgefilter.framework.io.Json;

/**
 * Reads the study definitions: {@code {"studies": [Study, ...]}} in JSON, unknown keys an error.
 * The project's own table is the resource {@value #DEFAULT}.
 */
public final class StudyTable {

  /** The classpath resource holding the project's studies. */
  public static final String DEFAULT = "/org/edgefilter/bench/summary/studies.json";

  private StudyTable() {}

  /** The project's studies. */
  public static List<Study> defaults() {
    try (InputStream in = StudyTable.class.getResourceAsStream(DEFAULT)) {
      if (in == null) {
        throw new IllegalStateException("resource " + DEFAULT + " is missing from the build");
      }
      return parse(in.readAllBytes(), DEFAULT);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + DEFAULT, e);
    }
  }

  /** Reads {@code file}; errors name it. */
  public static List<Study> read(Path file) {
    try {
      return parse(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read studies file " + file, e);
    }
  }

  private static List<Study> parse(byte[] json, String where) {
    Map<String, List<Study>> root;
    try {
      root = Json.mapper().readValue(json, new TypeReference<Map<String, List<Study>>>() {});
    } catch (IOException e) {
      String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw new IllegalArgumentException("studies file " + where + ": " + m, e);
    }
    if (root == null || !root.keySet().equals(Set.of("studies"))) {
      throw new IllegalArgumentException(
          "studies file " + where + ": expected an object with the one key 'studies'");
    }
    List<Study> studies = root.get("studies");
    Set<String> ids = new HashSet<>();
    for (Study s : studies) {
      if (!ids.add(s.id())) {
        throw new IllegalArgumentException(
            "studies file " + where + ": study id '" + s.id() + "' appears twice");
      }
    }
    return List.copyOf(studies);
  }
}
