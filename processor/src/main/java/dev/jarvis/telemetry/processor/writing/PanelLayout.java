package dev.jarvis.telemetry.processor.writing;

/**
 * Places panels on Grafana's grid of 24 columns in reading order: left to right, and on a new row,
 * below the tallest panel of the last, when a panel does not fit beside the one before. Rows never
 * share a cell, so no two panels overlap.
 */
final class PanelLayout {
  static final int COLUMNS = 24;

  private int x;
  private int y;
  private int rowHeight;

  /** The position of the next panel of this size. */
  Position place(int width, int height) {
    if (x + width > COLUMNS) {
      y += rowHeight;
      x = 0;
      rowHeight = 0;
    }
    Position position = new Position(x, y, width, height);
    x += width;
    rowHeight = Math.max(rowHeight, height);
    return position;
  }

  /** A panel's cell on the grid, in columns and rows. */
  record Position(int x, int y, int width, int height) {}
}
