package org.edgefilter.framework.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRevisionTest {

  private static final String HASH_A = "0123456789abcdef0123456789abcdef01234567";
  private static final String HASH_B = "89abcdef0123456789abcdef0123456789abcdef";

  @TempDir Path dir;

  @Test
  void looseBranchRefFromASubfolder() throws Exception {
    Path git = Files.createDirectories(dir.resolve("repo/.git/refs/heads"));
    Files.writeString(dir.resolve("repo/.git/HEAD"), "ref: refs/heads/main\n");
    Files.writeString(git.resolve("main"), HASH_A + "\n");
    Path sub = Files.createDirectories(dir.resolve("repo/framework/src"));
    assertEquals(Optional.of(HASH_A), GitRevision.find(sub));
  }

  @Test
  void packedRefWhenNoLooseRef() throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/dev\n");
    Files.writeString(
        dir.resolve(".git/packed-refs"),
        "# pack-refs with: peeled fully-peeled sorted\n"
            + HASH_B
            + " refs/heads/main\n"
            + HASH_A
            + " refs/heads/dev\n"
            + "^"
            + HASH_B
            + "\n");
    assertEquals(Optional.of(HASH_A), GitRevision.find(dir));
  }

  @Test
  void detachedHead() throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/HEAD"), HASH_B + "\n");
    assertEquals(Optional.of(HASH_B), GitRevision.find(dir));
  }

  @Test
  void linkedWorktreeReadsBranchFromCommonDir() throws Exception {
    // The layout `git worktree add` creates: <main>/.git/worktrees/<name>/{HEAD,commondir}.
    Path common = Files.createDirectories(dir.resolve("main/.git"));
    Path wtGit = Files.createDirectories(common.resolve("worktrees/feature"));
    Files.createDirectories(common.resolve("refs/heads"));
    Files.writeString(common.resolve("refs/heads/feature"), HASH_B + "\n");
    Files.writeString(wtGit.resolve("HEAD"), "ref: refs/heads/feature\n");
    Files.writeString(wtGit.resolve("commondir"), "../..\n");
    Path worktree = Files.createDirectories(dir.resolve("wt/feature"));
    Files.writeString(worktree.resolve(".git"), "gitdir: ../../main/.git/worktrees/feature\n");
    assertEquals(Optional.of(HASH_B), GitRevision.find(worktree));
  }

  @Test
  void unreadableHeadGivesEmpty() throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/missing\n");
    assertTrue(GitRevision.find(dir).isEmpty());
  }
}
