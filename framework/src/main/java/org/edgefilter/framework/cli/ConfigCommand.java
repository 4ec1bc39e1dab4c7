package org.edgefilter.framework.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.edgefilter.framework.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code config} command every modality has: prints the configuration its options resolve to
 * (preset, then {@code --set}) as JSON, then one line {@code arms: <baseline>, <filter>} naming the
 * arm folders it would run; writes nothing. Exit codes: 0, or 2 (usage) for an unknown preset or
 * key with one {@code error:} line. A modality registers a subclass that mixes in its options and
 * resolves them:
 *
 * <pre>{@code
 * @Command(name = "config")
 * static final class Config extends ConfigCommand {
 *   @Mixin CommonOptions common;
 *   protected Resolved resolve() {
 *     AudioConfig c = PRESETS.resolve(common.preset(), common.overrides());
 *     return new Resolved(c, c.filter().baseline().armName(), c.filter().armName());
 *   }
 * }
 * }</pre>
 */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description =
        "Print the resolved configuration (preset and --set) as JSON and the arm folders it"
            + " runs; writes nothing.")
public abstract class ConfigCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /**
   * A resolved configuration and the folders of its two arms.
   *
   * @param config the configuration record, written with the project's JSON mapper
   * @param baselineArm the baseline arm's folder name ({@code baseline})
   * @param filterArm the filter arm's folder name (e.g. {@code ef-mean-k11-p1})
   */
  public record Resolved(Object config, String baselineArm, String filterArm) {}

  /** Resolves the command's options; throws {@link ConfigException} for a bad preset or key. */
  protected abstract Resolved resolve();

  @Override
  public Integer call() {
    Resolved resolved = resolve();
    PrintWriter out = spec.commandLine().getOut();
    out.println(Json.write(resolved.config()));
    out.println("arms: " + resolved.baselineArm() + ", " + resolved.filterArm());
    out.flush();
    return ExitCodes.OK;
  }
}
