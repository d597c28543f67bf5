"""TF-Keras reference for `swift run -c release Benchmarks training`: the same models, timed here."""
import os
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import numpy as np
import tensorflow as tf
from tensorflow import keras

from training_common import fashion_mnist, options, peak_rss_mb, report

quick, which = options()


class EpochTimer(keras.callbacks.Callback):
    def on_train_begin(self, logs=None):
        self.times = []

    def on_epoch_begin(self, epoch, logs=None):
        self.start = time.perf_counter()

    def on_epoch_end(self, epoch, logs=None):
        self.times.append(time.perf_counter() - self.start)


def hello():
    model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(units=1)])
    model.compile(optimizer="sgd", loss="mean_squared_error")
    xs = np.array([-1.0, 0.0, 1.0, 2.0, 3.0, 4.0], dtype=float)
    ys = np.array([-3.0, -1.0, 1.0, 3.0, 5.0, 7.0], dtype=float)
    start = time.perf_counter()
    model.fit(xs, ys, epochs=50 if quick else 500, verbose=0)
    report("tf", "hello_fit_seconds", time.perf_counter() - start)
    report("tf", "hello_predict_10", float(model.predict(np.array([10.0]), verbose=0)[0][0]))


def train(name, model, x, y, xt, yt, epochs):
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    timer = EpochTimer()
    model.fit(x, y, epochs=epochs, batch_size=32, verbose=0, callbacks=[timer])
    # The first epoch includes graph tracing; report the best later epoch when there is one.
    epoch = min(timer.times[1:]) if len(timer.times) > 1 else timer.times[0]
    report("tf", f"{name}_epoch_seconds", epoch)
    report("tf", f"{name}_test_accuracy", float(model.evaluate(xt, yt, verbose=0)[1]))


def dnn(data):
    (x, y), (xt, yt) = data
    if quick:
        x, y = x[:6000], y[:6000]
    model = keras.Sequential([keras.Input(shape=(28, 28)), keras.layers.Flatten(),
                              keras.layers.Dense(128, activation="relu"), keras.layers.Dense(10, activation="softmax")])
    train("dnn", model, x, y, xt, yt, 1 if quick else 5)


def cnn(data, epochs):
    (x, y), (xt, yt) = data
    if quick:
        x, y = x[:2000], y[:2000]
    model = keras.Sequential([
        keras.Input(shape=(28, 28, 1)),
        keras.layers.Conv2D(64, (3, 3), activation="relu"), keras.layers.MaxPooling2D(2, 2),
        keras.layers.Conv2D(64, (3, 3), activation="relu"), keras.layers.MaxPooling2D(2, 2),
        keras.layers.Flatten(), keras.layers.Dense(128, activation="relu"), keras.layers.Dense(10, activation="softmax")])
    train("cnn", model, x.reshape(-1, 28, 28, 1), y, xt.reshape(-1, 28, 28, 1), yt, epochs)


def horses300():
    model = keras.Sequential([
        keras.Input(shape=(300, 300, 3)),
        keras.layers.Conv2D(16, (3, 3), activation="relu"), keras.layers.MaxPooling2D(2, 2),
        keras.layers.Conv2D(32, (3, 3), activation="relu"), keras.layers.MaxPooling2D(2, 2),
        keras.layers.Conv2D(64, (3, 3), activation="relu"), keras.layers.MaxPooling2D(2, 2),
        keras.layers.Flatten(), keras.layers.Dense(512, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
    model.compile(loss="binary_crossentropy", optimizer=keras.optimizers.RMSprop(learning_rate=0.001), metrics=["acc"])
    rng = np.random.default_rng(0)
    x = rng.random((128, 300, 300, 3), dtype=np.float32)
    y = rng.integers(0, 2, 128).astype(np.float32)
    model.train_on_batch(x, y)
    times = []
    for _ in range(1 if quick else 2):
        start = time.perf_counter()
        model.train_on_batch(x, y)
        times.append(time.perf_counter() - start)
    report("tf", "horses300_step_seconds", min(times))


def transfer():
    """The article's transfer model: InceptionV3 frozen up to mixed7, Flatten, Dense(1024), Dropout, Dense(1)."""
    base = keras.applications.InceptionV3(input_shape=(150, 150, 3), include_top=False, weights=None)
    for layer in base.layers:
        layer.trainable = False
    x = keras.layers.Flatten()(base.get_layer("mixed7").output)
    x = keras.layers.Dense(1024, activation="relu")(x)
    x = keras.layers.Dropout(0.2)(x)
    x = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(base.input, x)
    model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=0.0001), loss="binary_crossentropy", metrics=["accuracy"])
    rng = np.random.default_rng(0)
    x = rng.random((20, 150, 150, 3), dtype=np.float32)
    y = rng.integers(0, 2, 20).astype(np.float32)
    model.train_on_batch(x, y)
    times = []
    for _ in range(2 if quick else 5):
        start, start_cpu = time.perf_counter(), time.process_time()
        model.train_on_batch(x, y)
        times.append((time.perf_counter() - start, time.process_time() - start_cpu))
    # CPU seconds of all threads in the best step: the work done, which other jobs' load barely moves.
    best, cpu = min(times)
    report("tf", "transfer_step_seconds", best)
    report("tf", "transfer_step_cpu_seconds", cpu)


if "hello" in which:
    hello()
data = fashion_mnist() if ("dnn" in which or "cnn" in which) else None
if "dnn" in which:
    dnn(data)
if "cnn" in which:
    cnn(data, int(os.environ.get("PEER_CNN_EPOCHS", "2")))
    report("tf", "cnn_peak_rss_mb", peak_rss_mb())
if "horses300" in which:
    horses300()
if "transfer" in which:
    transfer()
