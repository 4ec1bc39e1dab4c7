package org.edgefilter.bench.report;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.edgefilter.bench.collect.ResultSet;
import org.edgefilter.bench.compare.ComparisonEngine;
import org.edgefilter.bench.compare.ComparisonSet;
import org.edgefilter.bench.compare.ComparisonSettings;
import org.edgefilter.framework.io.AtomicFiles;
import org.edgefilter.framework.io.Json;

/**
 * Writes a report directory: {@code report.md} (plots as files under {@code plots/}), {@code
 * report.html} (self-contained), {@code comparison.json}, every file written atomically.
 */
public final class ReportWriter {

  /** File names inside the report directory. */
  public static final String MARKDOWN = "report.md";

  public static final String HTML = "report.html";
  public static final String JSON = "comparison.json";
  public static final String PLOTS = "plots";

  /**
   * What was written.
   *
   * @param markdown report.md
   * @param html report.html
   * @param json comparison.json
   * @param plots the PNG files
   * @param comparisons the computed comparisons
   * @param skipped result files that could not be used
   */
  public record Output(
      Path markdown,
      Path html,
      Path json,
      List<Path> plots,
      ComparisonSet comparisons,
      List<ResultSet.SkippedRun> skipped) {}

  private ReportWriter() {}

  /**
   * Scans {@code runsDir}, compares the arms and writes the report into {@code outDir}.
   *
   * @param runsDir directory holding run directories with result.json files
   * @param outDir report directory (created)
   * @param settings comparison settings
   * @param contributors plot sources, e.g. {@link PlotContributor#defaults()}
   */
  public static Output generate(
      Path runsDir, Path outDir, ComparisonSettings settings, List<PlotContributor> contributors) {
    ResultSet results = ResultSet.scan(runsDir);
    ComparisonSet set = new ComparisonEngine(settings).run(results);
    return write(outDir, "EdgeFilter comparison report", results, set, contributors);
  }

  /** Writes the report of already computed comparisons. */
  public static Output write(
      Path outDir,
      String title,
      ResultSet results,
      ComparisonSet set,
      List<PlotContributor> contributors) {
    Objects.requireNonNull(outDir, "outDir");
    String generated = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    String runsDir = results.root().toAbsolutePath().normalize().toString();
    List<Figure> figures = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (PlotContributor c : contributors) {
      for (Figure f : c.figures(results, set)) {
        if (!ids.add(f.id())) {
          throw new IllegalStateException("two figures share the id '" + f.id() + "'");
        }
        figures.add(f);
      }
    }
    Map<String, String> files = new LinkedHashMap<>();
    List<Path> plotPaths = new ArrayList<>();
    for (Figure f : figures) {
      String rel = PLOTS + "/" + f.id() + ".png";
      Path p = outDir.resolve(rel);
      AtomicFiles.write(p, out -> out.write(f.png()));
      files.put(f.id(), rel);
      plotPaths.add(p);
    }
    Document doc =
        ReportContent.build(
            title, runsDir, generated, results.size(), set, figures, results.skipped());
    Path md = outDir.resolve(MARKDOWN);
    Path html = outDir.resolve(HTML);
    Path json = outDir.resolve(JSON);
    AtomicFiles.writeString(md, MarkdownRenderer.render(doc, files));
    AtomicFiles.writeString(html, HtmlRenderer.render(doc, title));
    Json.writeFile(json, ComparisonJson.of(set, runsDir, generated, results.skipped()));
    return new Output(md, html, json, plotPaths, set, results.skipped());
  }
}
