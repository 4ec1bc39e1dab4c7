package org.edgefilter.vision.corrupt;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.edgefilter.framework.io.Png;
import org.edgefilter.framework.io.RgbImage;

/**
 * A PNG for a person to check the corruptions by eye: one row per corruption, columns clean and
 * severities 1..5 of one image, each cell enlarged by an integer factor (nearest neighbour), with
 * the corruption names on the left and the severities on top.
 */
public final class ContactSheet {

  private static final int LABEL_WIDTH = 130;
  private static final int HEADER_HEIGHT = 20;
  private static final int GAP = 4;

  private ContactSheet() {}

  /**
   * Draws the sheet for {@code image} (HWC {@code [S, S, 3]} uint8, S the generator's side), using
   * random stream {@code imageIndex}; cells are {@code S * scale} pixels wide.
   */
  public static BufferedImage render(
      byte[] image,
      long imageIndex,
      CorruptionGenerator generator,
      List<Corruption> corruptions,
      int scale) {
    if (scale < 1) {
      throw new IllegalArgumentException("scale must be at least 1, got " + scale);
    }
    int s = generator.resolution().side();
    int cell = s * scale;
    int cols = Corruption.MAX_SEVERITY + 1;
    int width = LABEL_WIDTH + cols * (cell + GAP);
    int height = HEADER_HEIGHT + corruptions.size() * (cell + GAP);
    BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = sheet.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setColor(Color.BLACK);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      for (int col = 0; col < cols; col++) {
        String title = col == 0 ? "clean" : "severity " + col;
        g.drawString(title, LABEL_WIDTH + col * (cell + GAP) + 2, HEADER_HEIGHT - 6);
      }
      for (int row = 0; row < corruptions.size(); row++) {
        Corruption c = corruptions.get(row);
        int y = HEADER_HEIGHT + row * (cell + GAP);
        g.drawString(c.id(), 4, y + cell / 2 + 4);
        for (int col = 0; col < cols; col++) {
          byte[] px = col == 0 ? image : generator.corrupt(image, c, col, imageIndex);
          BufferedImage tile = RgbImage.fromBytes(s, s, px).toBufferedImage();
          g.drawImage(tile, LABEL_WIDTH + col * (cell + GAP), y, cell, cell, null);
        }
      }
    } finally {
      g.dispose();
    }
    return sheet;
  }

  /** Renders as {@link #render} and writes the PNG to {@code file} atomically. */
  public static void write(
      Path file,
      byte[] image,
      long imageIndex,
      CorruptionGenerator generator,
      List<Corruption> corruptions,
      int scale) {
    Png.write(file, render(image, imageIndex, generator, corruptions, scale));
  }
}
