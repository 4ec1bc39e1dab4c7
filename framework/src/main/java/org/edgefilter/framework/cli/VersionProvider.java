package org.edgefilter.framework.cli;

import org.edgefilter.framework.run.Versions;
import picocli.CommandLine;

/** {@code --version} of every command: the project's and TensorFlow's versions. */
public final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {
      "EdgeFilter " + Versions.project() + ", TensorFlow " + Versions.tensorflow()
    };
  }
}
