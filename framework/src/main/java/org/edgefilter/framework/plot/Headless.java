package org.edgefilter.framework.plot;

/**
 * Puts AWT in headless mode before any plotting class touches it, so charts render on servers and
 * CI machines without a display. The property only counts if set before AWT starts.
 */
final class Headless {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private Headless() {}

  /** Runs the static initializer; call from every plotting class's own initializer. */
  static void ensure() {
    // The work happens in the static initializer, once.
  }
}
