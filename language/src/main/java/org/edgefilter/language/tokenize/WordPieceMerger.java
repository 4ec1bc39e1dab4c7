package org.edgefilter.language.tokenize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The merge loop of {@link WordPieceTrainer}, kept incremental so that training is fast.
 *
 * <p>Each distinct word is held as its current split into symbols (ints), with its corpus
 * frequency. The loop keeps, exactly and incrementally, the count of every symbol and of every
 * adjacent pair (occurrences weighted by word frequency), and for every pair the words it occurs
 * in. A merge of (a, b) rewrites only the words holding the pair, and changes only the counts of a,
 * b, the merged symbol and the pairs next to rewritten positions; so only the scores of the pairs
 * whose counts changed are recomputed, and, for the {@link MergeScore#LIKELIHOOD} score that
 * divides by symbol counts, those of the pairs involving a, b or the merged symbol. The best pair
 * comes from a priority queue with lazy deletion: an entry carries the version of its pair at push
 * time and is ignored when the pair has changed since.
 */
final class WordPieceMerger {

  private final MergeScore mergeScore;
  private final int minFrequency;

  // Symbols: id -> text, count; and the pairs each symbol takes part in (may hold dead pairs).
  private final List<String> symbolText = new ArrayList<>();
  private final Map<String, Integer> symbolIds = new HashMap<>();
  private long[] symbolCount = new long[256];
  private final List<IntList> symbolPairs = new ArrayList<>();

  // Words: current split (first splitLength[w] entries of split[w]) and frequency.
  private final int[][] split;
  private final int[] splitLength;
  private final long[] wordFrequency;
  private final int[] wordStamp;

  // Pairs: (left, right) -> id; per id its count, version, words, push stamp.
  private final Map<Long, Integer> pairIds = new HashMap<>();
  private int pairTotal;
  private int[] pairLeft = new int[1024];
  private int[] pairRight = new int[1024];
  private long[] pairCount = new long[1024];
  private int[] pairVersion = new int[1024];
  private int[] pairStamp = new int[1024];
  private IntList[] pairWords = new IntList[1024];

  private final PriorityQueue<Candidate> queue;
  private int stamp;

  /** A queue entry: the score and count of a pair when it was pushed. */
  private record Candidate(double score, long count, int pair, int version) {}

  /**
   * @param words distinct words, each as its initial symbols ({@code w ##o ##r ##d})
   * @param frequencies corpus count of each word
   * @param mergeScore how pairs are ranked
   * @param minFrequency pairs occurring fewer times are never merged
   */
  WordPieceMerger(
      List<String[]> words, long[] frequencies, MergeScore mergeScore, int minFrequency) {
    this.mergeScore = mergeScore;
    this.minFrequency = minFrequency;
    int n = words.size();
    split = new int[n][];
    splitLength = new int[n];
    wordFrequency = frequencies.clone();
    wordStamp = new int[n];
    Arrays.fill(wordStamp, -1);
    Comparator<Candidate> bestFirst =
        Comparator.comparingDouble(Candidate::score)
            .reversed()
            .thenComparing(Comparator.comparingLong(Candidate::count).reversed())
            .thenComparing(c -> symbolText.get(pairLeft[c.pair()]))
            .thenComparing(c -> symbolText.get(pairRight[c.pair()]));
    queue = new PriorityQueue<>(bestFirst);
    for (int w = 0; w < n; w++) {
      String[] symbols = words.get(w);
      int[] ids = new int[symbols.length];
      for (int i = 0; i < symbols.length; i++) {
        ids[i] = symbol(symbols[i]);
        symbolCount[ids[i]] += wordFrequency[w];
      }
      split[w] = ids;
      splitLength[w] = ids.length;
      for (int i = 0; i + 1 < ids.length; i++) {
        int pair = pair(ids[i], ids[i + 1]);
        pairCount[pair] += wordFrequency[w];
        addWord(pair, w);
      }
    }
    for (int pair = 0; pair < pairTotal; pair++) {
      push(pair);
    }
  }

  /** The text of symbol {@code id}. */
  String symbolText(int id) {
    return symbolText.get(id);
  }

  /** Number of distinct symbols created so far. */
  int symbolTotal() {
    return symbolText.size();
  }

  /**
   * Performs the best remaining merge (highest {@link MergeScore}; ties: the larger pair count,
   * then a's text, then b's text) and returns the id of the merged symbol, or -1 when no pair with
   * at least {@code minFrequency} occurrences is left.
   */
  int mergeBest() {
    while (!queue.isEmpty()) {
      Candidate best = queue.poll();
      if (best.version() != pairVersion[best.pair()] || pairCount[best.pair()] < minFrequency) {
        continue;
      }
      return merge(best.pair());
    }
    return -1;
  }

  private int merge(int target) {
    int a = pairLeft[target];
    int b = pairRight[target];
    // The right symbol always continues a word, so it carries the ## prefix.
    String suffix = symbolText.get(b).substring(Vocabulary.CONTINUATION_PREFIX.length());
    int merged = symbol(symbolText.get(a) + suffix);
    stamp++;
    IntList touched = new IntList();
    IntList words = pairWords[target];
    for (int k = 0; k < words.size(); k++) {
      int w = words.get(k);
      if (wordStamp[w] != stamp) {
        wordStamp[w] = stamp;
        rewrite(w, a, b, merged, touched);
      }
    }
    pairWords[target].clear();
    pairVersion[target]++;
    if (mergeScore.dependsOnSymbolCounts()) {
      for (int symbol : new int[] {a, b, merged}) {
        pushPairsOf(symbol);
      }
    }
    for (int k = 0; k < touched.size(); k++) {
      int pair = touched.get(k);
      if (pairCount[pair] == 0) {
        pairVersion[pair]++;
        pairWords[pair].clear();
      } else if (pairStamp[pair] != stamp) {
        pairStamp[pair] = stamp;
        push(pair);
      }
    }
    return merged;
  }

  /** Replaces every (a, b) in word w by the merged symbol, updating counts. */
  private void rewrite(int w, int a, int b, int merged, IntList touched) {
    int[] s = split[w];
    int length = splitLength[w];
    boolean holds = false;
    for (int i = 0; i + 1 < length && !holds; i++) {
      holds = s[i] == a && s[i + 1] == b;
    }
    if (!holds) {
      return; // w held (a, b) once, but an earlier merge rewrote it.
    }
    long frequency = wordFrequency[w];
    for (int i = 0; i < length; i++) {
      symbolCount[s[i]] -= frequency;
    }
    for (int i = 0; i + 1 < length; i++) {
      int pair = pairIds.get(key(s[i], s[i + 1]));
      pairCount[pair] -= frequency;
      touched.add(pair);
    }
    int j = 0;
    for (int i = 0; i < length; ) {
      if (i + 1 < length && s[i] == a && s[i + 1] == b) {
        s[j++] = merged;
        i += 2;
      } else {
        s[j++] = s[i++];
      }
    }
    length = j;
    splitLength[w] = length;
    for (int i = 0; i < length; i++) {
      symbolCount[s[i]] += frequency;
    }
    for (int i = 0; i + 1 < length; i++) {
      Integer existing = pairIds.get(key(s[i], s[i + 1]));
      int pair = existing == null ? pair(s[i], s[i + 1]) : existing;
      if (existing != null && pairCount[pair] == 0) {
        // A pair that had died comes back (possible only when the merged text already existed
        // as a symbol); its symbols' lists may have dropped it.
        symbolPairs.get(s[i]).add(pair);
        symbolPairs.get(s[i + 1]).add(pair);
      }
      pairCount[pair] += frequency;
      touched.add(pair);
      // Only adjacencies with the merged symbol are new to w; the others already list w.
      if (s[i] == merged || s[i + 1] == merged) {
        addWord(pair, w);
      }
    }
  }

  /** Re-scores the live pairs of a symbol whose count changed, dropping dead ones from its list. */
  private void pushPairsOf(int symbol) {
    IntList pairs = symbolPairs.get(symbol);
    int kept = 0;
    for (int k = 0; k < pairs.size(); k++) {
      int pair = pairs.get(k);
      if (pairCount[pair] == 0) {
        continue;
      }
      pairs.set(kept++, pair);
      if (pairStamp[pair] != stamp) {
        pairStamp[pair] = stamp;
        push(pair);
      }
    }
    pairs.truncate(kept);
  }

  private void push(int pair) {
    pairVersion[pair]++;
    long count = pairCount[pair];
    if (count < minFrequency || count == 0) {
      return;
    }
    double score =
        mergeScore.score(count, symbolCount[pairLeft[pair]], symbolCount[pairRight[pair]]);
    queue.add(new Candidate(score, count, pair, pairVersion[pair]));
  }

  private int symbol(String text) {
    Integer id = symbolIds.get(text);
    if (id != null) {
      return id;
    }
    int created = symbolText.size();
    symbolText.add(text);
    symbolIds.put(text, created);
    symbolPairs.add(new IntList());
    if (created == symbolCount.length) {
      symbolCount = Arrays.copyOf(symbolCount, created * 2);
    }
    return created;
  }

  private int pair(int left, int right) {
    Integer id = pairIds.get(key(left, right));
    if (id != null) {
      return id;
    }
    int created = pairTotal++;
    if (created == pairLeft.length) {
      int capacity = created * 2;
      pairLeft = Arrays.copyOf(pairLeft, capacity);
      pairRight = Arrays.copyOf(pairRight, capacity);
      pairCount = Arrays.copyOf(pairCount, capacity);
      pairVersion = Arrays.copyOf(pairVersion, capacity);
      pairStamp = Arrays.copyOf(pairStamp, capacity);
      pairWords = Arrays.copyOf(pairWords, capacity);
    }
    pairLeft[created] = left;
    pairRight[created] = right;
    pairStamp[created] = -1;
    pairWords[created] = new IntList();
    pairIds.put(key(left, right), created);
    symbolPairs.get(left).add(created);
    if (right != left) {
      symbolPairs.get(right).add(created);
    }
    return created;
  }

  private void addWord(int pair, int w) {
    IntList words = pairWords[pair];
    if (words.size() == 0 || words.last() != w) {
      words.add(w);
    }
  }

  private static long key(int left, int right) {
    return ((long) left << 32) | (right & 0xFFFFFFFFL);
  }
}
