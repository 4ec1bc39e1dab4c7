package org.edgefilter.language.experiment;

import java.util.Map;
import java.util.Objects;
import org.edgefilter.framework.cli.Presets;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.language.data.GlueTask;
import org.edgefilter.language.model.EncoderConfig;
import org.edgefilter.language.model.SequenceBorder;
import org.edgefilter.language.model.TokenFilterConfig;

/**
 * Everything one language run needs, written to its {@code config.json}; presets in {@link
 * LanguagePresets}, {@code --set key=value} overrides with dotted keys ({@code model.layers=4},
 * {@code filter.kernelSize=5}, {@code filter.position=2}, {@code train.epochs=3}).
 *
 * @param task the GLUE task
 * @param model the encoder's shape
 * @param filter the shared filter settings (its mode is IDENTITY in the baseline arm); positions
 *     are 0 (on the embeddings) to {@code model.layers} (see {@link TokenFilterConfig})
 * @param filterBorder {@code filter.border}: how the token window treats the sequence's ends
 * @param train optimizer, schedule and batching
 * @param data vocabulary size and subsets
 */
public record LanguageConfig(
    GlueTask task,
    EncoderConfig model,
    FilterConfig filter,
    @Presets.Key("filter.border") SequenceBorder filterBorder,
    TrainingConfig train,
    DataConfig data) {

  /** Keys of earlier versions and their names now. */
  public static final Map<String, String> RENAMED_KEYS =
      Map.of(
          "filter.afterLayer", "filter.position",
          "filter.lowPass", "filter.kind",
          "training.", "train.");

  public LanguageConfig {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(data, "data");
    TokenFilterConfig.positions(model.layers())
        .check(new TokenFilterConfig(filter, filterBorder).shared());
  }

  /** Builds the configuration from the model-level filter record. */
  public LanguageConfig(
      GlueTask task,
      EncoderConfig model,
      TokenFilterConfig filter,
      TrainingConfig train,
      DataConfig data) {
    this(task, model, filter.shared(), filter.border(), train, data);
  }

  /** The filter with its border, as the model takes it. */
  public TokenFilterConfig tokenFilter() {
    return new TokenFilterConfig(filter, filterBorder);
  }

  /** This configuration with the filter in {@code mode}. */
  public LanguageConfig withFilterMode(FilterMode mode) {
    return new LanguageConfig(task, model, filter.withMode(mode), filterBorder, train, data);
  }

  /**
   * The baseline arm of this configuration: the same run without a filter ({@link
   * TokenFilterConfig#none()}).
   */
  public LanguageConfig baseline() {
    return new LanguageConfig(task, model, TokenFilterConfig.none(), train, data);
  }

  /** The arm's name: {@code baseline} or e.g. {@code ef-mean-k3-p2}. */
  public String arm() {
    return tokenFilter().armName();
  }
}
