"""An InceptionV1-style network, small enough to train on two CPU cores: a stem of plain
convolutions, then mixed blocks of parallel 1x1, 3x3 and 5x5 branches (with 1x1 bottlenecks)
and a pooling branch, concatenated. Layer names follow InceptionV1 so units read mixed3b:7."""

import torch
from torch import nn
import torch.nn.functional as F

# The architecture as data: the same description is exported next to the weights and read by
# the TypeScript forward pass, so the two implementations cannot drift apart silently.
ARCHITECTURE = {
    "input": {"size": 64, "channels": 3},
    "layers": [
        {"name": "conv2d0", "type": "conv", "in": 3, "out": 32, "kernel": 5, "stride": 2},
        {"name": "maxpool0", "type": "maxpool", "kernel": 2, "stride": 2},
        {"name": "conv2d1", "type": "conv", "in": 32, "out": 32, "kernel": 1, "stride": 1},
        {"name": "conv2d2", "type": "conv", "in": 32, "out": 64, "kernel": 3, "stride": 1},
        {"name": "mixed3a", "type": "mixed", "in": 64, "b1": 32, "b3r": 32, "b3": 48, "b5r": 8, "b5": 16, "pool": 16},
        # no bottlenecks in mixed3b: its weights from each mixed3a unit (the curve circuit's edges) are real
        # weights, so removing one is an exact edit of the network, not a linear estimate through a ReLU
        {"name": "mixed3b", "type": "mixed", "in": 112, "b1": 48, "b3r": 0, "b3": 64, "b5r": 0, "b5": 24, "pool": 32},
        {"name": "maxpool1", "type": "maxpool", "kernel": 2, "stride": 2},
        {"name": "mixed4a", "type": "mixed", "in": 168, "b1": 64, "b3r": 48, "b3": 96, "b5r": 16, "b5": 32, "pool": 32},
        {"name": "mixed4b", "type": "mixed", "in": 224, "b1": 64, "b3r": 64, "b3": 128, "b5r": 16, "b5": 32, "pool": 32},
        {"name": "mixed4c", "type": "mixed", "in": 256, "b1": 64, "b3r": 64, "b3": 128, "b5r": 16, "b5": 32, "pool": 32},
        {"name": "logits", "type": "dense", "in": 256, "out": 9},
    ],
}


def mixed_out(spec):
    return spec["b1"] + spec["b3"] + spec["b5"] + spec["pool"]


BRANCH_WIDTHS = ("b1", "b3r", "b3", "b5r", "b5", "pool")


def scaled(architecture, width):
    """The same architecture with every mixed block's branches `width` times as wide (multiples of 4;
    a branch reading its input directly stays so), and each block's input following the one before."""
    layers, channels = [], None
    for spec in architecture["layers"]:
        spec = dict(spec)
        if spec["type"] == "mixed":
            for key in BRANCH_WIDTHS:
                if spec[key]:
                    spec[key] = max(4, int(round(spec[key] * width / 4)) * 4)
            spec["in"] = channels
        if spec["type"] == "dense":
            spec["in"] = channels
        if spec["type"] == "conv":
            channels = spec["out"]
        elif spec["type"] == "mixed":
            channels = mixed_out(spec)
        layers.append(spec)
    return {**architecture, "layers": layers}


def variant(architecture, **changes):
    """The architecture with some layers' fields changed (by layer name), each block's input following."""
    layers = [{**spec, **changes.get(spec["name"], {})} for spec in architecture["layers"]]
    return scaled({**architecture, "layers": layers}, 1.0)


# inception-world-v11: a stem and mixed3a that see a piece of a curve, not a whole one. conv2d0 is 3x3
# and conv2d2 1x1, and mixed3a has no 5x5 branch (its channels go to the 3x3 one), so a mixed3a cell sees
# 13 px of the image (31 px in v10): less than a curve of radius 8 px, which spans 16. mixed3b, with its
# 5x5 branch, still sees 29 px: the whole curve. Why: docs/networks.md, "Every attempt".
PIECEWISE_ARCHITECTURE = variant(
    ARCHITECTURE,
    conv2d0={"kernel": 3},
    conv2d2={"kernel": 1},
    mixed3a={"b3": 64, "b5r": 0, "b5": 0},
)


class Conv(nn.Module):
    """Convolution with 'same' padding (k // 2 on every side), then ReLU."""

    def __init__(self, cin, cout, k, stride=1):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, k, stride=stride, padding=k // 2)
        # variance-preserving start for a ReLU stack without normalisation: with PyTorch's default
        # (smaller) scale the signal shrinks through a dozen layers and training can stall at chance
        nn.init.kaiming_normal_(self.conv.weight, nonlinearity="relu")
        nn.init.zeros_(self.conv.bias)

    def forward(self, x):
        return F.relu(self.conv(x))


class Mixed(nn.Module):
    def __init__(self, spec):
        super().__init__()
        cin = spec["in"]
        # a branch of width 0 is absent: a block without its 5x5 branch sees only 3x3 cells of its input
        self.branches = [b for b in ("b1", "b3", "b5", "pool") if spec[b]]
        if spec["b1"]:
            self.b1 = Conv(cin, spec["b1"], 1)
        # a bottleneck width of 0 means the branch reads the block's input directly: its weights from
        # each input unit are then real weights, which a circuit edit can change exactly
        if spec["b3"]:
            self.b3r = Conv(cin, spec["b3r"], 1) if spec["b3r"] else nn.Identity()
            self.b3 = Conv(spec["b3r"] or cin, spec["b3"], 3)
        if spec["b5"]:
            self.b5r = Conv(cin, spec["b5r"], 1) if spec["b5r"] else nn.Identity()
            self.b5 = Conv(spec["b5r"] or cin, spec["b5"], 5)
        if spec["pool"]:
            self.pool = Conv(cin, spec["pool"], 1)

    def forward(self, x):
        # the pooling first, then the branches in order: the order of the operations fixes the order in
        # which the backward pass sums gradients, and so, bit for bit, the weights training gives
        pooled = F.max_pool2d(x, 3, stride=1, padding=1) if "pool" in self.branches else None
        out = []
        if "b1" in self.branches:
            out.append(self.b1(x))
        if "b3" in self.branches:
            out.append(self.b3(self.b3r(x)))
        if "b5" in self.branches:
            out.append(self.b5(self.b5r(x)))
        if "pool" in self.branches:
            out.append(self.pool(pooled))
        return torch.cat(out, dim=1)


class InceptionWorld(nn.Module):
    def __init__(self, architecture=ARCHITECTURE):
        super().__init__()
        self.specs = architecture["layers"]
        self.layers = nn.ModuleDict()
        for spec in self.specs:
            if spec["type"] == "conv":
                self.layers[spec["name"]] = Conv(spec["in"], spec["out"], spec["kernel"], spec["stride"])
            elif spec["type"] == "mixed":
                assert spec["in"] == self._last_channels, spec["name"]
                self.layers[spec["name"]] = Mixed(spec)
            elif spec["type"] == "dense":
                self.layers[spec["name"]] = nn.Linear(spec["in"], spec["out"])
            if spec["type"] in ("conv", "mixed"):
                self._last_channels = spec["out"] if spec["type"] == "conv" else mixed_out(spec)

    def forward(self, x, keep=False):
        """Logits; with keep=True also every named layer's activations (NCHW)."""
        activations = {}
        for spec in self.specs:
            name = spec["name"]
            if spec["type"] == "maxpool":
                x = F.max_pool2d(x, spec["kernel"], stride=spec["stride"])
            elif spec["type"] == "dense":
                x = self.layers[name](x.mean(dim=(2, 3)))
            else:
                x = self.layers[name](x)
            if keep:
                activations[name] = x
        return (x, activations) if keep else x

