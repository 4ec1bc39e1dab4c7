#!/usr/bin/env python3
"""PyTorch reference timings for issue 17: the filter op as the official code formulates it.

The official mean low-pass is a depthwise conv2d with a ones/k^2 kernel and zero padding; the
paper's text states reflect padding, which is the same convolution after F.pad(mode='reflect').
Each case times `x -> ReLU -> x - LPF(x) -> mean` (forward, no_grad) against `x -> ReLU -> mean`
on the same tensor, alternating the two run by run, and prints the median times and their ratio,
so it reads like `./edgefilter filter-bench` (NCHW here: [128, 32, 32, 32] there is
[128, 32, 32, 32] here with channels second).

Run: python3 docs/perf/pytorch_filter_probe.py [--runs 20] [--threads 2]
"""
import argparse
import os
import statistics
import time

import torch
import torch.nn.functional as F


def mean_lpf(x, k, padding):
    c = x.shape[1]
    weight = torch.full((c, 1, k, k), 1.0 / (k * k), dtype=x.dtype)
    p = k // 2
    if padding == "zero":
        return F.conv2d(x, weight, padding=p, groups=c)
    return F.conv2d(F.pad(x, (p, p, p, p), mode="reflect"), weight, groups=c)


def mean_lpf_1d(x, k, padding):
    # x: [batch, length, channels] -> conv1d over length, channels as groups
    t = x.transpose(1, 2)
    c = t.shape[1]
    weight = torch.full((c, 1, k), 1.0 / k, dtype=x.dtype)
    p = k // 2
    if padding == "zero":
        y = F.conv1d(t, weight, padding=p, groups=c)
    else:
        y = F.conv1d(F.pad(t, (p, p), mode="reflect"), weight, groups=c)
    return y.transpose(1, 2)


def median_lpf(x, k):
    p = k // 2
    padded = F.pad(x, (p, p, p, p), mode="reflect")
    patches = padded.unfold(2, k, 1).unfold(3, k, 1)  # [b, c, h, w, k, k]
    return patches.reshape(*patches.shape[:4], -1).median(dim=-1).values


def timed(fn, runs, warmup):
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1e3)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    cases = [
        ("2D mean k=3", (128, 32, 32, 32), 3, "zero", mean_lpf),
        ("2D mean k=3", (128, 32, 32, 32), 3, "reflect", mean_lpf),
        ("2D mean k=11", (128, 160, 32, 32), 11, "zero", mean_lpf),
        ("2D mean k=11", (128, 160, 32, 32), 11, "reflect", mean_lpf),
        ("1D mean k=7", (32, 50, 768), 7, "zero", mean_lpf_1d),
        ("1D mean k=7", (32, 50, 768), 7, "reflect", mean_lpf_1d),
        ("2D median k=3", (128, 32, 32, 32), 3, "reflect", None),
    ]
    print(f"PyTorch {torch.__version__}, {args.threads} threads, load average "
          f"{os.getloadavg()[0]:.1f}, median of {args.runs} runs after {args.warmup} warm-up")
    print("| case | shape (PyTorch layout) | forward ms | no-filter ms | ratio |")
    print("|---|---|---|---|---|")
    with torch.no_grad():
        for name, shape, k, padding, lpf in cases:
            x = torch.randn(*shape)

            def with_filter():
                h = torch.relu(x)
                low = median_lpf(h, k) if lpf is None else lpf(h, k, padding)
                return (h - low).mean()

            def without():
                return torch.relu(x).mean()

            for _ in range(args.warmup):
                with_filter()
                without()
            a, b = [], []
            for _ in range(args.runs):
                a += timed(with_filter, 1, 0)
                b += timed(without, 1, 0)
            fa, fb = statistics.median(a), statistics.median(b)
            print(f"| {name} {padding.upper()} | {list(shape)} | {fa:.2f} | {fb:.2f} | "
                  f"{fa / fb:.2f}x |")


if __name__ == "__main__":
    main()
