package org.edgefilter.framework.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.edgefilter.framework.io.Png;

/**
 * A grid of equally sized images in one PNG, with optional row labels on the left and column labels
 * on top (e.g. rows = corruptions, columns = severities; or clean / filtered features).
 *
 * <p>Layout: with padding {@code p} and cells of {@code cw x ch} pixels (image size times {@code
 * scale}), cell {@code (r, c)} starts at {@code x = left + p + c * (cw + p)}, {@code y = top + p +
 * r * (ch + p)}, where {@code left} and {@code top} are 0 without labels, else the label text size
 * plus {@code 2p}. The background is white; empty cells stay white.
 */
public final class ImageGrid {

  static {
    Headless.ensure();
  }

  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  private final FloatImage[][] cells;
  private final int rows;
  private final int cols;
  private final int imageHeight;
  private final int imageWidth;
  private final int scale;
  private final int padding;
  private final List<String> rowLabels;
  private final List<String> columnLabels;
  private final int left;
  private final int top;

  private ImageGrid(Builder b) {
    this.rows = b.rows;
    this.cols = b.cols;
    this.cells = new FloatImage[rows][];
    for (int r = 0; r < rows; r++) {
      cells[r] = b.cells[r].clone();
    }
    this.imageHeight = b.imageHeight;
    this.imageWidth = b.imageWidth;
    this.scale = b.scale;
    this.padding = b.padding;
    this.rowLabels = b.rowLabels;
    this.columnLabels = b.columnLabels;
    FontMetrics metrics = fontMetrics();
    int labelWidth = 0;
    if (rowLabels != null) {
      for (String label : rowLabels) {
        labelWidth = Math.max(labelWidth, metrics.stringWidth(label));
      }
    }
    this.left = rowLabels == null ? 0 : labelWidth + 2 * padding;
    this.top = columnLabels == null ? 0 : metrics.getHeight() + 2 * padding;
  }

  /** A builder for a {@code rows x cols} grid. */
  public static Builder builder(int rows, int cols) {
    return new Builder(rows, cols);
  }

  /** Total width in pixels. */
  public int width() {
    return left + padding + cols * (imageWidth * scale + padding);
  }

  /** Total height in pixels. */
  public int height() {
    return top + padding + rows * (imageHeight * scale + padding);
  }

  /** The top-left pixel of cell {@code (row, col)}; see the class comment for the formula. */
  public Point cellOrigin(int row, int col) {
    Objects.checkIndex(row, rows);
    Objects.checkIndex(col, cols);
    return new Point(
        left + padding + col * (imageWidth * scale + padding),
        top + padding + row * (imageHeight * scale + padding));
  }

  /** Renders the grid. */
  public BufferedImage toImage() {
    BufferedImage out = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, out.getWidth(), out.getHeight());
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          if (cells[r][c] != null) {
            paintCell(out, cells[r][c], cellOrigin(r, c));
          }
        }
      }
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(FONT);
      g.setColor(Color.BLACK);
      FontMetrics metrics = g.getFontMetrics();
      int cellHeight = imageHeight * scale;
      int cellWidth = imageWidth * scale;
      if (rowLabels != null) {
        for (int r = 0; r < rows; r++) {
          Point origin = cellOrigin(r, 0);
          int baseline = origin.y + (cellHeight - metrics.getHeight()) / 2 + metrics.getAscent();
          g.drawString(rowLabels.get(r), padding, baseline);
        }
      }
      if (columnLabels != null) {
        for (int c = 0; c < cols; c++) {
          Point origin = cellOrigin(0, c);
          String label = columnLabels.get(c);
          int x = origin.x + Math.max(0, (cellWidth - metrics.stringWidth(label)) / 2);
          g.drawString(label, x, padding + metrics.getAscent());
        }
      }
    } finally {
      g.dispose();
    }
    return out;
  }

  /** Encodes the grid as PNG. */
  public byte[] toPng() {
    return Png.encode(toImage());
  }

  /** Writes the grid to {@code file} as PNG, atomically. */
  public void writePng(Path file) {
    Png.write(file, toImage());
  }

  /** Nearest-neighbour upscaling by {@code scale}, so small images (32x32) stay crisp. */
  private void paintCell(BufferedImage out, FloatImage image, Point origin) {
    for (int y = 0; y < imageHeight; y++) {
      for (int x = 0; x < imageWidth; x++) {
        int rgb = image.rgbAt(y, x);
        for (int dy = 0; dy < scale; dy++) {
          for (int dx = 0; dx < scale; dx++) {
            out.setRGB(origin.x + x * scale + dx, origin.y + y * scale + dy, rgb);
          }
        }
      }
    }
  }

  private static FontMetrics fontMetrics() {
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scratch.createGraphics();
    try {
      g.setFont(FONT);
      return g.getFontMetrics();
    } finally {
      g.dispose();
    }
  }

  /** Builds an {@link ImageGrid}; all images must have the same height and width. */
  public static final class Builder {
    private final int rows;
    private final int cols;
    private final FloatImage[][] cells;
    private int imageHeight = -1;
    private int imageWidth = -1;
    private int scale = 1;
    private int padding = 2;
    private List<String> rowLabels;
    private List<String> columnLabels;

    private Builder(int rows, int cols) {
      if (rows <= 0 || cols <= 0) {
        throw new IllegalArgumentException("grid needs rows, cols > 0, got " + rows + "x" + cols);
      }
      this.rows = rows;
      this.cols = cols;
      this.cells = new FloatImage[rows][cols];
    }

    /** Puts {@code image} into cell {@code (row, col)}. */
    public Builder set(int row, int col, FloatImage image) {
      Objects.checkIndex(row, rows);
      Objects.checkIndex(col, cols);
      Objects.requireNonNull(image, "image");
      if (imageHeight < 0) {
        imageHeight = image.height();
        imageWidth = image.width();
      } else if (image.height() != imageHeight || image.width() != imageWidth) {
        throw new IllegalArgumentException(
            "cell ("
                + row
                + ", "
                + col
                + ") is "
                + image.height()
                + "x"
                + image.width()
                + " but the grid's images are "
                + imageHeight
                + "x"
                + imageWidth);
      }
      cells[row][col] = image;
      return this;
    }

    /** One label per row, drawn left of the row (default none). */
    public Builder optRowLabels(List<String> labels) {
      if (labels.size() != rows) {
        throw new IllegalArgumentException(labels.size() + " row labels for " + rows + " rows");
      }
      this.rowLabels = List.copyOf(labels);
      return this;
    }

    /** One label per column, drawn above it (default none). */
    public Builder optColumnLabels(List<String> labels) {
      if (labels.size() != cols) {
        throw new IllegalArgumentException(
            labels.size() + " column labels for " + cols + " columns");
      }
      this.columnLabels = List.copyOf(labels);
      return this;
    }

    /** Integer nearest-neighbour upscaling of every image (default 1). */
    public Builder optScale(int scale) {
      if (scale < 1) {
        throw new IllegalArgumentException("scale must be >= 1, got " + scale);
      }
      this.scale = scale;
      return this;
    }

    /** White pixels between cells and around the grid (default 2). */
    public Builder optPadding(int padding) {
      if (padding < 0) {
        throw new IllegalArgumentException("padding must be >= 0, got " + padding);
      }
      this.padding = padding;
      return this;
    }

    /** Checks the required settings and returns the grid. */
    public ImageGrid build() {
      if (imageHeight < 0) {
        throw new IllegalArgumentException("image grid has no images (set at least one cell)");
      }
      return new ImageGrid(this);
    }
  }
}
