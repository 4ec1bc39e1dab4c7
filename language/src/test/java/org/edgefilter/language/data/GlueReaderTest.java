package org.edgefilter.language.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlueReaderTest {

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsSst2WithColumnsInAnyOrder() throws IOException {
    Path file = write("sst.tsv", "label\tsentence\n1\tit 's \"charming\" , really \n0\tbleak\n");
    GlueSplit split = GlueReader.strict().read(GlueTask.SST2, file);
    // Quotes are ordinary characters and surrounding spaces are kept: GLUE TSV is not CSV.
    assertEquals(
        List.of(
            TextExample.single("it 's \"charming\" , really ", 1), TextExample.single("bleak", 0)),
        split.examples());
    assertEquals(0, split.skippedCount());
  }

  @Test
  void readsQqpAndQnliPairsByHeaderName() throws IOException {
    Path qqp =
        write(
            "qqp.tsv",
            "is_duplicate\tquestion2\tid\tquestion1\tqid2\tqid1\n"
                + "1\tHow do I b?\t7\tHow to b?\t9\t8\n");
    assertEquals(
        List.of(TextExample.pair("How to b?", "How do I b?", 1)),
        GlueReader.strict().read(GlueTask.QQP, qqp).examples());
    Path qnli =
        write(
            "qnli.tsv",
            "index\tquestion\tsentence\tlabel\n"
                + "0\tWho?\tHim.\tentailment\n"
                + "1\tWhere?\tThen.\tnot_entailment\n");
    assertEquals(
        List.of(TextExample.pair("Who?", "Him.", 0), TextExample.pair("Where?", "Then.", 1)),
        GlueReader.strict().read(GlueTask.QNLI, qnli).examples());
  }

  @Test
  void crlfBomAndTrailingBlankLinesAreAccepted() throws IOException {
    Path file = write("crlf.tsv", "\uFEFFsentence\tlabel\r\na\t0\r\nb\t1\r\n\n\n");
    assertEquals(
        List.of(TextExample.single("a", 0), TextExample.single("b", 1)),
        GlueReader.strict().read(GlueTask.SST2, file).examples());
  }

  @Test
  void wrongColumnCountNamesFileAndLine() throws IOException {
    Path file = write("bad.tsv", "sentence\tlabel\ngood\t1\nhas\ta tab\t0\nfine\t0\n");
    GlueFormatException e =
        assertThrows(
            GlueFormatException.class, () -> GlueReader.strict().read(GlueTask.SST2, file));
    assertEquals(3, e.line());
    assertEquals(file, e.file());
    // Column 3 is the first field the header does not have.
    assertEquals(3, e.column());
    assertTrue(
        e.getMessage()
            .startsWith(
                file
                    + ":3:3: expected 2 tab-separated columns"
                    + " (sentence, label) but the row has 3"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith(GlueReader.SKIP_HINT), e.getMessage());
  }

  @Test
  void badLabelNamesFileLineAndAllowedValues() throws IOException {
    Path file =
        write(
            "label.tsv",
            "index\tquestion\tsentence\tlabel\n0\tq\ts\tentailment\n1\tq\ts\tneutral\n");
    GlueFormatException e =
        assertThrows(
            GlueFormatException.class, () -> GlueReader.strict().read(GlueTask.QNLI, file));
    assertEquals(3, e.line());
    assertEquals(4, e.column(), "label is the 4th column");
    assertTrue(
        e.getMessage().contains(file + ":3:4:")
            && e.getMessage().contains("'neutral'")
            && e.getMessage().contains("[entailment, not_entailment]"),
        e.getMessage());
  }

  @Test
  void blankLineInsideTheFileIsMalformed() throws IOException {
    Path file = write("blank.tsv", "sentence\tlabel\na\t0\n\nb\t1\n");
    GlueFormatException e =
        assertThrows(
            GlueFormatException.class, () -> GlueReader.strict().read(GlueTask.SST2, file));
    assertEquals(3, e.line());
  }

  @Test
  void skipMalformedCountsAndReportsRows() throws IOException {
    Path file =
        write(
            "qqp.tsv",
            "id\tqid1\tqid2\tquestion1\tquestion2\tis_duplicate\n"
                + "0\t1\t2\tA?\tB?\t0\n"
                + "1\t3\t4\tbroken question with a line break\n"
                + "continued?\tC?\t1\n"
                + "2\t5\t6\tD?\tE?\tmaybe\n"
                + "3\t7\t8\tF?\tG?\t1\n");
    GlueSplit split = GlueReader.skippingMalformed().read(GlueTask.QQP, file);
    assertEquals(
        List.of(TextExample.pair("A?", "B?", 0), TextExample.pair("F?", "G?", 1)),
        split.examples());
    assertEquals(3, split.skippedCount());
    assertTrue(split.skipped().get(0).startsWith(file + ":3:"), split.skipped().get(0));
    assertTrue(split.skipped().get(1).startsWith(file + ":4:"), split.skipped().get(1));
    assertTrue(
        split.skipped().get(2).startsWith(file + ":5:")
            && split.skipped().get(2).contains("maybe"));
    // The default is strict.
    assertEquals(
        3,
        assertThrows(GlueFormatException.class, () -> GlueReader.strict().read(GlueTask.QQP, file))
            .line());
  }

  @Test
  void invalidUtf8NamesTheLine() throws IOException {
    Path file = dir.resolve("latin1.tsv");
    Files.write(
        file,
        new byte[] {
          's',
          'e',
          'n',
          't',
          'e',
          'n',
          'c',
          'e',
          '\t',
          'l',
          'a',
          'b',
          'e',
          'l',
          '\n',
          'o',
          'k',
          '\t',
          '1',
          '\n',
          'c',
          'a',
          'f',
          (byte) 0xE9,
          '\t',
          '0',
          '\n'
        });
    GlueFormatException e =
        assertThrows(
            GlueFormatException.class, () -> GlueReader.strict().read(GlueTask.SST2, file));
    assertEquals(3, e.line());
    assertEquals(4, e.column(), "the 4th byte of 'caf\\xE9' is not UTF-8");
    assertTrue(e.getMessage().contains("byte 0xE9"), e.getMessage());
    GlueSplit split = GlueReader.skippingMalformed().read(GlueTask.SST2, file);
    assertEquals(List.of(TextExample.single("ok", 1)), split.examples());
    assertEquals(1, split.skippedCount());
  }

  @Test
  void aFileWhoseEveryRowIsMalformedIsAnErrorEvenWhenSkipping() throws IOException {
    Path file = write("allbad.tsv", "sentence\tlabel\na\tx\nb\ty\n");
    GlueFormatException e =
        assertThrows(
            GlueFormatException.class,
            () -> GlueReader.skippingMalformed().read(GlueTask.SST2, file));
    assertTrue(
        e.getMessage()
            .startsWith(
                file + ":2: none of the 2 rows is valid (first: " + file + ":2:2: label 'x'"),
        e.getMessage());
  }

  @Test
  void badHeaderIsAlwaysAnError() throws IOException {
    Path file = write("header.tsv", "text\tlabel\na\t0\n");
    GlueFormatException e =
        assertThrows(
            GlueFormatException.class,
            () -> GlueReader.skippingMalformed().read(GlueTask.SST2, file));
    assertEquals(1, e.line());
    assertTrue(
        e.getMessage().contains("no column 'sentence'")
            && e.getMessage().contains("found text, label"),
        e.getMessage());
    Path empty = write("empty.tsv", "");
    assertEquals(
        1,
        assertThrows(
                GlueFormatException.class, () -> GlueReader.strict().read(GlueTask.SST2, empty))
            .line());
  }

  @Test
  void missingFileNamesTheExpectedPath() {
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class, () -> GlueReader.strict().readDev(GlueTask.QNLI, dir));
    assertTrue(
        e.getMessage().contains(dir.resolve("glue").resolve("QNLI").resolve("dev.tsv").toString()),
        e.getMessage());
  }
}
