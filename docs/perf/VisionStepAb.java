import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.train.Feeds;
import org.edgefilter.vision.model.Classifier;
import org.edgefilter.vision.model.ModelConfig;

/**
 * In-process A/B of WRN-16-4 training and TENT steps between graph variants chosen by system
 * properties at build time (e.g. {@code edgefilter.batchnorm.primitive=true}): one Classifier per
 * configuration, steps alternating across them, medians of wall and process CPU time, ratios to
 * the first configuration. Process CPU time is the figure to read on a shared machine.
 *
 * <p>Run (after building vision): {@code java -cp <vision, framework, op classes and their
 * dependencies> docs/perf/VisionStepAb.java STEPS TENT_BATCH TRAIN_BATCH FILTER CONFIG...};
 * TRAIN_BATCH 0 times TENT only, FILTER 1 adds the quick preset's filter (mean k=11 after block
 * group 1), CONFIG is a comma-separated {@code property=value} list ({@code ""}: the defaults).
 */
public class VisionStepAb {
  public static void main(String[] a) {
    int steps = Integer.parseInt(a[0]);
    int tb = Integer.parseInt(a[1]);
    int trb = Integer.parseInt(a[2]);
    FilterConfig fc =
        a[3].equals("1") ? FilterConfig.highPassMean(11, 1) : FilterConfig.baseline(1);
    List<Classifier> cs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 4; i < a.length; i++) {
      List<String> keys = new ArrayList<>();
      for (String kv : a[i].split(",")) {
        if (!kv.isEmpty()) {
          String[] p = kv.split("=");
          System.setProperty(p[0], p[1]);
          keys.add(p[0]);
        }
      }
      cs.add(new Classifier(ModelConfig.wrn(16, 4), fc, 32, 10, 0, 0, 0));
      keys.forEach(System::clearProperty);
      names.add(a[i].isEmpty() ? "(defaults)" : a[i]);
    }
    int n = cs.size();
    Random r = new Random(0);
    float[] images = new float[Math.max(tb, trb) * 3072];
    for (int i = 0; i < images.length; i++) {
      images[i] = (float) r.nextGaussian();
    }
    float[] tentImages = Arrays.copyOf(images, tb * 3072);
    int[] labels = new int[Math.max(trb, 1)];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = i % 10;
    }
    OperatingSystemMXBean os =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double[][] tent = new double[n][steps];
    double[][] train = new double[n][steps];
    double[][] tentCpu = new double[n][steps];
    double[][] trainCpu = new double[n][steps];
    for (int s = -2; s < steps; s++) {
      for (int k = 0; k < n; k++) {
        Classifier c = cs.get(k);
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        if (trb > 0) {
          try (Feeds f = Feeds.create().floats(c.images(), images, trb, 32, 32, 3)
              .ints(c.labels(), labels, trb)) {
            c.trainStep().run(f, 1e-4, Math.max(s, 0));
          }
        }
        long t1 = System.nanoTime();
        long c1 = os.getProcessCpuTime();
        c.tentStep(tentImages, tb, 1e-4, Math.max(s, 0));
        long t2 = System.nanoTime();
        long c2 = os.getProcessCpuTime();
        if (s >= 0) {
          train[k][s] = (t1 - t0) / 1e6;
          tent[k][s] = (t2 - t1) / 1e6;
          trainCpu[k][s] = (c1 - c0) / 1e6;
          tentCpu[k][s] = (c2 - c1) / 1e6;
        }
      }
    }
    for (int k = 0; k < n; k++) {
      System.out.printf("%-40s TENT b%d wall %.0f ms (%.1f img/s, x%.3f) cpu %.0f ms (x%.3f)",
          names.get(k), tb, med(tent[k]), tb * 1000 / med(tent[k]), med(tent[k]) / med(tent[0]),
          med(tentCpu[k]), med(tentCpu[k]) / med(tentCpu[0]));
      if (trb > 0) {
        System.out.printf("; train b%d wall %.0f ms (x%.3f) cpu %.0f ms (x%.3f)", trb,
            med(train[k]), med(train[k]) / med(train[0]), med(trainCpu[k]),
            med(trainCpu[k]) / med(trainCpu[0]));
      }
      System.out.println();
    }
    cs.forEach(Classifier::close);
  }

  static double med(double[] v) {
    double[] w = v.clone();
    Arrays.sort(w);
    return w[w.length / 2];
  }
}
