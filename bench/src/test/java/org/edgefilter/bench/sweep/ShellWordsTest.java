package org.edgefilter.bench.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellWordsTest {

  @Test
  void splitsLikeAShell() {
    assertEquals(
        List.of("java", "-cp", "a b.jar", "--x=it's", "q\"d", "", "tail"),
        ShellWords.split("java  -cp 'a b.jar' --x=it\\'s \"q\\\"d\" '' tail"));
    assertThrows(IllegalArgumentException.class, () -> ShellWords.split("a 'b"));
    assertThrows(IllegalArgumentException.class, () -> ShellWords.split("a \"b"));
  }

  /** bash itself is the reference: the quoted words must come back unchanged. */
  @Test
  void quotedWordsSurviveBash() throws IOException, InterruptedException {
    List<String> words =
        List.of(
            "plain",
            "two words",
            "it's",
            "$HOME",
            "a\"b",
            "{a,b}",
            "*",
            "semi;colon",
            "",
            "back\\slash",
            "new\nline");
    String script = "printf '%s\\0' " + ShellWords.join(words);
    Process p = new ProcessBuilder("bash", "-c", script).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertEquals(0, p.waitFor());
    String text = new String(out, StandardCharsets.UTF_8);
    List<String> back = Arrays.asList(text.substring(0, text.length() - 1).split("\0", -1));
    assertEquals(words, back);
    assertEquals(words, ShellWords.split(ShellWords.join(words)));
  }
}
