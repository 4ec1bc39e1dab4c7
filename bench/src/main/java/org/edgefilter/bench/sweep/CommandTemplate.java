package org.edgefilter.bench.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line of one run with placeholders, e.g. {@code java -cp CP
 * org.edgefilter.vision.VisionCli train-eval --arm {arm} --seed {seed} --runs {runs}}.
 *
 * <p>Placeholders: {@code {arm}}, {@code {seed}}, {@code {runs}} (the runs root), {@code {run_dir}}
 * (the run's directory {@code runs/<modality>/<experiment>/<arm>/seed-<n>}), {@code {modality}},
 * {@code {experiment}}; they may appear inside a word. The word {@code {args}} on its own is
 * replaced by the arm's extra arguments; without it they are appended at the end. An unknown
 * placeholder is an error, so a typo does not start a sweep of broken runs.
 */
public final class CommandTemplate {

  /** The placeholders a template may use. */
  public static final Set<String> PLACEHOLDERS =
      Set.of("arm", "seed", "runs", "run_dir", "modality", "experiment", "args");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");
  private static final String ARGS = "{args}";

  private final List<String> words;

  private CommandTemplate(List<String> words) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("the run command template is empty");
    }
    Set<String> used = new TreeSet<>();
    for (String word : words) {
      Matcher m = PLACEHOLDER.matcher(word);
      while (m.find()) {
        String name = m.group(1);
        if (!PLACEHOLDERS.contains(name)) {
          throw new IllegalArgumentException(
              "unknown placeholder {"
                  + name
                  + "} in run command '"
                  + String.join(" ", words)
                  + "'; known: "
                  + new TreeSet<>(PLACEHOLDERS));
        }
        if (name.equals("args") && !word.equals(ARGS)) {
          throw new IllegalArgumentException(
              "{args} must be a word of its own in the run command, found in '" + word + "'");
        }
        used.add(name);
      }
    }
    if (!used.contains("run_dir") && !used.contains("runs")) {
      throw new IllegalArgumentException(
          "the run command must pass {run_dir} or {runs}, "
              + "otherwise a run cannot write its result.json where the sweep looks for it: '"
              + String.join(" ", words)
              + "'");
    }
    this.words = List.copyOf(words);
  }

  /** A template from already separated words (as in a JSON array). */
  public static CommandTemplate of(List<String> words) {
    return new CommandTemplate(Objects.requireNonNull(words, "words"));
  }

  /** A template from one command line, split into words like a shell (see {@link ShellWords}). */
  public static CommandTemplate parse(String commandLine) {
    return new CommandTemplate(ShellWords.split(commandLine));
  }

  /** The template's words, placeholders unexpanded. */
  public List<String> words() {
    return words;
  }

  /**
   * The command of one run.
   *
   * @param values placeholder name (without braces) to value; must hold every placeholder but
   *     {@code args}
   * @param armArgs the arm's extra arguments (may themselves contain placeholders)
   */
  public List<String> expand(Map<String, String> values, List<String> armArgs) {
    List<String> out = new ArrayList<>();
    boolean spliced = false;
    for (String word : words) {
      if (word.equals(ARGS)) {
        armArgs.forEach(a -> out.add(substitute(a, values)));
        spliced = true;
      } else {
        out.add(substitute(word, values));
      }
    }
    if (!spliced) {
      armArgs.forEach(a -> out.add(substitute(a, values)));
    }
    return out;
  }

  private static String substitute(String word, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(word);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException(
            "no value for placeholder {"
                + m.group(1)
                + "} in '"
                + word
                + "'; known: "
                + new TreeSet<>(values.keySet()));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  @Override
  public String toString() {
    return String.join(" ", words);
  }
}
