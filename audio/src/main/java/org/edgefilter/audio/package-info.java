/**
 * The audio module: the command line ({@link org.edgefilter.audio.AudioCli}); readers in {@code
 * data}, log-mel features in {@code features}, the CNN in {@code model}, and the study's runs in
 * {@code experiment}.
 */
package org.edgefilter.audio;
