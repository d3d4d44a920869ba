"""Feature visualizations of every unit of the mixed blocks at once, in batches: the four views a unit
page shows (the unit at the centre of its map or its whole map, excited or turned off), grown with the
settings of the page's own feature visualization (src/lib/model/featurevis/): the picture as Fourier
coefficients scaled down with frequency, at half the image's size and upsampled bilinearly, colours
decorrelated by the world's 3x3 matrix, a sigmoid, and fresh rotation, scale and jitter at every step,
climbed with Adam. The page's version runs one unit at a time in the reader's browser; this one grows a
whole layer side by side, which on a CPU is about eight times faster a picture than the browser's.

Called by scripts/views.ts, which measures each picture on the page's own forward pass and writes the
sprites the site serves. Writes, per layer and view, the pictures at the parameterised resolution (the
image the network sees is their bilinear upsampling) as uint8 RGB: <out>/<layer>.<objective>-<sign>.bin"""

import argparse
import json
import math
import os

# the same kernels whatever the processor (see train.py)
os.environ.setdefault("ONEDNN_MAX_CPU_ISA", "AVX2")

import numpy as np
import torch
import torch.nn.functional as F

from export import read_exported
from model import InceptionWorld, mixed_out

VIEWS = [("neuron", 1), ("channel", 1), ("neuron", -1), ("channel", -1)]
SCALES = [1, 0.975, 1.025, 0.95, 1.05]
ROTATIONS = [-5, -3, -1, 0, 1, 3, 5]
JITTER = 2


def spectrum_scale(n, decay):
    f = np.minimum(np.arange(n), n - np.arange(n)) / n
    scale = 1 / np.maximum(np.hypot(f[None, :], f[:, None]), 1 / n) ** decay
    return scale / scale.mean() / n


def block_before_relu(block, x):
    """A mixed block's output before each branch's last ReLU (the bottlenecks keep theirs)."""
    out = []
    if "b1" in block.branches:
        out.append(block.b1.conv(x))
    if "b3" in block.branches:
        out.append(block.b3.conv(block.b3r(x)))
    if "b5" in block.branches:
        out.append(block.b5.conv(block.b5r(x)))
    if "pool" in block.branches:
        out.append(block.pool.conv(F.max_pool2d(x, 3, stride=1, padding=1)))
    return torch.cat(out, dim=1)


class Grower:
    def __init__(self, model, colour, size, decay=1.0):
        self.model = model
        self.size = size
        self.n = n = size // 2
        as_t = lambda a: torch.tensor(np.asarray(a), dtype=torch.float32)
        self.scale = as_t(spectrum_scale(n, decay))
        self.colour = as_t(colour)

    def render(self, re, im):
        """[B, 3, n, n] pictures in [0, 1] from their spectra: the real part of the inverse DFT (orthonormal,
        as the page's cosine and sine bases are), the colour matrix, a sigmoid."""
        x = torch.fft.ifft2(torch.complex(re * self.scale, im * self.scale), norm="ortho").real
        rgb = torch.einsum("jc,bchw->bjhw", self.colour, x)
        return torch.sigmoid(2 * rgb)

    def upsample(self, pictures):
        """Bilinear, pixel centres aligned and edges clamped: the page's upsampling matrix, as an op."""
        return F.interpolate(pictures, size=self.size, mode="bilinear", align_corners=False)

    def transformed(self, pictures, rng):
        """Each picture turned and scaled about its centre at its own resolution (bilinear), upsampled, then
        rolled by whole pixels: the page's amounts, drawn afresh for each picture at each step."""
        theta, shifts = [], []
        for _ in range(pictures.shape[0]):
            angle = math.radians(ROTATIONS[rng.randint(len(ROTATIONS))])
            scale = SCALES[rng.randint(len(SCALES))]
            c, s = math.cos(angle) / scale, math.sin(angle) / scale
            theta.append([[c, -s, 0], [s, c, 0]])
            shifts.append((rng.randint(-JITTER, JITTER + 1), rng.randint(-JITTER, JITTER + 1)))
        grid = F.affine_grid(torch.tensor(theta, dtype=torch.float32), list(pictures.shape), align_corners=False)
        turned = F.grid_sample(pictures, grid, mode="bilinear", padding_mode="border", align_corners=False)
        images = self.upsample(turned)
        return torch.stack([torch.roll(image, shift, (1, 2)) for image, shift in zip(images, shifts)])

    def objective(self, images, layer, units, objective, sign):
        """Each picture's own unit: at the centre cell before its ReLU, or its map's mean."""
        # channels last: the layout in which a CPU pools and convolves fastest
        x = images.contiguous(memory_format=torch.channels_last)
        block = None
        for spec in self.model.specs:
            name = spec["name"]
            if name == layer:
                block = self.model.layers[name]
                break
            if spec["type"] == "maxpool":
                x = F.max_pool2d(x, spec["kernel"], stride=spec["stride"])
            elif spec["type"] == "mixed":
                x = block_before_relu(self.model.layers[name], x).relu()
            else:
                x = self.model.layers[name](x)
        size = x.shape[2]
        centre = size // 2
        if objective == "neuron":
            half = 4
            top = max(0, min(size - 2 * half - 1, centre - half))
            extent = min(size, 2 * half + 1)
            x = x[:, :, top : top + extent, top : top + extent]
            centre -= top
        pre = block_before_relu(block, x)
        channel = pre[torch.arange(len(units)), torch.as_tensor(units)]
        if objective == "neuron":
            return channel[:, centre, centre]
        return channel.relu().mean((1, 2)) + channel.mean((1, 2)) * (0.1 if sign == 1 else 1)

    def grow(self, layer, units, objective, sign, steps, seed):
        rng = np.random.RandomState(seed)
        planes = (len(units), 3, self.n, self.n)
        re = torch.tensor(rng.normal(0, 0.01, planes), dtype=torch.float32, requires_grad=True)
        im = torch.tensor(rng.normal(0, 0.02, planes), dtype=torch.float32, requires_grad=True)
        optimizer = torch.optim.Adam([re, im], lr=0.3, eps=1e-7)
        for _ in range(steps):
            optimizer.zero_grad()
            values = self.objective(self.transformed(self.render(re, im), rng), layer, units, objective, sign)
            (-(values * sign).sum()).backward()
            optimizer.step()
        with torch.no_grad():
            return self.render(re, im)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", required=True, help="the network's folder (model.json, weights)")
    parser.add_argument("--colour", required=True, help="the world's colour matrix, as JSON")
    parser.add_argument("--out", required=True)
    parser.add_argument("--steps", type=int, default=256)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--layers", nargs="*", help="only these blocks")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    with open(os.path.join(args.model, "model.json")) as f:
        architecture = json.load(f)["architecture"]
    model = InceptionWorld(architecture).eval()
    read_exported(model, args.model)
    for p in model.parameters():
        p.requires_grad_(False)
    model.to(memory_format=torch.channels_last)
    grower = Grower(model, json.loads(args.colour), architecture["input"]["size"])
    os.makedirs(args.out, exist_ok=True)
    blocks = [s for s in architecture["layers"] if s["type"] == "mixed" and (not args.layers or s["name"] in args.layers)]
    for spec in blocks:
        count = mixed_out(spec)
        for objective, sign in VIEWS:
            path = os.path.join(args.out, f"{spec['name']}.{objective}-{'positive' if sign == 1 else 'negative'}.bin")
            if os.path.exists(path):
                continue
            pictures = []
            for start in range(0, count, args.batch):
                units = list(range(start, min(count, start + args.batch)))
                # each batch its own random start, seeded by its first unit
                grown = grower.grow(spec["name"], units, objective, sign, args.steps, args.seed * 1000 + start)
                pictures.append((grown.permute(0, 2, 3, 1).clamp(0, 1) * 255).round().to(torch.uint8).numpy())
                print(f"{spec['name']} {objective} {'excite' if sign == 1 else 'turn off'}: units {units[0]}-{units[-1]}", flush=True)
            with open(path + ".part", "wb") as f:
                f.write(np.concatenate(pictures).tobytes())
            os.replace(path + ".part", path)


if __name__ == "__main__":
    main()
