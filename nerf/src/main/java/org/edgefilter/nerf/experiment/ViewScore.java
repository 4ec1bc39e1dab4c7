package org.edgefilter.nerf.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The metrics of one rendered test view against its ground truth.
 *
 * @param view the view's position in {@code transforms_test.json}
 * @param name the view's file name without folder, e.g. {@code r_8}
 * @param psnr PSNR in dB (data range 1)
 * @param ssim SSIM (Gaussian window 11, sigma 1.5)
 * @param mae mean absolute error
 * @param lpips LPIPS (AlexNet), or null when not computed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ViewScore(
    int view, String name, double psnr, double ssim, double mae, Double lpips) {}
