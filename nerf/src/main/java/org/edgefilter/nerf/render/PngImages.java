package org.edgefilter.nerf.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.edgefilter.framework.io.Png;
import org.edgefilter.framework.io.RgbImage;

/**
 * Writes float images as 8-bit RGB PNGs, atomically (temporary file, then rename).
 *
 * <p>Values are clamped to [0, 1] and rounded to the nearest of 0..255 by the framework's {@link
 * RgbImage#floatToByte} (NeRF's {@code to8b} truncates instead, which darkens by half a level on
 * average).
 */
public final class PngImages {

  private static final int GAP = 4;
  private static final int FONT_SIZE = 14;

  private PngImages() {}

  /** A labelled panel of a side-by-side comparison. */
  public record Panel(String label, RgbImage image) {}

  /**
   * Writes {@code image} ([H, W, 3], clamped to [0, 1]) to {@code file}, creating parent folders.
   */
  public static void write(RgbImage image, Path file) {
    Png.write(file, image);
  }

  /**
   * Writes the panels side by side, left to right, each under its label, on a white canvas; for
   * example ground truth, baseline and filter renders of one test view.
   *
   * @param panels at least one; images may differ in size
   */
  public static void writeSideBySide(List<Panel> panels, Path file) {
    Png.write(file, sideBySide(panels));
  }

  /** The side-by-side canvas that {@link #writeSideBySide} writes. */
  public static BufferedImage sideBySide(List<Panel> panels) {
    if (panels.isEmpty()) {
      throw new IllegalArgumentException("a side-by-side image needs at least one panel");
    }
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, FONT_SIZE);
    BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D probeGraphics = probe.createGraphics();
    FontMetrics metrics = probeGraphics.getFontMetrics(font);
    probeGraphics.dispose();
    int labelHeight = metrics.getHeight() + GAP;
    int[] columnWidth = new int[panels.size()];
    int width = GAP;
    int height = 0;
    for (int k = 0; k < panels.size(); k++) {
      Panel p = panels.get(k);
      columnWidth[k] = Math.max(p.image().width(), metrics.stringWidth(p.label()) + 2);
      width += columnWidth[k] + GAP;
      height = Math.max(height, p.image().height());
    }
    height += labelHeight + 2 * GAP;
    BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setColor(Color.BLACK);
      g.setFont(font);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      int x = GAP;
      for (int k = 0; k < panels.size(); k++) {
        Panel p = panels.get(k);
        g.drawString(p.label(), x + 1, GAP + metrics.getAscent());
        g.drawImage(p.image().toBufferedImage(), x, GAP + labelHeight, null);
        x += columnWidth[k] + GAP;
      }
    } finally {
      g.dispose();
    }
    return canvas;
  }
}
