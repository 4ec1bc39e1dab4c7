/** Unpacking of the official dataset archives fetched by the {@code download} command. */
package org.edgefilter.vision.download;
