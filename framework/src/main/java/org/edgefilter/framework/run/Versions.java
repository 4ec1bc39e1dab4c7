package org.edgefilter.framework.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.tensorflow.TensorFlow;

/** The versions and host a run records beside its results, so a result can be traced back. */
public final class Versions {

  private static final String RESOURCE = "/org/edgefilter/framework/version.properties";

  private Versions() {}

  /** The EdgeFilter project version (from the Maven build), e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String project() {
    try (InputStream in = Versions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "unknown");
      // An unfiltered resource (an IDE build that skipped Maven filtering) still says ${...}.
      return version.startsWith("${") ? "unknown" : version;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + RESOURCE, e);
    }
  }

  /** The native TensorFlow runtime version, e.g. {@code 2.18.0}; loads the native library. */
  public static String tensorflow() {
    return TensorFlow.version();
  }

  /** The Java runtime version, e.g. {@code 17.0.15+6-Debian-1deb12u1}. */
  public static String java() {
    return Runtime.version().toString();
  }

  /** This machine's host name, or {@code unknown}. */
  public static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      String fromEnv = System.getenv("HOSTNAME");
      return fromEnv == null || fromEnv.isBlank() ? "unknown" : fromEnv;
    }
  }

  /**
   * The versions a run records: {@code project}, {@code tensorflow}, {@code java} and {@code git}
   * (the commit of the working tree, or {@code unknown}).
   */
  public static Map<String, String> all() {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("project", project());
    versions.put("tensorflow", tensorflow());
    versions.put("java", java());
    versions.put("git", GitRevision.current());
    return versions;
  }
}
