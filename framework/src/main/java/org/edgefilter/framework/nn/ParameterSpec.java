package org.edgefilter.framework.nn;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a layer asks its {@link ParameterScope} for.
 *
 * @param name the local name inside the scope (one path segment, e.g. {@code kernel})
 * @param shape the parameter's shape, every dimension positive
 * @param role what the parameter is for
 * @param initializer draws its initial values
 * @param trainable whether gradient steps may change it
 * @param tags free-form labels (see {@link Tags})
 */
public record ParameterSpec(
    String name,
    long[] shape,
    Role role,
    Initializer initializer,
    boolean trainable,
    Set<String> tags) {

  /** Copies the shape and tags and checks that every dimension is positive. */
  public ParameterSpec {
    Objects.requireNonNull(name, "name");
    shape = shape.clone();
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(initializer, "initializer");
    tags = Set.copyOf(tags);
    for (long d : shape) {
      if (d <= 0) {
        throw new IllegalArgumentException(
            "parameter '" + name + "' has a non-positive dimension in " + Arrays.toString(shape));
      }
    }
  }

  /** A trainable parameter without tags. */
  public static ParameterSpec of(String name, Role role, Initializer initializer, long... shape) {
    return new ParameterSpec(name, shape, role, initializer, true, Set.of());
  }

  /** This spec, not trainable. */
  public ParameterSpec frozen() {
    return new ParameterSpec(name, shape, role, initializer, false, tags);
  }

  /** This spec with {@code more} tags added. */
  public ParameterSpec withTags(String... more) {
    Set<String> all = new LinkedHashSet<>(tags);
    all.addAll(Arrays.asList(more));
    return new ParameterSpec(name, shape, role, initializer, trainable, all);
  }

  /** A copy of the shape. */
  @Override
  public long[] shape() {
    return shape.clone();
  }
}
