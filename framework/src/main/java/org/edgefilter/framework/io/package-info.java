/**
 * File helpers shared by every module: atomic writes, the one PNG writer and the one RGB image
 * record, the project's JSON mapper, TFRecord reading, the data root ({@code --data}, {@code
 * EDGEFILTER_DATA}, {@code ~/.cache/edgefilter}) and verified downloads.
 */
package org.edgefilter.framework.io;
