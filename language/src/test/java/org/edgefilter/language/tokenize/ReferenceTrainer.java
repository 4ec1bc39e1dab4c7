package org.edgefilter.language.tokenize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A deliberately naive WordPiece trainer for tests: after every merge it recounts all symbols and
 * pairs from scratch and scans them for the best, with the rule {@link WordPieceTrainer} documents
 * (score, then pair count, then a's text, then b's text). Quadratic, but obviously right.
 */
final class ReferenceTrainer {

  private ReferenceTrainer() {}

  static List<String> train(
      Map<String, Long> wordCounts, int vocabSize, int minFrequency, MergeScore score) {
    Map<String, List<String>> splits = new TreeMap<>();
    TreeSet<String> initials =
        new TreeSet<>(
            Comparator.comparing(ReferenceTrainer::codePoints, ReferenceTrainer::compare));
    TreeSet<String> continuations =
        new TreeSet<>(
            Comparator.comparing(ReferenceTrainer::codePoints, ReferenceTrainer::compare));
    for (String word : wordCounts.keySet()) {
      List<String> symbols = new ArrayList<>();
      int[] cps = word.codePoints().toArray();
      for (int i = 0; i < cps.length; i++) {
        String c = new String(cps, i, 1);
        symbols.add(i == 0 ? c : "##" + c);
        (i == 0 ? initials : continuations).add(symbols.get(i));
      }
      splits.put(word, symbols);
    }
    LinkedHashSet<String> tokens = new LinkedHashSet<>();
    for (SpecialToken special : SpecialToken.values()) {
      tokens.add(special.text());
    }
    tokens.addAll(initials);
    tokens.addAll(continuations);
    while (tokens.size() < vocabSize) {
      Map<String, Long> symbolCounts = new HashMap<>();
      Map<List<String>, Long> pairCounts = new HashMap<>();
      for (Map.Entry<String, List<String>> entry : splits.entrySet()) {
        long f = wordCounts.get(entry.getKey());
        List<String> s = entry.getValue();
        for (int i = 0; i < s.size(); i++) {
          symbolCounts.merge(s.get(i), f, Long::sum);
          if (i + 1 < s.size()) {
            pairCounts.merge(List.of(s.get(i), s.get(i + 1)), f, Long::sum);
          }
        }
      }
      List<String> best = null;
      double bestScore = 0;
      long bestCount = 0;
      for (Map.Entry<List<String>, Long> entry : pairCounts.entrySet()) {
        long count = entry.getValue();
        if (count < minFrequency) {
          continue;
        }
        List<String> pair = entry.getKey();
        double s = score.score(count, symbolCounts.get(pair.get(0)), symbolCounts.get(pair.get(1)));
        boolean better =
            best == null
                || s > bestScore
                || (s == bestScore
                    && (count > bestCount
                        || (count == bestCount
                            && (pair.get(0).compareTo(best.get(0)) < 0
                                || (pair.get(0).equals(best.get(0))
                                    && pair.get(1).compareTo(best.get(1)) < 0)))));
        if (better) {
          best = pair;
          bestScore = s;
          bestCount = count;
        }
      }
      if (best == null) {
        break;
      }
      String merged = best.get(0) + best.get(1).substring(2);
      for (List<String> s : splits.values()) {
        for (int i = 0; i + 1 < s.size(); i++) {
          if (s.get(i).equals(best.get(0)) && s.get(i + 1).equals(best.get(1))) {
            s.set(i, merged);
            s.remove(i + 1);
          }
        }
      }
      tokens.add(merged);
    }
    return new ArrayList<>(tokens);
  }

  private static int[] codePoints(String s) {
    return s.codePoints().toArray();
  }

  private static int compare(int[] x, int[] y) {
    return java.util.Arrays.compare(x, y);
  }
}
