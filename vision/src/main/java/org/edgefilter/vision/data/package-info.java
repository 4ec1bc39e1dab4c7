/**
 * Reading and holding image data sets: the CIFAR binary record format (CIFAR-10 and CIFAR-100), the
 * CIFAR-10 JPEG zips, Tiny-ImageNet-200, NumPy {@code .npy} files (the CIFAR-10-C release layout),
 * and the in-memory {@link org.edgefilter.vision.data.ImageSet} every reader returns.
 *
 * <p>Readers validate what they read and name the file and record in every error. Pixels are NHWC,
 * RGB, row-major; labels are class indices into the set's class names.
 */
package org.edgefilter.vision.data;
