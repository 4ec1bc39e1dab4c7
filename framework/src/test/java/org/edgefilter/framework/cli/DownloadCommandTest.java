package org.edgefilter.framework.cli;

import static org.edgefilter.framework.io.ReleaseServer.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.edgefilter.framework.io.ArchiveUnpacker;
import org.edgefilter.framework.io.Checksums;
import org.edgefilter.framework.io.DatasetRelease;
import org.edgefilter.framework.io.Json;
import org.edgefilter.framework.io.ReleaseServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/** The shared download command against a local server: install, list, errors, exit codes. */
class DownloadCommandTest {

  @TempDir Path dir;

  static List<DatasetRelease> releases = List.of();

  @Command(name = "download", mixinStandardHelpOptions = true)
  static final class Download extends DownloadCommand {
    Download() {
      super(List.of()); // the releases of each test, set in the static field, are returned below
    }

    @Override
    protected List<DatasetRelease> releases() {
      return releases;
    }
  }

  private static DatasetRelease release(URI url, Checksums checksums) {
    return new DatasetRelease(
        "toy",
        "vision",
        "a toy release",
        url,
        checksums,
        checksums.verifiable() ? "the test" : "no digest is published for the toy",
        ArchiveUnpacker.Format.TAR_GZ,
        List.of(new ArchiveUnpacker.Mapping("toy-1/", "toy")),
        "toy/a.txt");
  }

  private record Outcome(int code, String out, String err) {}

  private static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.execute(new Download(), new PrintWriter(out), new PrintWriter(err), args);
    return new Outcome(code, out.toString(), err.toString());
  }

  @Test
  void installsRecordsAndSkipsASecondTime() throws Exception {
    byte[] archive = ReleaseServer.tarGz(Map.of("toy-1/a.txt", utf8("A")));
    try (ReleaseServer server = new ReleaseServer()) {
      URI url = server.serve("/toy-1.tar.gz", archive);
      releases = List.of(release(url, Checksums.sha256(ReleaseServer.sha256(archive))));
      Outcome ok = run("toy", "--data", dir.toString());
      assertEquals(ExitCodes.OK, ok.code(), ok.err());
      assertEquals("A", Files.readString(dir.resolve("toy/a.txt")));
      assertTrue(ok.out().contains("archive verified"), ok.out());
      @SuppressWarnings("unchecked")
      Map<String, Object> record = Json.readFile(dir.resolve("downloads/toy.json"), Map.class);
      assertEquals(ReleaseServer.sha256(archive), record.get("sha256"));
      assertFalse(Files.exists(dir.resolve("downloads/toy-1.tar.gz")), "archive deleted");

      Outcome again = run("toy", "--data", dir.toString());
      assertTrue(again.out().contains("already installed"), again.out());
      assertEquals(1, server.requests().size());
    }
  }

  @Test
  void withoutADigestTheComputedOneIsPrintedAndRecorded() throws Exception {
    byte[] archive = ReleaseServer.tarGz(Map.of("toy-1/a.txt", utf8("A")));
    try (ReleaseServer server = new ReleaseServer()) {
      releases = List.of(release(server.serve("/toy-1.tar.gz", archive), Checksums.none()));
      Outcome ok = run("toy", "--data", dir.toString());
      assertEquals(ExitCodes.OK, ok.code(), ok.err());
      assertTrue(ok.out().contains("NOT verified: no digest is published for the toy"), ok.out());
      assertTrue(ok.out().contains("Computed SHA-256 " + ReleaseServer.sha256(archive)), ok.out());
      @SuppressWarnings("unchecked")
      Map<String, Object> record = Json.readFile(dir.resolve("downloads/toy.json"), Map.class);
      assertEquals("none", record.get("verified_against"));
    }
  }

  @Test
  void mismatchAndUnknownDatasetAndWrongLayoutHaveTheirExitCodes() throws Exception {
    byte[] archive = ReleaseServer.tarGz(Map.of("other/a.txt", utf8("A")));
    try (ReleaseServer server = new ReleaseServer()) {
      URI url = server.serve("/toy-1.tar.gz", archive);
      releases = List.of(release(url, Checksums.sha256("1".repeat(64))));
      Outcome bad = run("toy", "--data", dir.toString());
      assertEquals(ExitCodes.DOWNLOAD_FAILED, bad.code());
      assertTrue(bad.err().startsWith("error: SHA-256 mismatch for toy-1.tar.gz"), bad.err());
      assertFalse(Files.exists(dir.resolve("toy")));
      assertFalse(Files.exists(dir.resolve("downloads/toy.json")));

      Outcome unknown = run("nope", "--data", dir.toString());
      assertEquals(ExitCodes.USAGE, unknown.code());
      assertTrue(
          unknown.err().contains("unknown dataset 'nope'; this command fetches: toy"),
          unknown.err());

      Outcome layout =
          run("toy", "--data", dir.toString(), "--sha256", ReleaseServer.sha256(archive));
      assertEquals(ExitCodes.DOWNLOAD_FAILED, layout.code());
      assertTrue(layout.err().contains("does not have the layout"), layout.err());

      Outcome list = run("--list");
      assertEquals(ExitCodes.OK, list.code());
      assertTrue(list.out().contains("toy") && list.out().contains(url.toString()), list.out());
    }
  }
}
