"""Shared helpers for the training peer scripts: data, timing, `name: value` output."""
import gzip
import os
import resource
import sys

import numpy as np


def fashion_mnist():
    """The real Fashion-MNIST from the same files Deeplings reads, scaled to [0, 1]."""
    directory = os.environ.get("DEEPLINGS_FASHION_MNIST", "/usr/share/datasets/fashion-mnist")

    def read(name, offset):
        with gzip.open(os.path.join(directory, name), "rb") as f:
            return np.frombuffer(f.read(), np.uint8, offset=offset)

    x_train = read("train-images-idx3-ubyte.gz", 16).reshape(60000, 28, 28).astype(np.float32) / 255.0
    y_train = read("train-labels-idx1-ubyte.gz", 8).astype(np.int64)
    x_test = read("t10k-images-idx3-ubyte.gz", 16).reshape(10000, 28, 28).astype(np.float32) / 255.0
    y_test = read("t10k-labels-idx1-ubyte.gz", 8).astype(np.int64)
    return (x_train, y_train), (x_test, y_test)


def options():
    """(quick, which) from the command line: `--quick` and an optional list of models."""
    quick = "--quick" in sys.argv
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["hello", "dnn", "cnn", "horses300", "transfer"]
    return quick, which


def report(prefix, name, value):
    print(f"{prefix}_{name}: {value:.4f}" if isinstance(value, float) else f"{prefix}_{name}: {value}", flush=True)


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
