"""Writes a trained network in the tfjs weights-manifest format (float16 shards), with its
architecture, and a parity fixture: a few inputs with every layer's activations."""

import json
import os

import numpy as np
import torch


def tfjs_name(key):
    """A state_dict key's tfjs weight name: layers.mixed3b.b5.conv.weight -> mixed3b/b5/kernel."""
    parts = [p for p in key.split(".")[1:] if p != "conv"]
    return "/".join(parts[:-1]) + ("/kernel" if parts[-1] == "weight" else "/bias")


def tfjs_weights(model):
    """(name, array) pairs in tfjs layout: conv kernels HWIO, dense kernels [in, out]."""
    out = []
    for key, tensor in model.state_dict().items():
        array = tensor.detach().cpu().numpy().astype(np.float32)
        if key.endswith(".weight"):
            array = array.transpose(2, 3, 1, 0) if array.ndim == 4 else array.T
        out.append((tfjs_name(key), array))
    return out


def read_exported(model, directory):
    """Loads the weights export() wrote (float16, tfjs layout) into a model of the same architecture."""
    with open(os.path.join(directory, "weights_manifest.json")) as f:
        (group,) = json.load(f)
    with open(os.path.join(directory, group["paths"][0]), "rb") as f:
        data = f.read()
    arrays, offset = {}, 0
    for spec in group["weights"]:
        size = int(np.prod(spec["shape"]))
        arrays[spec["name"]] = np.frombuffer(data, np.float16, size, offset).astype(np.float32).reshape(spec["shape"])
        offset += 2 * size
    state = model.state_dict()
    with torch.no_grad():
        for key, tensor in state.items():
            array = arrays[tfjs_name(key)]
            if key.endswith(".weight"):
                array = array.transpose(3, 2, 0, 1) if array.ndim == 4 else array.T
            tensor.copy_(torch.from_numpy(np.ascontiguousarray(array)))


def round_to_float16(model):
    """The weights as the browser will see them after float16 decoding."""
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(p.half().float())


def export(model, architecture, classes, directory, metrics):
    os.makedirs(directory, exist_ok=True)
    weights = tfjs_weights(model)
    specs, blobs = [], []
    for name, array in weights:
        specs.append({"name": name, "shape": list(array.shape), "dtype": "float32", "quantization": {"dtype": "float16", "original_dtype": "float32"}})
        blobs.append(array.astype(np.float16).tobytes())
    with open(os.path.join(directory, "weights.bin"), "wb") as f:
        f.write(b"".join(blobs))
    manifest = [{"paths": ["weights.bin"], "weights": specs}]
    with open(os.path.join(directory, "weights_manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
    with open(os.path.join(directory, "model.json"), "w") as f:
        json.dump({"architecture": architecture, "classes": classes, "training": metrics}, f, indent="\t")


def export_parity(model, images, path):
    """images: N x 3 x H x W float tensor. Writes a JSON index and a float32 .bin beside it."""
    model.eval()
    with torch.no_grad():
        logits, activations = model(images, keep=True)
    entries, blobs, offset = [], [], 0
    tensors = {"input": images.permute(0, 2, 3, 1)}
    for name, value in activations.items():
        tensors[name] = value.permute(0, 2, 3, 1) if value.ndim == 4 else value
    for name, value in tensors.items():
        array = value.contiguous().numpy().astype(np.float32)
        entries.append({"name": name, "shape": list(array.shape), "offset": offset})
        blobs.append(array.tobytes())
        offset += array.size
    with open(path + ".bin", "wb") as f:
        f.write(b"".join(blobs))
    with open(path + ".json", "w") as f:
        json.dump({"layout": "NHWC float32", "tensors": entries}, f, indent=1)
