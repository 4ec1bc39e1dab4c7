package org.edgefilter.framework.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.summary.SummaryWriter;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.TString;

/**
 * Writes TensorBoard scalar summaries ({@code events.out.tfevents.*} files) with TensorFlow's own
 * summary ops, in a small Graph and Session owned by this object and separate from any model.
 *
 * <p>TF's writer queues events and writes them on {@link #flush()}, when its queue of {@value
 * #MAX_QUEUE} events fills, or every {@value #FLUSH_MILLIS} ms; {@link #close()} flushes.
 */
public final class ScalarSummaryWriter implements AutoCloseable {

  /** Events TF may hold in memory before writing (TF Python's default is also 10). */
  public static final int MAX_QUEUE = 10;

  /** TF writes queued events at least this often, in milliseconds. */
  public static final int FLUSH_MILLIS = 30_000;

  /** Distinguishes writers opened in the same second on the same folder by one process. */
  private static final AtomicLong OPENED = new AtomicLong();

  private final Path logDir;
  private final Graph graph;
  private final Session session;
  private final Placeholder<TInt64> step;
  private final Placeholder<TString> tag;
  private final Placeholder<TFloat64> value;
  private final Op write;
  private final Op flush;
  private final Op close;
  private boolean closed;

  private ScalarSummaryWriter(Path logDir) {
    this.logDir = logDir;
    Graph g = new Graph();
    Session s = null;
    try {
      Ops tf = Ops.create(g);
      SummaryWriter writer = tf.summary.summaryWriter(SummaryWriter.sharedName("scalars"));
      // The suffix keeps two writers opened in the same second from truncating each other's file.
      String suffix = "." + ProcessHandle.current().pid() + "-" + OPENED.incrementAndGet() + ".v2";
      Op create =
          tf.summary.createSummaryFileWriter(
              writer,
              tf.constant(logDir.toString()),
              tf.constant(MAX_QUEUE),
              tf.constant(FLUSH_MILLIS),
              tf.constant(suffix));
      step = tf.placeholder(TInt64.class, Placeholder.shape(Shape.scalar()));
      tag = tf.placeholder(TString.class, Placeholder.shape(Shape.scalar()));
      value = tf.placeholder(TFloat64.class, Placeholder.shape(Shape.scalar()));
      write = tf.summary.writeScalarSummary(writer, step, tag, value);
      flush = tf.summary.flushSummaryWriter(writer);
      close = tf.summary.closeSummaryWriter(writer);
      s = new Session(g);
      s.run(create);
    } catch (RuntimeException e) {
      if (s != null) {
        s.close();
      }
      g.close();
      throw e;
    }
    this.graph = g;
    this.session = s;
  }

  /** Opens a writer whose event file goes into {@code logDir} (created if missing). */
  public static ScalarSummaryWriter open(Path logDir) {
    Path absolute = logDir.toAbsolutePath();
    try {
      Files.createDirectories(absolute);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create TensorBoard folder " + absolute, e);
    }
    return new ScalarSummaryWriter(absolute);
  }

  /** The folder the event file is in. */
  public Path logDir() {
    return logDir;
  }

  /**
   * Records {@code value} for {@code tag} at {@code step} (stored as TensorBoard's float32 {@code
   * simple_value}). Non-finite values are written as they are, so a diverged run shows.
   */
  public synchronized void scalar(String tag, long step, double value) {
    checkOpen();
    try (TInt64 stepTensor = TInt64.scalarOf(step);
        TString tagTensor = TString.scalarOf(tag);
        TFloat64 valueTensor = TFloat64.scalarOf(value);
        Result ignored =
            session
                .runner()
                .feed(this.step, stepTensor)
                .feed(this.tag, tagTensor)
                .feed(this.value, valueTensor)
                .addTarget(write)
                .run()) {
      // Only the side effect matters; the empty Result is closed with the feeds.
    }
  }

  /** Writes queued events to the file. */
  public synchronized void flush() {
    checkOpen();
    session.run(flush);
  }

  /** Flushes and closes the event file, then the session and graph. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      session.run(close);
    } finally {
      try {
        session.close();
      } finally {
        graph.close();
      }
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("summary writer for " + logDir + " is closed");
    }
  }
}
