package org.edgefilter.framework.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the commit a working tree is at by reading the files under {@code .git} directly, so a run
 * records its revision without needing a {@code git} binary. Handles plain repositories, linked
 * worktrees ({@code .git} is a file naming the real git directory), loose and packed refs, and a
 * detached HEAD.
 */
public final class GitRevision {

  /** What {@link #current()} returns when no repository is found. */
  public static final String UNKNOWN = "unknown";

  private static final Pattern HASH = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

  private GitRevision() {}

  /** The revision of the repository containing the working directory, or {@link #UNKNOWN}. */
  public static String current() {
    return find(Path.of("")).orElse(UNKNOWN);
  }

  /**
   * The commit hash of the repository that contains {@code start}, walking up its parents; empty
   * when there is none or its files cannot be read.
   */
  public static Optional<String> find(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path dotGit = dir.resolve(".git");
      if (Files.isDirectory(dotGit)) {
        return resolveHead(dotGit);
      }
      if (Files.isRegularFile(dotGit)) {
        Optional<Path> gitDir = linkedGitDir(dotGit);
        return gitDir.isPresent() ? resolveHead(gitDir.get()) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A linked worktree's {@code .git} file reads {@code gitdir: <path>}, relative to its folder. */
  private static Optional<Path> linkedGitDir(Path dotGitFile) {
    Optional<String> text = readTrimmed(dotGitFile);
    if (text.isEmpty() || !text.get().startsWith("gitdir:")) {
      return Optional.empty();
    }
    Path target = Path.of(text.get().substring("gitdir:".length()).trim());
    return Optional.of(dotGitFile.getParent().resolve(target).normalize());
  }

  private static Optional<String> resolveHead(Path gitDir) {
    Optional<String> head = readTrimmed(gitDir.resolve("HEAD"));
    if (head.isEmpty()) {
      return Optional.empty();
    }
    if (!head.get().startsWith("ref:")) {
      return asHash(head.get());
    }
    String ref = head.get().substring("ref:".length()).trim();
    // A linked worktree keeps HEAD in its own folder but branches in the common directory.
    Path commonDir =
        readTrimmed(gitDir.resolve("commondir"))
            .map(relative -> gitDir.resolve(relative).normalize())
            .orElse(gitDir);
    for (Path base : List.of(gitDir, commonDir)) {
      Optional<String> loose = readTrimmed(base.resolve(ref));
      if (loose.isPresent()) {
        return asHash(loose.get());
      }
    }
    return packedRef(commonDir.resolve("packed-refs"), ref);
  }

  /** {@code packed-refs} lines are {@code <hash> <ref>}; '#' starts a header, '^' a peeled tag. */
  private static Optional<String> packedRef(Path packedRefs, String ref) {
    if (!Files.isRegularFile(packedRefs)) {
      return Optional.empty();
    }
    try {
      for (String line : Files.readAllLines(packedRefs, StandardCharsets.UTF_8)) {
        if (line.startsWith("#") || line.startsWith("^")) {
          continue;
        }
        int space = line.indexOf(' ');
        if (space > 0 && line.substring(space + 1).trim().equals(ref)) {
          return asHash(line.substring(0, space));
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<String> asHash(String text) {
    String hash = text.trim().toLowerCase(java.util.Locale.ROOT);
    return HASH.matcher(hash).matches() ? Optional.of(hash) : Optional.empty();
  }

  private static Optional<String> readTrimmed(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8).trim());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
