"""Trains the InceptionV1-style network on the procedural world (.cache/world, from `npm run world`)
and exports it to static/models/. Fixed seed; plain PyTorch on the CPU.

    /usr/bin/python3 train/train.py [--network a|b|v10a|…] [--minutes 30] [--epochs 8] [--smoke] [--untrained]

Training always runs every epoch it is asked for, whatever the clock says, so a slower machine gives the
same weights as a faster one, only later. The time budget is an estimate: after the first epoch the
script prints when it expects to finish, and warns when that is past `--minutes`.

Two networks are trained from the same world: `a` (the article's) and `b`, which differs in seed and
width, so that what the analysis finds in both is not an accident of one training run. `--network` also
takes a version (v10a, v11b…), to train an earlier or a candidate pair again.
"""

import argparse
import json
import os
import sys
import time

# oneDNN, which runs PyTorch's convolutions on the CPU, picks its kernels by the instructions the CPU has,
# and kernels for different instruction sets add up in different orders: a machine with AVX-512 trains
# other weights than one with AVX2 alone, as different as two seeds. Held to AVX2 (before torch loads),
# every x86 machine with AVX2 or more gives the same weights, bit for bit; the committed ones were made so.
os.environ.setdefault("ONEDNN_MAX_CPU_ISA", "AVX2")

import numpy as np  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))
from model import ARCHITECTURE, PIECEWISE_ARCHITECTURE, InceptionWorld, scaled  # noqa: E402
from export import export, export_parity, round_to_float16  # noqa: E402

# name, seed, width and architecture of each network; the folder names carry the version, so caches
# never mix two. v10 is the earlier pair; v11 sees a piece of a curve in mixed3a (model.py, docs/networks.md).
NETWORKS = {
    "v10a": {"name": "inception-world-v10a", "seed": 0, "width": 1.0, "architecture": ARCHITECTURE},
    "v10b": {"name": "inception-world-v10b", "seed": 1, "width": 0.75, "architecture": ARCHITECTURE},
    "v11a": {"name": "inception-world-v11a", "seed": 0, "width": 1.0, "architecture": PIECEWISE_ARCHITECTURE},
    "v11b": {"name": "inception-world-v11b", "seed": 1, "width": 0.75, "architecture": PIECEWISE_ARCHITECTURE},
    # network a's recipe at two more seeds: what the analysis finds in a should hold at every seed
    "v10a-seed1": {"name": "inception-world-v10a-seed1", "seed": 1, "width": 1.0, "architecture": ARCHITECTURE},
    "v10a-seed2": {"name": "inception-world-v10a-seed2", "seed": 2, "width": 1.0, "architecture": ARCHITECTURE},
}
# network a's recipe at other seeds: trained into data/replicas/, beside the untrained networks
REPLICAS = ("v10a-seed1", "v10a-seed2")
# the pair the site ships: `--network a` (the article's, the default) and `--network b`
SHIPPED = {"a": "v10a", "b": "v10b"}
WEIGHT_DECAY = 0.05
# Decorrelation: the mean squared correlation between different units of mixed3a (over the images
# and positions of a batch) is added to the loss with this weight. A unit of mixed3b reads mixed3a
# like a linear decoder reads its inputs: when the inputs overlap, the decoder's weights can take
# either sign (one input cancels what another over-says); when they are uncorrelated, each weight
# tends to follow how its input covaries with the unit, which is the paper's picture: early curves
# of the same orientation excite a curve unit, those of the opposite orientation inhibit it.
DECORRELATED_LAYERS = ("mixed3a",)
DECORRELATION = 2.0
WORLD = ".cache/world"


def load_split(name, world=WORLD):
    meta = json.load(open(os.path.join(world, "world.json")))
    size, channels = meta["size"], meta["channels"]
    images = np.fromfile(os.path.join(world, f"{name}-images.u8"), dtype=np.uint8)
    labels = np.fromfile(os.path.join(world, f"{name}-labels.u8"), dtype=np.uint8)
    images = images.reshape(-1, size, size, channels)
    return torch.from_numpy(images).permute(0, 3, 1, 2).contiguous(), torch.from_numpy(labels.astype(np.int64)), meta


def to_float(batch):
    # channels-last is the faster layout for convolutions on the CPU; the values are the same
    return (batch.float() / 255.0).contiguous(memory_format=torch.channels_last)


# the correlations are estimated on this many images of each batch, at every other row and column:
# 16 × 64 positions are plenty for an estimate, at a sixteenth of the cost of the whole batch
DECORRELATION_IMAGES = 16


def cross_correlation(a):
    """Mean squared correlation between different channels of a (NCHW), over the first images of the
    batch and every other row and column."""
    x = a[:DECORRELATION_IMAGES, :, ::2, ::2].permute(1, 0, 2, 3).reshape(a.shape[1], -1)
    x = x - x.mean(1, keepdim=True)
    x = x / (x.norm(dim=1, keepdim=True) + 1e-6)
    c = x @ x.T
    n = c.shape[0]
    return (c.pow(2).sum() - c.diagonal().pow(2).sum()) / (n * (n - 1))


def training_loss(model, x, y):
    """The loss to minimise (cross-entropy plus the weighted penalty) and the decorrelation penalty alone."""
    logits, activations = model(x, keep=True)
    decorrelation = sum(cross_correlation(activations[name]) for name in DECORRELATED_LAYERS)
    return F.cross_entropy(logits, y) + DECORRELATION * decorrelation, decorrelation


def make_optimizer(model):
    """AdamW, with decoupled weight decay on the kernels but not the biases."""
    kernels = [p for n, p in model.named_parameters() if not n.endswith("bias")]
    biases = [p for n, p in model.named_parameters() if n.endswith("bias")]
    groups = [{"params": kernels, "weight_decay": WEIGHT_DECAY}, {"params": biases, "weight_decay": 0.0}]
    return torch.optim.AdamW(groups, lr=2e-3)


def evaluate(model, images, labels, batch=256):
    model.eval()
    correct = 0
    with torch.no_grad():
        for i in range(0, len(images), batch):
            logits = model(to_float(images[i : i + batch]))
            correct += (logits.argmax(1) == labels[i : i + batch]).sum().item()
    return correct / len(images)


def warn_if_late(estimate, budget, epochs):
    """Prints the estimated training time after the first epoch, with a warning when it passes the budget."""
    print(f"estimate: {estimate:.0f} min for {epochs} epochs (budget {budget:.0f} min)", flush=True)
    if estimate > budget:
        print(
            f"warning: this machine is slower than the budget assumes; training runs all {epochs} epochs anyway, "
            "so the weights are the same as on a faster machine",
            flush=True,
        )


def export_untrained(model, architecture, meta, out, params, network, heldout, style):
    """The network as He initialisation left it, rounded and exported like a trained one (no parity fixture)."""
    round_to_float16(model)
    metrics = {
        "heldoutAccuracy": evaluate(model, *heldout),
        "heldoutStyleAccuracy": evaluate(model, *style),
        "epochs": 0,
        "minutes": 0,
        "parameters": params,
        "seed": network["seed"],
        "width": network["width"],
    }
    print(json.dumps(metrics), flush=True)
    export(model, architecture, meta["classes"], out, metrics)
    print(f"exported to {out}", flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=30.0, help="time budget: a warning when the estimate passes it, never a stop")
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--smoke", action="store_true", help="one batch, no export: checks the pipeline runs")
    parser.add_argument(
        "--untrained", action="store_true", help="export the network as initialised, untrained: the baseline every measure is compared with"
    )
    parser.add_argument("--network", choices=sorted(SHIPPED) + sorted(NETWORKS), default="a", help="a, b (the shipped pair) or a version")
    parser.add_argument("--out", help="folder to export to (default static/models/<name>)")
    parser.add_argument("--threads", type=int, default=max(1, os.cpu_count() or 1))
    parser.add_argument("--fixtures", default=os.path.join("tests", "fixtures"), help="folder the parity fixture is written to")
    args = parser.parse_args()
    network = NETWORKS[SHIPPED.get(args.network, args.network)]
    name = network["name"] + ("-untrained" if args.untrained else "")
    # replicas (other seeds, untrained networks) are measured, not served with the site
    replica = args.untrained or args.network in REPLICAS
    out = args.out or os.path.join(*(("data", "replicas") if replica else ("static", "models")), name)

    torch.manual_seed(network["seed"])
    np.random.seed(network["seed"])
    torch.set_num_threads(args.threads)

    architecture = scaled(network["architecture"], network["width"])
    model = InceptionWorld(architecture).to(memory_format=torch.channels_last)
    params = sum(p.numel() for p in model.parameters())

    if args.smoke:
        x = torch.rand(4, 3, 64, 64)
        y = torch.tensor([0, 1, 2, 3])
        optimizer = make_optimizer(model)
        loss, decorrelation = training_loss(model, x, y)
        loss.backward()
        optimizer.step()
        _, activations = model(x, keep=True)
        shapes = {k: list(v.shape) for k, v in activations.items()}
        result = {"smoke": "ok", "loss": float(loss), "decorrelation": float(decorrelation), "parameters": params}
        print(json.dumps({**result, "shapes": shapes}))
        return

    train_x, train_y, meta = load_split("train")
    test_x, test_y, _ = load_split("heldout")
    style_x, style_y, _ = load_split("heldout-style")
    print(f"{name}: {len(train_x)} training images, {len(test_x)} held out, {len(style_x)} in the held-out style, {params} parameters", flush=True)

    if args.untrained:
        export_untrained(model, architecture, meta, out, params, network, (test_x, test_y), (style_x, style_y))
        return

    optimizer = make_optimizer(model)
    steps_per_epoch = len(train_x) // args.batch
    scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=2e-3, total_steps=args.epochs * steps_per_epoch)
    generator = torch.Generator().manual_seed(network["seed"])
    started = time.time()
    epochs_run = 0
    for epoch in range(args.epochs):
        model.train()
        order = torch.randperm(len(train_x), generator=generator)
        total, correlated, seen = 0.0, 0.0, 0
        for step in range(steps_per_epoch):
            index = order[step * args.batch : (step + 1) * args.batch]
            x = to_float(train_x[index])
            flip = torch.rand(len(index), generator=generator) < 0.5
            x = torch.where(flip[:, None, None, None], x.flip(3), x)
            loss, decorrelation = training_loss(model, x, y=train_y[index])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            scheduler.step()
            total += float(loss) * len(index)
            correlated += float(decorrelation) * len(index)
            seen += len(index)
        epochs_run = epoch + 1
        elapsed = (time.time() - started) / 60
        accuracy = evaluate(model, test_x, test_y)
        style_accuracy = evaluate(model, style_x, style_y)
        print(
            f"epoch {epochs_run}: loss {total / seen:.3f} (mean squared correlation {correlated / seen:.4f}), "
            f"held-out accuracy {accuracy:.3f}, held-out style {style_accuracy:.3f}, {elapsed:.1f} min",
            flush=True,
        )
        if epochs_run == 1:
            warn_if_late(elapsed * args.epochs, args.minutes, args.epochs)

    round_to_float16(model)
    accuracy = evaluate(model, test_x, test_y)
    style_accuracy = evaluate(model, style_x, style_y)
    minutes = (time.time() - started) / 60
    metrics = {
        "heldoutAccuracy": accuracy,
        "heldoutStyleAccuracy": style_accuracy,
        "epochs": epochs_run,
        "minutes": round(minutes, 1),
        "parameters": params,
        "seed": network["seed"],
        "width": network["width"],
    }
    print(json.dumps(metrics), flush=True)
    export(model, architecture, meta["classes"], out, metrics)
    os.makedirs(args.fixtures, exist_ok=True)
    export_parity(model, to_float(test_x[:2]), os.path.join(args.fixtures, f"{name}-parity"))
    print(f"exported to {out}", flush=True)


if __name__ == "__main__":
    main()
