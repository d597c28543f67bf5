#!/usr/bin/env bash
# Opt-in (not CI): does the course base transfer? For each data set, trains the article's head
# (Flatten → Dense(1024, relu) → Dropout(0.2) → Dense(1, sigmoid), RMSprop 1e-4) on
# course_base(weights='course') frozen, then the same model from scratch (weights=None, every
# layer trainable) for the same epochs, and prints `transfer_NAME_{pretrained,scratch}_*: value`.
#   scripts/transfer-comparison.sh [horse-or-human|cats_and_dogs_filtered ...]
# EPOCHS (default 5) sets the epochs; DEEPLINGS_DATASETS the data folder (default datasets).
set -euo pipefail
cd "$(dirname "$0")/.."
epochs="${EPOCHS:-5}"
root="${DEEPLINGS_DATASETS:-datasets}"
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(horse-or-human cats_and_dogs_filtered)
swift build -c release --product deeplings >/dev/null
bin="$(swift build -c release --show-bin-path)/deeplings"
for name in "${names[@]}"; do
  case "$name" in
    horse-or-human) steps=52; val_batch=32; val_steps=8 ;;
    cats_and_dogs_filtered) steps=100; val_batch=20; val_steps=50 ;;
    *) echo "unknown data set '$name'; use horse-or-human or cats_and_dogs_filtered" >&2; exit 2 ;;
  esac
  script="$(mktemp --suffix=.py)"
  cat >"$script" <<PY
import time
import numpy as np
import tensorflow as tf
from tensorflow.keras import layers, Model
from tensorflow.keras.optimizers import RMSprop
from tensorflow.keras.preprocessing.image import ImageDataGenerator
from tensorflow.keras.applications import course_base

def generators():
    datagen = ImageDataGenerator(rescale=1./255)
    train = datagen.flow_from_directory('$root/$name/train', target_size=(150, 150), batch_size=20,
                                        class_mode='binary', seed=1)
    validation = datagen.flow_from_directory('$root/$name/validation', target_size=(150, 150),
                                             batch_size=$val_batch, class_mode='binary', shuffle=False)
    return train, validation

def run(label, weights):
    tf.keras.utils.set_random_seed(1)
    base = course_base(input_shape=(150, 150, 3), include_top=False, weights=weights)
    if weights is not None:
        for layer in base.layers:
            layer.trainable = False
    x = layers.Flatten()(base.get_layer('mixed4').output)
    x = layers.Dense(1024, activation='relu')(x)
    x = layers.Dropout(0.2)(x)
    x = layers.Dense(1, activation='sigmoid')(x)
    model = Model(base.input, x)
    model.compile(optimizer=RMSprop(learning_rate=0.0001), loss='binary_crossentropy', metrics=['accuracy'])
    trainable = sum(int(np.size(w)) for w in model.trainable_weights)
    train, validation = generators()
    start = time.time()
    history = model.fit(train, steps_per_epoch=$steps, epochs=$epochs, validation_data=validation,
                        validation_steps=$val_steps, verbose=2)
    seconds = time.time() - start
    val = history.history['val_accuracy']
    print('transfer_${name}_' + label + '_trainable_params:', trainable)
    print('transfer_${name}_' + label + '_val_accuracy:', round(val[-1], 3))
    print('transfer_${name}_' + label + '_best_val_accuracy:', round(max(val), 3))
    print('transfer_${name}_' + label + '_accuracy:', round(history.history['accuracy'][-1], 3))
    print('transfer_${name}_' + label + '_seconds:', round(seconds, 1))

run('pretrained', 'course')
run('scratch', None)
PY
  echo "== $name, $epochs epochs (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  nice "$bin" run --plain --datasets "$root" "$script"
  rm -f "$script"
done
