"""Keras' ImageDataGenerator on the same PNG folder and settings as the Swift `augment` suite.

Usage: keras_augment.py DIRECTORY BATCHES   (prints `keras_augment_images_per_s: N`)
"""
import os
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
from tensorflow.keras.preprocessing.image import ImageDataGenerator  # noqa: E402

directory, batches = sys.argv[1], int(sys.argv[2])
generator = ImageDataGenerator(
    rescale=1.0 / 255,
    rotation_range=40,
    width_shift_range=0.2,
    height_shift_range=0.2,
    shear_range=0.2,
    zoom_range=0.2,
    horizontal_flip=True,
    fill_mode="nearest",
)
iterator = generator.flow_from_directory(directory, target_size=(150, 150), batch_size=32, class_mode="binary", seed=1)
next(iterator)
start, cpu_start = time.perf_counter(), time.process_time()
images = 0
for _ in range(batches):
    x, _ = next(iterator)
    images += x.shape[0]
elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
print(f"keras_augment_images_per_s: {images / elapsed:.1f}")
print(f"keras_augment_images_per_cpu_s: {images / cpu:.1f}")
