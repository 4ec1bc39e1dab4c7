package org.edgefilter.framework.nn;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A position in the parameter name hierarchy ({@code block1/conv2}) of one {@link
 * ParameterRegistry}; layers receive one and create their parameters in it.
 */
public final class ParameterScope {

  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9.][A-Za-z0-9_.\\-]*");

  private final ParameterRegistry registry;
  private final String prefix;

  ParameterScope(ParameterRegistry registry, String prefix) {
    this.registry = registry;
    this.prefix = prefix;
  }

  /** The scope one level down; {@code name} is a single path segment. */
  public ParameterScope child(String name) {
    requireSegment(name);
    return new ParameterScope(registry, qualify(name));
  }

  /** The scope's path, empty for the root. */
  public String path() {
    return prefix;
  }

  /** The full name {@code name} would have in this scope. */
  public String qualify(String name) {
    return prefix.isEmpty() ? name : prefix + "/" + name;
  }

  /** The registry the scope belongs to. */
  public ParameterRegistry registry() {
    return registry;
  }

  /**
   * Creates a parameter named {@code qualify(spec.name())}.
   *
   * @throws IllegalArgumentException if the name is taken or not a valid path segment
   */
  public Parameter create(ParameterSpec spec) {
    requireSegment(spec.name());
    return registry.create(this, spec);
  }

  static String requireSegment(String name) {
    Objects.requireNonNull(name, "name");
    if (!SEGMENT.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "'" + name + "' is not a valid name segment (letters, digits, '_', '.', '-'; no '/')");
    }
    return name;
  }

  @Override
  public String toString() {
    return prefix.isEmpty() ? "<root>" : prefix;
  }
}
