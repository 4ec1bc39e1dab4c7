package org.edgefilter.language;

import static org.edgefilter.framework.io.ReleaseServer.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edgefilter.framework.cli.Cli;
import org.edgefilter.framework.cli.ExitCodes;
import org.edgefilter.framework.io.DataLocator;
import org.edgefilter.framework.io.Downloader;
import org.edgefilter.framework.io.ReleaseServer;
import org.edgefilter.language.data.GlueReader;
import org.edgefilter.language.data.GlueTask;
import org.edgefilter.language.experiment.TaskData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code language download} against a local server serving GLUE-layout zips (never the internet).
 */
class LanguageDownloadTest {

  @TempDir Path dir;

  private record Outcome(int code, String out, String err) {}

  private static Outcome language(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.execute(new LanguageCli(), new PrintWriter(out), new PrintWriter(err), args);
    return new Outcome(code, out.toString(), err.toString());
  }

  private static byte[] glueZip(String folder, String header, String row) throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    StringBuilder rows = new StringBuilder(header);
    for (int i = 0; i < 2000; i++) {
      rows.append(row.replace("#", Integer.toString(i)));
    }
    entries.put(folder + "/train.tsv", utf8(rows.toString()));
    entries.put(folder + "/dev.tsv", utf8(header + row.replace("#", "d")));
    entries.put(folder + "/test.tsv", utf8(header.replace("\tlabel", "")));
    return ReleaseServer.zip(entries);
  }

  @Test
  void sst2MismatchCutResumeAndTheTrainingReadersFindIt() throws Exception {
    byte[] archive = glueZip("SST-2", "sentence\tlabel\n", "sentence number #\t1\n");
    Path data = dir.resolve("data");
    try (ReleaseServer server = new ReleaseServer()) {
      String url = server.serve("/SST-2.zip", archive).toString();
      Outcome mismatch = language("download", "sst2", "--data", data.toString(), "--url", url);
      assertEquals(ExitCodes.DOWNLOAD_FAILED, mismatch.code(), mismatch.err());
      assertTrue(
          mismatch.err().contains("expected SHA-256: d67e16fb55739c1b32cdce9877596db1c1"),
          mismatch.err());
      assertTrue(
          mismatch.err().contains("actual SHA-256:   " + ReleaseServer.sha256(archive)),
          mismatch.err());
      assertFalse(Files.exists(data.resolve("glue")));
      assertFalse(Files.exists(Downloader.partFile(data.resolve("downloads/SST-2.zip"))));

      String sha = ReleaseServer.sha256(archive);
      server.cutNextAfter("/SST-2.zip", archive.length / 2);
      Outcome cut =
          language("download", "sst2", "--data", data.toString(), "--url", url, "--sha256", sha);
      assertEquals(ExitCodes.DOWNLOAD_FAILED, cut.code(), cut.err());
      long partAfterCut = Files.size(Downloader.partFile(data.resolve("downloads/SST-2.zip")));
      assertTrue(partAfterCut > 0 && partAfterCut <= archive.length / 2, "kept " + partAfterCut);
      Outcome ok =
          language("download", "sst2", "--data", data.toString(), "--url", url, "--sha256", sha);
      assertEquals(ExitCodes.OK, ok.code(), ok.err());
      assertEquals(
          "/SST-2.zip bytes=" + partAfterCut + "-",
          server.requests().get(server.requests().size() - 1));
    }
    TaskData.Files files = TaskData.Files.locate(GlueTask.SST2, DataLocator.locate(data));
    assertEquals(2000, GlueReader.strict().read(GlueTask.SST2, files.train()).size());
    assertEquals(1, GlueReader.strict().read(GlueTask.SST2, files.dev()).size());
  }

  @Test
  void qqpAndQnliUnpackIntoTheirGlueFolders() throws Exception {
    byte[] qqp =
        glueZip(
            "QQP",
            "id\tqid1\tqid2\tquestion1\tquestion2\tis_duplicate\n",
            "#\t1\t2\tWhy #?\tHow #?\t0\n");
    byte[] qnli =
        glueZip("QNLI", "index\tquestion\tsentence\tlabel\n", "#\tWhat #?\tThis #.\tentailment\n");
    try (ReleaseServer server = new ReleaseServer()) {
      for (var task : List.of(Map.entry("qqp", qqp), Map.entry("qnli", qnli))) {
        String file = task.getKey().equals("qqp") ? "/QQP-clean.zip" : "/QNLIv2.zip";
        Outcome ok =
            language(
                "download",
                task.getKey(),
                "--data",
                dir.toString(),
                "--url",
                server.serve(file, task.getValue()).toString(),
                "--sha256",
                ReleaseServer.sha256(task.getValue()));
        assertEquals(ExitCodes.OK, ok.code(), ok.err());
      }
    }
    for (GlueTask task : List.of(GlueTask.QQP, GlueTask.QNLI)) {
      TaskData.Files files = TaskData.Files.locate(task, DataLocator.locate(dir));
      assertEquals(2000, GlueReader.strict().read(task, files.train()).size());
    }
  }

  @Test
  void missingGlueNamesTheDownloadCommandWhichExists() {
    Outcome missing =
        language(
            "train",
            "--preset",
            "smoke",
            "--task",
            "qnli",
            "--data",
            dir.resolve("none").toString(),
            "--runs",
            dir.resolve("runs").toString());
    assertEquals(ExitCodes.MISSING_DATA, missing.code(), missing.err());
    assertTrue(
        missing.err().contains("Fetch it with `./edgefilter language download qnli`"),
        missing.err());
    Outcome list = language("download", "--list");
    assertEquals(ExitCodes.OK, list.code(), list.err());
    assertTrue(list.out().contains("qnli ") && list.out().contains("QNLIv2.zip"), list.out());
  }
}
