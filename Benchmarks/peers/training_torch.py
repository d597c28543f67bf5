"""PyTorch reference for `swift run -c release Benchmarks training`: the same models, timed here."""
import os
import time

# On a shared machine OpenMP's spinning barriers lose their time slices: passive waiting made the
# transfer step 5× faster here (9.5 s → 1.75 s per step at load 9 on 2 cores).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
import numpy as np
import torch
from torch import nn

from training_common import fashion_mnist, options, peak_rss_mb, report

quick, which = options()
torch.manual_seed(0)


def run_epoch(model, optimizer, loss_fn, x, y, batch_size=32):
    model.train()
    order = torch.randperm(len(x))
    for start in range(0, len(x), batch_size):
        index = order[start:start + batch_size]
        optimizer.zero_grad()
        loss = loss_fn(model(x[index]), y[index])
        loss.backward()
        optimizer.step()


def accuracy(model, x, y):
    model.eval()
    with torch.no_grad():
        return float((model(x).argmax(dim=1) == y).float().mean())


def hello():
    model = nn.Linear(1, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    xs = torch.tensor([[-1.0], [0.0], [1.0], [2.0], [3.0], [4.0]])
    ys = torch.tensor([[-3.0], [-1.0], [1.0], [3.0], [5.0], [7.0]])
    start = time.perf_counter()
    for _ in range(50 if quick else 500):
        run_epoch(model, optimizer, nn.MSELoss(), xs, ys)
    report("torch", "hello_fit_seconds", time.perf_counter() - start)
    with torch.no_grad():
        report("torch", "hello_predict_10", float(model(torch.tensor([[10.0]]))[0][0]))


def train(name, model, x, y, xt, yt, epochs):
    # Keras' defaults: Adam(lr=1e-3, eps=1e-7); softmax + cross-entropy as CrossEntropyLoss on logits.
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, eps=1e-7)
    times = []
    for _ in range(epochs):
        start = time.perf_counter()
        run_epoch(model, optimizer, nn.CrossEntropyLoss(), x, y)
        times.append(time.perf_counter() - start)
    report("torch", f"{name}_epoch_seconds", min(times))
    report("torch", f"{name}_test_accuracy", accuracy(model, xt, yt))


def dnn(data):
    (x, y), (xt, yt) = data
    if quick:
        x, y = x[:6000], y[:6000]
    model = nn.Sequential(nn.Flatten(), nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
    train("dnn", model, torch.from_numpy(x), torch.from_numpy(y), torch.from_numpy(xt), torch.from_numpy(yt),
          1 if quick else 5)


def cnn(data, epochs):
    (x, y), (xt, yt) = data
    if quick:
        x, y = x[:2000], y[:2000]
    # NCHW is PyTorch's native layout; the network is the article's.
    model = nn.Sequential(nn.Conv2d(1, 64, 3), nn.ReLU(), nn.MaxPool2d(2, 2),
                          nn.Conv2d(64, 64, 3), nn.ReLU(), nn.MaxPool2d(2, 2),
                          nn.Flatten(), nn.Linear(1600, 128), nn.ReLU(), nn.Linear(128, 10))
    to = lambda a: torch.from_numpy(a.reshape(-1, 1, 28, 28))
    train("cnn", model, to(x), torch.from_numpy(y), to(xt), torch.from_numpy(yt), epochs)


def horses300():
    model = nn.Sequential(nn.Conv2d(3, 16, 3), nn.ReLU(), nn.MaxPool2d(2, 2),
                          nn.Conv2d(16, 32, 3), nn.ReLU(), nn.MaxPool2d(2, 2),
                          nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2, 2),
                          nn.Flatten(), nn.Linear(64 * 35 * 35, 512), nn.ReLU(), nn.Linear(512, 1))
    optimizer = torch.optim.RMSprop(model.parameters(), lr=0.001, alpha=0.9, eps=1e-7)
    x = torch.rand(128, 3, 300, 300)
    y = torch.randint(0, 2, (128, 1)).float()
    loss_fn = nn.BCEWithLogitsLoss()

    def step():
        optimizer.zero_grad()
        loss_fn(model(x), y).backward()
        optimizer.step()

    step()
    times = []
    for _ in range(1 if quick else 2):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    report("torch", "horses300_step_seconds", min(times))


class ConvBN(nn.Sequential):
    """Keras' `conv2d_bn` (torchvision's `BasicConv2d`): a bias-free convolution, batch normalization, relu."""

    def __init__(self, inputs, filters, kernel, stride=1, padding="same"):
        padding = (kernel[0] // 2, kernel[1] // 2) if padding == "same" else 0
        super().__init__(nn.Conv2d(inputs, filters, kernel, stride=stride, padding=padding, bias=False),
                         nn.BatchNorm2d(filters, eps=0.001), nn.ReLU(inplace=True))


class Branches(nn.Module):
    """Parallel branches joined along the channels, as Keras' `mixed` blocks (torchvision's InceptionA/B/C)."""

    def __init__(self, *branches):
        super().__init__()
        self.branches = nn.ModuleList(branches)

    def forward(self, x):
        return torch.cat([branch(x) for branch in self.branches], 1)


def inception_to_mixed7():
    """torchvision's Inception v3 (as Keras builds it) from the input to `mixed7` (torchvision's Mixed_6e).

    Written out because PyPI's torchvision wheel is built against CUDA torch and does not load with the CPU wheel.
    """
    avg = lambda: nn.AvgPool2d(3, stride=1, padding=1, count_include_pad=False)
    layers = [ConvBN(3, 32, (3, 3), 2, "valid"), ConvBN(32, 32, (3, 3), 1, "valid"), ConvBN(32, 64, (3, 3)),
              nn.MaxPool2d(3, 2), ConvBN(64, 80, (1, 1), 1, "valid"), ConvBN(80, 192, (3, 3), 1, "valid"),
              nn.MaxPool2d(3, 2)]
    channels = 192
    for pool in [32, 64, 64]:
        layers.append(Branches(
            ConvBN(channels, 64, (1, 1)),
            nn.Sequential(ConvBN(channels, 48, (1, 1)), ConvBN(48, 64, (5, 5))),
            nn.Sequential(ConvBN(channels, 64, (1, 1)), ConvBN(64, 96, (3, 3)), ConvBN(96, 96, (3, 3))),
            nn.Sequential(avg(), ConvBN(channels, pool, (1, 1)))))
        channels = 64 + 64 + 96 + pool
    layers.append(Branches(
        ConvBN(channels, 384, (3, 3), 2, "valid"),
        nn.Sequential(ConvBN(channels, 64, (1, 1)), ConvBN(64, 96, (3, 3)), ConvBN(96, 96, (3, 3), 2, "valid")),
        nn.MaxPool2d(3, 2)))
    channels = 384 + 96 + channels
    for width in [128, 160, 160, 192]:
        layers.append(Branches(
            ConvBN(channels, 192, (1, 1)),
            nn.Sequential(ConvBN(channels, width, (1, 1)), ConvBN(width, width, (1, 7)), ConvBN(width, 192, (7, 1))),
            nn.Sequential(ConvBN(channels, width, (1, 1)), ConvBN(width, width, (7, 1)), ConvBN(width, width, (1, 7)),
                          ConvBN(width, width, (7, 1)), ConvBN(width, 192, (1, 7))),
            nn.Sequential(avg(), ConvBN(channels, 192, (1, 1)))))
        channels = 768
    return nn.Sequential(*layers)


def transfer():
    """The article's transfer model: Inception v3 frozen up to mixed7, Flatten, Linear(1024), Dropout, Linear(1)."""
    base = inception_to_mixed7()
    for parameter in base.parameters():
        parameter.requires_grad = False
    base.eval()  # a frozen Keras BatchNormalization runs in inference mode, as here
    head = nn.Sequential(nn.Flatten(), nn.Linear(768 * 7 * 7, 1024), nn.ReLU(), nn.Dropout(0.2), nn.Linear(1024, 1))
    optimizer = torch.optim.RMSprop(head.parameters(), lr=0.0001, alpha=0.9, eps=1e-7)
    x = torch.rand(20, 3, 150, 150)
    y = torch.randint(0, 2, (20, 1)).float()
    loss_fn = nn.BCEWithLogitsLoss()

    def step():
        optimizer.zero_grad()
        loss_fn(head(base(x)), y).backward()
        optimizer.step()

    step()
    times = []
    for _ in range(2 if quick else 5):
        start, start_cpu = time.perf_counter(), time.process_time()
        step()
        times.append((time.perf_counter() - start, time.process_time() - start_cpu))
    # CPU seconds of all threads in the best step: the work done, which other jobs' load barely moves.
    best, cpu = min(times)
    report("torch", "transfer_step_seconds", best)
    report("torch", "transfer_step_cpu_seconds", cpu)


if "hello" in which:
    hello()
data = fashion_mnist() if ("dnn" in which or "cnn" in which) else None
if "dnn" in which:
    dnn(data)
if "cnn" in which:
    cnn(data, int(os.environ.get("PEER_CNN_EPOCHS", "2")))
    report("torch", "cnn_peak_rss_mb", peak_rss_mb())
if "horses300" in which:
    horses300()
if "transfer" in which:
    transfer()
