package org.edgefilter.framework.cli;

/**
 * A configuration request that cannot be honoured: an unknown preset or key, or a value of the
 * wrong type or range. The message says what was given and what is valid; it maps to {@link
 * ExitCodes#USAGE}.
 */
public final class ConfigException extends IllegalArgumentException {

  /** An error whose {@code message} says what was given and what is valid. */
  public ConfigException(String message) {
    super(message);
  }

  /** As {@link #ConfigException(String)}, caused by {@code cause}. */
  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
