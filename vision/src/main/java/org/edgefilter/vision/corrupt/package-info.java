/**
 * The common-corruption benchmark (Hendrycks and Dietterich, ICLR 2019): the 15 corruptions of
 * CIFAR-10-C / Tiny-ImageNet-C and the 4 held-out extras, each at severities 1 to 5, for 32x32 and
 * 64x64 images, following the facts sheet {@code shared/corruptions.md} (itself read from {@code
 * hendrycks/robustness}, {@code make_cifar_c.py} and {@code make_tinyimagenet_c.py}).
 *
 * <p>{@link org.edgefilter.vision.corrupt.CorruptionGenerator} applies one corruption at one
 * severity, with one seeded random stream per (seed, corruption, severity, image index) so results
 * do not depend on thread scheduling. {@link org.edgefilter.vision.corrupt.CorruptedSetWriter} and
 * {@link org.edgefilter.vision.corrupt.CorruptedSetReader} write and read the release layout
 * ({@code <corruption>.npy} of {@code [5N, H, W, 3]} uint8 plus {@code labels.npy}), so a generated
 * set and the real release are interchangeable. {@link org.edgefilter.vision.corrupt.ContactSheet}
 * draws a PNG for a person to look at.
 *
 * <p>The image operations the original scripts borrow from scipy, scikit-image, OpenCV, Pillow and
 * ImageMagick are implemented here; each class states the definition it implements and any
 * deviation. Unless a class says otherwise, a corrupted value is converted to uint8 by clipping to
 * [0, 255] and truncating, as the scripts' {@code np.uint8} does.
 */
package org.edgefilter.vision.corrupt;
