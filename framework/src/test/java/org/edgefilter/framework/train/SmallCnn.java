package org.edgefilter.framework.train;

import java.util.List;
import java.util.SplittableRandom;
import org.edgefilter.framework.data.ArrayDataset;
import org.edgefilter.framework.data.Augmentation;
import org.edgefilter.framework.data.BatchSampler;
import org.edgefilter.framework.data.HorizontalFlip;
import org.edgefilter.framework.data.RandomCrop;
import org.edgefilter.framework.nn.Activations;
import org.edgefilter.framework.nn.BatchNorm;
import org.edgefilter.framework.nn.Conv2d;
import org.edgefilter.framework.nn.Dense;
import org.edgefilter.framework.nn.Dropout;
import org.edgefilter.framework.nn.Losses;
import org.edgefilter.framework.nn.Mode;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.nn.ParameterScope;
import org.edgefilter.framework.nn.Pooling;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A two-block CNN with BatchNorm and dropout on 8x8 one-channel images of two classes: vertical
 * stripes (class 0) and horizontal stripes (class 1), each with a random phase and Gaussian noise.
 */
final class SmallCnn implements AutoCloseable {

  final int size;
  final Model model;
  final Placeholder<TFloat32> images;
  final Placeholder<TInt32> labels;
  final Operand<TFloat32> trainLoss;
  final Operand<TFloat32> evalLogits;
  final UpdateStep step;
  final Net net;

  /** The layers; {@code apply} builds one tower. */
  record Net(Conv2d c1, BatchNorm b1, Dropout d, Conv2d c2, BatchNorm b2, Dense h) {
    Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode) {
      Operand<TFloat32> y = Activations.relu(tf, b1.apply(tf, c1.apply(tf, x, mode), mode));
      y = d.apply(tf, y, mode);
      y = Activations.relu(tf, b2.apply(tf, c2.apply(tf, y, mode), mode));
      return h.apply(tf, Pooling.globalAverage(tf, y), mode);
    }
  }

  SmallCnn(long seed, Optimizer optimizer) {
    this(seed, optimizer, 8);
  }

  SmallCnn(long seed, Optimizer optimizer, int size) {
    this.size = size;
    model = new Model(seed);
    Ops tf = model.tf();
    images =
        tf.withName("images")
            .placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, size, size, 1)));
    labels = tf.withName("labels").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
    ParameterScope p = model.params();
    Conv2d conv1 =
        Conv2d.builder()
            .setFilters(8)
            .setKernelSize(3)
            .optBias(false)
            .build(p.child("block1").child("conv"));
    BatchNorm bn1 = BatchNorm.of(p.child("block1").child("bn"));
    Dropout drop = new Dropout(p.child("block1").child("drop"), 0.1f);
    Conv2d conv2 =
        Conv2d.builder()
            .setFilters(8)
            .setKernelSize(3)
            .optStride(2)
            .optBias(false)
            .build(p.child("block2").child("conv"));
    BatchNorm bn2 = BatchNorm.of(p.child("block2").child("bn"));
    Dense head = Dense.of(p.child("head"), 2);
    net = new Net(conv1, bn1, drop, conv2, bn2, head);
    Ops train = tf.withSubScope("train_tower");
    trainLoss = Losses.softmaxCrossEntropy(train, net.apply(train, images, Mode.TRAIN), labels);
    evalLogits = net.apply(tf.withSubScope("eval_tower"), images, Mode.EVAL);
    step = UpdateStep.builder(model).setLoss(trainLoss).setOptimizer(optimizer).build();
  }

  @Override
  public void close() {
    model.close();
  }

  static ArrayDataset stripes(int n, long seed) {
    return stripes(n, seed, 8);
  }

  /** {@code n} images of {@code size x size}, alternating classes. */
  static ArrayDataset stripes(int n, long seed, int size) {
    SplittableRandom rng = new SplittableRandom(seed);
    float[] x = new float[n * size * size];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = i % 2;
      int phase = rng.nextInt(2);
      for (int r = 0; r < size; r++) {
        for (int c = 0; c < size; c++) {
          int coordinate = y[i] == 0 ? c : r;
          float stripe = (coordinate + phase) % 2 == 0 ? 1f : -1f;
          x[(i * size + r) * size + c] = stripe + (float) (0.3 * rng.nextGaussian());
        }
      }
    }
    return new ArrayDataset(x, new int[] {size, size, 1}, y);
  }

  BatchFeeder feeder(ArrayDataset data) {
    Augmentation augmentation = RandomCrop.of(1).andThen(HorizontalFlip.half());
    return (indices, rng) ->
        Feeds.create().batch(images, labels, data.batch(indices, augmentation, rng));
  }

  Trainer.Builder trainer(ArrayDataset data, int batchSize, int epochs, double rate) {
    return Trainer.builder()
        .setModel(model)
        .setStep(step)
        .setSchedule(LearningRateSchedule.constant(rate))
        .setSampler(BatchSampler.shuffled(data.size(), batchSize, model.seed()))
        .setFeeder(feeder(data))
        .setEpochs(epochs);
  }

  /** Accuracy of the EVAL tower on {@code data}. */
  double accuracy(ArrayDataset data) {
    int correct = 0;
    for (int[] batch : BatchSampler.sequential(data.size(), 64).epoch(0)) {
      try (Feeds feeds =
          Feeds.create()
              .floats(images, data.batch(batch).features(), batch.length, size, size, 1)) {
        float[] logits = EvalStep.of(model, List.of(evalLogits)).run(feeds)[0];
        for (int i = 0; i < batch.length; i++) {
          int predicted = logits[2 * i + 1] > logits[2 * i] ? 1 : 0;
          if (predicted == data.label(batch[i])) {
            correct++;
          }
        }
      }
    }
    return (double) correct / data.size();
  }
}
