package org.edgefilter.framework.io;

/** A download failed: HTTP error, connection cut, or content whose SHA-256 is not the expected. */
public final class DownloadException extends RuntimeException {

  public DownloadException(String message) {
    super(message);
  }

  public DownloadException(String message, Throwable cause) {
    super(message, cause);
  }
}
