package org.edgefilter.language.experiment;

import java.util.Objects;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.language.data.GlueTask;
import org.edgefilter.language.model.EncoderConfig;
import org.edgefilter.language.model.FilterConfig;

/**
 * Everything one language run needs, written to its {@code config.json}; presets in {@link
 * LanguagePresets}, {@code --set key=value} overrides with dotted keys ({@code model.layers=4},
 * {@code filter.kernelSize=5}).
 *
 * @param task the GLUE task
 * @param model the encoder's shape
 * @param filter the token filter (its mode is IDENTITY in the baseline arm)
 * @param training optimizer, schedule and batching
 * @param data vocabulary size and subsets
 */
public record LanguageConfig(GlueTask task, EncoderConfig model, FilterConfig filter,
    TrainingConfig training, DataConfig data) {

  public LanguageConfig {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(training, "training");
    Objects.requireNonNull(data, "data");
    if (filter.afterLayer() > model.layers()) {
      throw new IllegalArgumentException("filter.afterLayer " + filter.afterLayer()
          + " exceeds model.layers " + model.layers());
    }
  }

  /** This configuration with the filter in {@code mode}. */
  public LanguageConfig withFilterMode(FilterMode mode) {
    return new LanguageConfig(task, model, filter.withMode(mode), training, data);
  }

  /**
   * The baseline arm of this configuration: the same run without a filter
   * ({@link FilterConfig#none()}).
   */
  public LanguageConfig baseline() {
    return new LanguageConfig(task, model, FilterConfig.none(), training, data);
  }

  /** The arm's name, from the filter: {@code baseline} or e.g. {@code ef-mean-k3-after2}. */
  public String arm() {
    return filter.armName();
  }
}
