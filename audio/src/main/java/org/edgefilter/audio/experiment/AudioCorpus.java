package org.edgefilter.audio.experiment;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.edgefilter.audio.data.AudioReleases;
import org.edgefilter.audio.data.FoldPlan;
import org.edgefilter.audio.data.FoldSplit;
import org.edgefilter.audio.data.FsddDataset;
import org.edgefilter.audio.data.FsddRecording;
import org.edgefilter.audio.data.LabeledAudio;
import org.edgefilter.audio.data.UrbanSound8kDataset;
import org.edgefilter.audio.data.UrbanSoundClip;
import org.edgefilter.framework.cli.ConfigException;
import org.edgefilter.framework.io.DataLocator;

/**
 * A dataset's clips with the rounds its evaluation protocol prescribes.
 *
 * <ul>
 *   <li>FSDD: one round, {@code split}: the standard split of the dataset's README (recordings with
 *       index 0-4 of every speaker and digit are the test set).
 *   <li>UrbanSound8K: leave-one-fold-out over the predefined folds that are present (Salamon,
 *       Jacoby and Bello, ACM MM 2014: never a random split, since slices of one recording share a
 *       fold). Round {@code fold<k>} trains on every other present fold and tests on fold k; {@code
 *       test_folds} may restrict which folds are held out, never what is trained on.
 * </ul>
 *
 * {@code train_per_class} and {@code test_per_class} then thin each side of each round, per class,
 * to evenly spaced clips in dataset order.
 *
 * @param dataset which dataset
 * @param directory where its files are
 * @param clips every clip of the dataset (present folds only for UrbanSound8K)
 * @param folds fold of each clip (UrbanSound8K), or 0 for FSDD train and -1 for FSDD test clips
 * @param classNames class index to name
 * @param rounds the rounds, in order
 * @param notices what the reader wants the user to know, one printable line each (UrbanSound8K:
 *     rows skipped because their fold has no audio, recordings split across folds); see {@link
 *     #printNotices}
 */
public record AudioCorpus(
    AudioDataset dataset,
    Path directory,
    List<LabeledAudio> clips,
    int[] folds,
    List<String> classNames,
    List<Round> rounds,
    List<String> notices) {

  public AudioCorpus {
    notices = List.copyOf(notices);
    clips = List.copyOf(clips);
    folds = folds.clone();
    classNames = List.copyOf(classNames);
    rounds = List.copyOf(rounds);
  }

  /**
   * Finds {@code config.dataset()} below the data root and builds its rounds.
   *
   * @throws org.edgefilter.framework.io.MissingDataException naming the expected path if the
   *     dataset is not there
   */
  public static AudioCorpus load(AudioConfig config, DataLocator data) {
    return switch (config.dataset()) {
      case FSDD ->
          fsdd(
              config,
              data.require(
                  AudioDataset.FSDD.folder(),
                  "Free Spoken Digit Dataset recordings ({digit}_{speaker}_{index}.wav, 8 kHz"
                      + " mono)",
                  AudioReleases.FSDD.remedy()));
      case URBANSOUND8K -> {
        data.require(
            AudioDataset.URBANSOUND8K.folder() + "/" + UrbanSound8kDataset.METADATA_CSV,
            "UrbanSound8K in its official layout: urbansound8k/metadata/UrbanSound8K.csv and"
                + " urbansound8k/audio/fold1 .. fold10",
            AudioReleases.URBANSOUND8K.remedy());
        yield urbanSound8k(config, data.resolve(AudioDataset.URBANSOUND8K.folder()));
      }
    };
  }

  /** FSDD from its recordings folder. */
  public static AudioCorpus fsdd(AudioConfig config, Path recordingsDir) {
    FsddDataset dataset = FsddDataset.fromDirectory(recordingsDir);
    List<LabeledAudio> clips = new ArrayList<>(dataset.recordings());
    int[] folds = new int[clips.size()];
    List<Integer> train = new ArrayList<>();
    List<Integer> test = new ArrayList<>();
    for (int i = 0; i < clips.size(); i++) {
      boolean isTest = ((FsddRecording) clips.get(i)).index() < FsddDataset.TEST_INDICES;
      folds[i] = isTest ? -1 : 0;
      (isTest ? test : train).add(i);
    }
    int[] labels = labels(clips);
    Round round =
        new Round(
            "split",
            "",
            0,
            List.of(),
            thin(train, labels, config.trainPerClass()),
            thin(test, labels, config.testPerClass()));
    List<String> names =
        IntStream.range(0, FsddDataset.NUM_CLASSES).mapToObj(d -> "digit " + d).toList();
    return new AudioCorpus(
        AudioDataset.FSDD, recordingsDir, clips, folds, names, List.of(round), List.of());
  }

  /**
   * UrbanSound8K from its dataset folder (holding {@code metadata/} and {@code audio/}).
   *
   * @throws ConfigException if {@code test_folds} names a fold that is not present
   */
  public static AudioCorpus urbanSound8k(AudioConfig config, Path directory) {
    UrbanSound8kDataset dataset = UrbanSound8kDataset.load(directory);
    List<LabeledAudio> clips = new ArrayList<>(dataset.clips());
    int[] folds = clips.stream().mapToInt(c -> ((UrbanSoundClip) c).fold()).toArray();
    int[] labels = labels(clips);
    SortedSet<Integer> wanted =
        config.testFolds().isEmpty() ? dataset.folds() : new TreeSet<>(config.testFolds());
    if (!dataset.folds().containsAll(wanted)) {
      throw new ConfigException(
          "test_folds "
              + wanted
              + " are not all present in "
              + directory
              + "; present: "
              + dataset.folds());
    }
    FoldPlan plan = dataset.leaveOneFoldOut();
    List<Round> rounds = new ArrayList<>();
    for (FoldSplit split : plan.splits()) {
      if (!wanted.contains(split.testFold())) {
        continue;
      }
      List<Integer> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < clips.size(); i++) {
        if (folds[i] == split.testFold()) {
          test.add(i);
        } else if (split.trainFolds().contains(folds[i])) {
          train.add(i);
        }
      }
      rounds.add(
          new Round(
              "fold" + split.testFold(),
              "fold" + split.testFold() + "/",
              split.testFold(),
              split.trainFolds(),
              thin(train, labels, config.trainPerClass()),
              thin(test, labels, config.testPerClass())));
    }
    return new AudioCorpus(
        AudioDataset.URBANSOUND8K,
        directory,
        clips,
        folds,
        UrbanSound8kDataset.CLASS_NAMES,
        rounds,
        dataset.notices());
  }

  /** Prints each of {@link #notices()} on its own line; nothing when there are none. */
  public void printNotices(PrintWriter out) {
    notices.forEach(out::println);
    out.flush();
  }

  /** Number of classes. */
  public int numClasses() {
    return classNames.size();
  }

  /** The fold of every clip (a copy); see the record's description. */
  @Override
  public int[] folds() {
    return folds.clone();
  }

  /** The label of every clip. */
  public int[] labels() {
    return labels(clips);
  }

  private static int[] labels(List<LabeledAudio> clips) {
    return clips.stream().mapToInt(LabeledAudio::label).toArray();
  }

  /**
   * At most {@code perClass} positions of each class from {@code positions} (in order), evenly
   * spaced within the class: the j-th of n is kept when it is {@code floor(i n / perClass)} for
   * some i; 0 keeps all. Ascending.
   */
  static int[] thin(List<Integer> positions, int[] labels, int perClass) {
    if (perClass == 0) {
      return positions.stream().mapToInt(Integer::intValue).toArray();
    }
    List<List<Integer>> byClass = new ArrayList<>();
    for (int p : positions) {
      while (byClass.size() <= labels[p]) {
        byClass.add(new ArrayList<>());
      }
      byClass.get(labels[p]).add(p);
    }
    List<Integer> kept = new ArrayList<>();
    for (List<Integer> members : byClass) {
      int n = members.size();
      int take = Math.min(perClass, n);
      for (int i = 0; i < take; i++) {
        kept.add(members.get((int) ((long) i * n / take)));
      }
    }
    return kept.stream().mapToInt(Integer::intValue).sorted().toArray();
  }
}
