/**
 * What every EdgeFilter command line shares: the common options ({@code --data}, {@code --runs},
 * {@code --seed}, {@code --preset}, {@code --set}), presets of configuration records with {@code
 * key=value} overrides, and the exit-code convention.
 */
package org.edgefilter.framework.cli;
