#!/usr/bin/env python3
"""PyTorch peer of `./edgefilter vision throughput`: WRN-16-4 training and TENT steps per second.

The same network as vision's WideResNet (pre-activation basic blocks, widths 16k/32k/64k, no
dropout, BN-ReLU, global average pooling, dense head), the same steps: a training step is
cross-entropy + Adam over every parameter on a batch of 128 random images (NCHW here, NHWC there);
a TENT step is the mean softmax entropy of a batch of 32 with BatchNorm on batch statistics and
Adam over the BatchNorm affine parameters only. The filter arm inserts y = h - LPF(h).detach()
after block group 1 (mean k=11, reflect padding: the vision `quick` preset's filter). Arms
alternate step by step, as ours do; medians of the timed steps are printed with the
filter/baseline time ratio, so the rows read like `bench perf`'s throughput rows.

Run: /usr/bin/python3 docs/perf/pytorch_wrn_probe.py [--steps 10] [--warmup 2] [--threads 2]
"""
import argparse
import os
import resource
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class EdgeFilter(nn.Module):
    def __init__(self, k, padding):
        super().__init__()
        self.k, self.padding = k, padding

    def forward(self, h):
        c, p = h.shape[1], self.k // 2
        weight = torch.full((c, 1, self.k, self.k), 1.0 / (self.k * self.k), dtype=h.dtype)
        if self.padding == "zero":
            low = F.conv2d(h, weight, padding=p, groups=c)
        else:
            low = F.conv2d(F.pad(h, (p, p, p, p), mode="reflect"), weight, groups=c)
        return h - low.detach()


class Block(nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.bn1, self.bn2 = nn.BatchNorm2d(cin), nn.BatchNorm2d(cout)
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.shortcut = None if cin == cout else nn.Conv2d(cin, cout, 1, stride, bias=False)

    def forward(self, x):
        o = F.relu(self.bn1(x))
        y = self.conv2(F.relu(self.bn2(self.conv1(o))))
        return y + (x if self.shortcut is None else self.shortcut(o))


class WideResNet(nn.Module):
    def __init__(self, depth=16, widen=4, classes=10, edge_filter=None):
        super().__init__()
        n = (depth - 4) // 6
        self.stem = nn.Conv2d(3, 16, 3, 1, 1, bias=False)
        widths, cin, groups = [16 * widen, 32 * widen, 64 * widen], 16, []
        for g, w in enumerate(widths):
            blocks = []
            for b in range(n):
                blocks.append(Block(cin, w, 2 if b == 0 and g > 0 else 1))
                cin = w
            groups.append(nn.Sequential(*blocks))
        self.groups = nn.ModuleList(groups)
        self.edge_filter = edge_filter
        self.bn = nn.BatchNorm2d(cin)
        self.head = nn.Linear(cin, classes)

    def forward(self, x):
        x = self.stem(x)
        for g, group in enumerate(self.groups):
            x = group(x)
            if g == 0 and self.edge_filter is not None:
                x = self.edge_filter(x)
        x = F.relu(self.bn(x))
        return self.head(x.mean(dim=(2, 3)))


def arm(filtered, args):
    torch.manual_seed(0)
    net = WideResNet(args.depth, args.widen,
                     edge_filter=EdgeFilter(11, args.padding) if filtered else None)
    net.train()
    train_opt = torch.optim.Adam(net.parameters(), lr=1e-4)
    bn_params = [p for m in net.modules() if isinstance(m, nn.BatchNorm2d)
                 for p in (m.weight, m.bias)]
    tent_opt = torch.optim.Adam(bn_params, lr=1e-4)
    return net, train_opt, tent_opt, bn_params


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--depth", type=int, default=16)
    ap.add_argument("--widen", type=int, default=4)
    ap.add_argument("--padding", choices=["reflect", "zero"], default="reflect")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    g = torch.Generator().manual_seed(0)
    images = torch.randn(128, 3, 32, 32, generator=g)
    labels = torch.arange(128) % 10
    tent_images = images[:32].clone()
    arms = [arm(False, args), arm(True, args)]
    train = [[], []]
    tent = [[], []]
    load0 = os.getloadavg()[0]
    for s in range(-args.warmup, args.steps):
        for a, (net, train_opt, tent_opt, bn_params) in enumerate(arms):
            t0 = time.perf_counter()
            for p in net.parameters():
                p.requires_grad_(True)
            train_opt.zero_grad(set_to_none=True)
            F.cross_entropy(net(images), labels).backward()
            train_opt.step()
            t1 = time.perf_counter()
            for p in net.parameters():
                p.requires_grad_(False)
            for p in bn_params:
                p.requires_grad_(True)
            tent_opt.zero_grad(set_to_none=True)
            logits = net(tent_images)
            entropy = -(logits.softmax(1) * logits.log_softmax(1)).sum(1).mean()
            entropy.backward()
            tent_opt.step()
            t2 = time.perf_counter()
            if s >= 0:
                train[a].append(128 / (t1 - t0))
                tent[a].append(32 / (t2 - t1))
    tb, tf_, eb, ef = (statistics.median(x) for x in (train[0], train[1], tent[0], tent[1]))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"PyTorch {torch.__version__}, {args.threads} threads, load average {load0:.1f}"
          f"-{os.getloadavg()[0]:.1f}, WRN-{args.depth}-{args.widen}, filter mean k=11 "
          f"{args.padding} after group 1, median of {args.steps} steps after {args.warmup}")
    print("| step | batch | baseline img/s | filter img/s | filter/baseline time ratio |")
    print("|---|---|---|---|---|")
    print(f"| train | 128 | {tb:.1f} | {tf_:.1f} | {tb / tf_:.2f}x |")
    print(f"| TENT step | 32 | {eb:.1f} | {ef:.1f} | {eb / ef:.2f}x |")
    print(f"peak RSS of this process: {rss} MB")


if __name__ == "__main__":
    main()
