/**
 * Image quality metrics over float RGB images [H, W, 3] in [0, 1], as the NeRF literature reports
 * them: {@link org.edgefilter.nerf.metrics.Psnr}, {@link org.edgefilter.nerf.metrics.Ssim} (Wang et
 * al. 2004, Gaussian window), {@link org.edgefilter.nerf.metrics.Mae}, and LPIPS ({@link
 * org.edgefilter.nerf.metrics.Lpips}), which is only computed when the user supplies the pretrained
 * weights and otherwise says so instead of giving a number.
 */
package org.edgefilter.nerf.metrics;
