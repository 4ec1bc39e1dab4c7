package org.edgefilter.bench.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.edgefilter.bench.collect.ResultSet;
import org.edgefilter.bench.collect.TaskKey;
import org.edgefilter.bench.stats.Bootstrap;
import org.edgefilter.bench.stats.BootstrapInterval;
import org.edgefilter.bench.stats.Differences;
import org.edgefilter.bench.stats.EffectSize;
import org.edgefilter.bench.stats.Holm;
import org.edgefilter.bench.stats.Summary;
import org.edgefilter.bench.stats.TInterval;
import org.edgefilter.bench.stats.TIntervals;
import org.edgefilter.bench.stats.TTests;
import org.edgefilter.bench.stats.TestResult;
import org.edgefilter.bench.stats.WilcoxonSignedRank;

/**
 * Compares every selected arm with the baseline arm on every selected metric of every task.
 *
 * <p>Scalar metrics are paired by seed when the two arms share at least 2 seeds (only the shared
 * seeds are used; runs without a partner are named in a note), otherwise the two arms are
 * independent samples. A metric family ({@link AxisPattern}) is paired by unit: each unit's value
 * is the mean over that arm's runs, and the units (e.g. the 15 corruptions), not the seeds, are the
 * replicates. The primary p-values are Holm-adjusted per task (one study) by default, or all
 * together ({@link HolmFamily}).
 */
public final class ComparisonEngine {

  private final ComparisonSettings settings;
  private final Bootstrap bootstrap;
  private final WilcoxonSignedRank wilcoxon;

  public ComparisonEngine(ComparisonSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.bootstrap = new Bootstrap(settings.resamples(), settings.bootstrapSeed());
    this.wilcoxon = new WilcoxonSignedRank(settings.zeroMethod(), WilcoxonSignedRank.Method.AUTO);
  }

  /**
   * Runs every comparison and adjusts the p-values.
   *
   * @throws IllegalArgumentException when no task has the baseline arm, or a requested arm exists
   *     in no task
   */
  public ComparisonSet run(ResultSet results) {
    if (results.tasks().isEmpty()) {
      throw new IllegalArgumentException("no result.json found under " + results.root());
    }
    boolean anyBaseline =
        results.tasks().stream().anyMatch(t -> results.arms(t).contains(settings.baseline()));
    if (!anyBaseline) {
      TreeSet<String> arms = new TreeSet<>();
      results.tasks().forEach(t -> arms.addAll(results.arms(t)));
      throw new IllegalArgumentException(
          "no task has a baseline arm named '"
              + settings.baseline()
              + "'; arms found: "
              + arms
              + " (choose one with --baseline)");
    }
    for (String arm : settings.arms()) {
      if (results.tasks().stream().noneMatch(t -> results.arms(t).contains(arm))) {
        throw new IllegalArgumentException(
            "arm '" + arm + "' is in no task under " + results.root());
      }
    }
    List<TaskComparisons> tasks = new ArrayList<>();
    for (TaskKey task : results.tasks()) {
      tasks.add(compareTask(results, task));
    }
    return adjust(tasks, results.warnings());
  }

  private TaskComparisons compareTask(ResultSet results, TaskKey task) {
    List<String> arms = results.arms(task);
    Map<String, List<Long>> seeds = new TreeMap<>();
    for (String arm : arms) {
      seeds.put(arm, results.runs(task, arm).stream().map(r -> r.result().seed()).toList());
    }
    List<String> metrics = new ArrayList<>();
    for (String m : results.metrics(task)) {
      if (settings.selects(m)) {
        metrics.add(m);
      }
    }
    Map<String, Map<String, Summary>> summaries = new TreeMap<>();
    Map<String, Boolean> directions = new TreeMap<>();
    for (String m : metrics) {
      directions.put(m, results.higherIsBetter(task, m));
      Map<String, Summary> byArm = new TreeMap<>();
      for (String arm : arms) {
        SortedMap<Long, Double> v = results.values(task, arm, m);
        if (!v.isEmpty()) {
          byArm.put(arm, Summary.of(toArray(v.values())));
        }
      }
      summaries.put(m, byArm);
    }
    List<AxisGroup> groups = groups(results, task, metrics);
    List<String> scalar = new ArrayList<>();
    for (String m : metrics) {
      if (groups.stream().noneMatch(g -> g.members().containsValue(m))) {
        scalar.add(m);
      }
    }
    List<String> notes = new ArrayList<>();
    List<Comparison> comparisons = new ArrayList<>();
    String baseline = settings.baseline();
    if (!arms.contains(baseline)) {
      notes.add(
          "no arm named '" + baseline + "' in " + task + " (arms: " + arms + "); nothing compared");
    } else {
      for (String arm : comparedArms(arms, notes, task)) {
        for (String m : scalar) {
          compareBySeed(results, task, m, arm).ifPresent(comparisons::add);
        }
        for (AxisGroup g : groups) {
          compareByUnit(results, task, g, arm).ifPresent(comparisons::add);
        }
      }
    }
    return new TaskComparisons(
        task, baseline, arms, seeds, directions, summaries, scalar, groups, comparisons, notes, 0);
  }

  private List<String> comparedArms(List<String> arms, List<String> notes, TaskKey task) {
    List<String> out = new ArrayList<>();
    if (settings.arms().isEmpty()) {
      for (String a : arms) {
        if (!a.equals(settings.baseline())) {
          out.add(a);
        }
      }
      return out;
    }
    for (String a : settings.arms()) {
      if (a.equals(settings.baseline())) {
        continue;
      }
      if (arms.contains(a)) {
        out.add(a);
      } else {
        notes.add("arm '" + a + "' has no runs in " + task);
      }
    }
    return out;
  }

  private List<AxisGroup> groups(ResultSet results, TaskKey task, List<String> metrics) {
    List<AxisPattern> patterns =
        settings.axes() == null ? AxisPattern.detect(metrics) : settings.axes();
    List<AxisGroup> groups = new ArrayList<>();
    for (AxisPattern p : patterns) {
      Map<String, String> members = p.members(metrics);
      if (members.size() < 2) {
        continue;
      }
      Boolean direction = null;
      for (String m : members.values()) {
        boolean d = results.higherIsBetter(task, m);
        if (direction != null && direction != d) {
          throw new IllegalArgumentException(
              "metric family "
                  + p
                  + " in "
                  + task
                  + " mixes higher- and lower-is-better metrics; name the axes with --axis");
        }
        direction = d;
      }
      groups.add(new AxisGroup(p, members, direction));
    }
    return groups;
  }

  private Optional<Comparison> compareBySeed(
      ResultSet results, TaskKey task, String metric, String arm) {
    SortedMap<Long, Double> base = results.values(task, settings.baseline(), metric);
    SortedMap<Long, Double> other = results.values(task, arm, metric);
    if (base.isEmpty() || other.isEmpty()) {
      return Optional.empty();
    }
    boolean higher = results.higherIsBetter(task, metric);
    TreeSet<Long> shared = new TreeSet<>(base.keySet());
    shared.retainAll(other.keySet());
    List<String> notes = new ArrayList<>();
    if (shared.size() >= 2 || (shared.size() == 1 && base.size() == 1 && other.size() == 1)) {
      List<Long> onlyBase = new ArrayList<>(base.keySet());
      onlyBase.removeAll(shared);
      List<Long> onlyArm = new ArrayList<>(other.keySet());
      onlyArm.removeAll(shared);
      if (!onlyBase.isEmpty() || !onlyArm.isEmpty()) {
        notes.add(
            "paired on the "
                + shared.size()
                + " shared seeds; left out runs without a "
                + "partner: "
                + settings.baseline()
                + " seeds "
                + onlyBase
                + ", "
                + arm
                + " seeds "
                + onlyArm);
      }
      List<String> units = new ArrayList<>();
      List<Double> b = new ArrayList<>();
      List<Double> a = new ArrayList<>();
      for (long s : shared) {
        units.add(Long.toString(s));
        b.add(base.get(s));
        a.add(other.get(s));
      }
      return Optional.of(
          paired(task, metric, arm, higher, Design.PAIRED_BY_SEED, units, b, a, notes));
    }
    notes.add(
        "unpaired: the arms share "
            + shared.size()
            + " seed(s); "
            + settings.baseline()
            + " seeds "
            + base.keySet()
            + ", "
            + arm
            + " seeds "
            + other.keySet());
    return Optional.of(unpaired(task, metric, arm, higher, base, other, notes));
  }

  private Optional<Comparison> compareByUnit(
      ResultSet results, TaskKey task, AxisGroup group, String arm) {
    List<String> units = new ArrayList<>();
    List<Double> b = new ArrayList<>();
    List<Double> a = new ArrayList<>();
    int baseRuns = 0;
    int armRuns = 0;
    for (Map.Entry<String, String> e : group.members().entrySet()) {
      SortedMap<Long, Double> base = results.values(task, settings.baseline(), e.getValue());
      SortedMap<Long, Double> other = results.values(task, arm, e.getValue());
      if (base.isEmpty() || other.isEmpty()) {
        continue;
      }
      units.add(e.getKey());
      b.add(Summary.of(toArray(base.values())).mean());
      a.add(Summary.of(toArray(other.values())).mean());
      baseRuns = Math.max(baseRuns, base.size());
      armRuns = Math.max(armRuns, other.size());
    }
    if (units.isEmpty()) {
      return Optional.empty();
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        "paired by the "
            + units.size()
            + " entries of "
            + group.pattern()
            + "; each entry is the mean over the arm's runs ("
            + settings.baseline()
            + ": up to "
            + baseRuns
            + ", "
            + arm
            + ": up to "
            + armRuns
            + "), so entries, not seeds, are the "
            + "replicates and the test speaks about entries like these");
    if (baseRuns < 2 || armRuns < 2) {
      notes.add(
          "an arm has a single run: run-to-run (seed) variation is not represented, so a "
              + "difference between arms cannot be told apart from a lucky or unlucky seed");
    }
    return Optional.of(
        paired(
            task,
            group.pattern().pattern(),
            arm,
            group.higherIsBetter(),
            Design.PAIRED_BY_UNIT,
            units,
            b,
            a,
            notes));
  }

  private Comparison paired(
      TaskKey task,
      String metric,
      String arm,
      boolean higher,
      Design design,
      List<String> units,
      List<Double> b,
      List<Double> a,
      List<String> notes) {
    double[] base = toArray(b);
    double[] other = toArray(a);
    double[] d = Differences.of(base, other);
    BootstrapInterval ci = bootstrap.oneSample(d, Bootstrap.MEAN, settings.level());
    TInterval tCi = TIntervals.pairedOnDifferences(d, settings.level());
    TestResult welch = TTests.welch(base, other);
    TestResult pairedT = TTests.pairedOnDifferences(d);
    TestResult signedRank = wilcoxon.test(d);
    TestResult primary = settings.primaryTest() == PrimaryTest.WILCOXON ? signedRank : pairedT;
    Summary ds = Summary.of(d);
    return new Comparison(
        task,
        metric,
        arm,
        settings.baseline(),
        higher,
        design,
        units,
        units,
        b,
        a,
        Summary.of(base),
        Summary.of(other),
        ds.mean(),
        ci,
        tCi,
        welch,
        pairedT,
        signedRank,
        EffectSize.hedgesGz(d),
        primary.test(),
        primary.pValue(),
        Double.NaN,
        null,
        notes);
  }

  private Comparison unpaired(
      TaskKey task,
      String metric,
      String arm,
      boolean higher,
      SortedMap<Long, Double> base,
      SortedMap<Long, Double> other,
      List<String> notes) {
    double[] b = toArray(base.values());
    double[] a = toArray(other.values());
    BootstrapInterval ci = bootstrap.twoSample(b, a, Bootstrap.MEAN_DIFFERENCE, settings.level());
    TInterval tCi = TIntervals.welch(b, a, settings.level());
    TestResult welch = TTests.welch(b, a);
    String why = "unpaired design: the arms do not share seeds";
    TestResult pairedT = TestResult.unavailable(TTests.PAIRED, 0, why, List.of());
    TestResult signedRank = TestResult.unavailable(WilcoxonSignedRank.NAME, 0, why, List.of());
    if (settings.primaryTest() == PrimaryTest.WILCOXON) {
      notes.add("no rank test for independent samples is computed; Welch's t-test decides");
    }
    Summary sb = Summary.of(b);
    Summary sa = Summary.of(a);
    return new Comparison(
        task,
        metric,
        arm,
        settings.baseline(),
        higher,
        Design.UNPAIRED,
        base.keySet().stream().map(String::valueOf).toList(),
        other.keySet().stream().map(String::valueOf).toList(),
        List.copyOf(base.values()),
        List.copyOf(other.values()),
        sb,
        sa,
        sa.mean() - sb.mean(),
        ci,
        tCi,
        welch,
        pairedT,
        signedRank,
        EffectSize.hedgesG(b, a),
        welch.test(),
        welch.pValue(),
        Double.NaN,
        null,
        notes);
  }

  private ComparisonSet adjust(List<TaskComparisons> tasks, List<String> warnings) {
    List<List<TaskComparisons>> families = new ArrayList<>();
    if (settings.holmFamily() == HolmFamily.ALL) {
      families.add(tasks);
    } else {
      tasks.forEach(t -> families.add(List.of(t)));
    }
    List<TaskComparisons> out = new ArrayList<>();
    int total = 0;
    for (List<TaskComparisons> family : families) {
      List<Comparison> all = new ArrayList<>();
      family.forEach(t -> all.addAll(t.comparisons()));
      List<Comparison> adjusted = adjustFamily(all, settings);
      int m = familySize(all);
      total += m;
      int i = 0;
      for (TaskComparisons t : family) {
        List<Comparison> cs = adjusted.subList(i, i + t.comparisons().size());
        i += t.comparisons().size();
        out.add(
            new TaskComparisons(
                t.task(),
                t.baseline(),
                t.arms(),
                t.seeds(),
                t.directions(),
                t.summaries(),
                t.scalarMetrics(),
                t.groups(),
                cs,
                t.notes(),
                m));
      }
    }
    return new ComparisonSet(settings, out, total, warnings);
  }

  /** The number of p-values (non-NaN primary p) among {@code comparisons}. */
  public static int familySize(List<Comparison> comparisons) {
    return Holm.familySize(comparisons.stream().mapToDouble(Comparison::pRaw).toArray());
  }

  /**
   * Holm-adjusts {@code family} as one family and writes each verdict; used by the report for its
   * families and by callers that form their own (the summary's studies, an ablation).
   *
   * @return the comparisons with p_adj and verdict, in the input order
   */
  public static List<Comparison> adjustFamily(
      List<Comparison> family, ComparisonSettings settings) {
    double[] raw = family.stream().mapToDouble(Comparison::pRaw).toArray();
    double[] adjusted = Holm.adjust(raw);
    int m = Holm.familySize(raw);
    List<Comparison> out = new ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      Comparison c = family.get(i);
      out.add(c.adjusted(adjusted[i], Verdicts.of(c, adjusted[i], m, settings)));
    }
    return out;
  }

  private static double[] toArray(Collection<Double> values) {
    double[] out = new double[values.size()];
    int i = 0;
    for (double v : values) {
      out[i++] = v;
    }
    return out;
  }
}
