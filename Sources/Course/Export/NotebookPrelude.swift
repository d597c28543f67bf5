extension NotebookExporter {
    /// The first code cell: imports, the data settings, `fetch_dataset`, `use_local_fashion_mnist` and
    /// every check helper as plain Python and NumPy functions that raise `AssertionError`.
    static let prelude = #"""
        # Set-up for this notebook: imports, data, and the course's check helpers as plain Python.
        # Run this cell first. Each helper raises AssertionError with a message saying what to fix.
        import os, io, sys, shutil, zipfile, tempfile, urllib.request
        import numpy as np
        import tensorflow as tf
        from tensorflow import keras
        import matplotlib.pyplot as plt

        # Keras 2's layer.input_shape / layer.output_shape, which the course's checks use; Keras 3 keeps
        # them on models only, so layers get them back here as the shapes of their input and output.
        for _name, _side in (('input_shape', 'input'), ('output_shape', 'output')):
            if not hasattr(keras.layers.Layer, _name):
                setattr(keras.layers.Layer, _name, property(lambda layer, _side=_side: tuple(getattr(layer, _side).shape)))

        # Folder of the image data sets (datasets/NAME/SPLIT/CLASS/*.png|jpg). Point it at local copies,
        # or leave it: a missing set is downloaded from the original source and unzipped there.
        DATASETS = os.environ.get('DEEPLINGS_DATASETS', 'datasets')
        # Folder holding Fashion-MNIST's four .gz files, if you have a local copy (else keras downloads it).
        FASHION_MNIST_DIR = os.environ.get('DEEPLINGS_FASHION_MNIST', '/usr/share/datasets/fashion-mnist')

        _SOURCES = {
            'horse-or-human': [('train', 'https://storage.googleapis.com/download.tensorflow.org/data/horse-or-human.zip', ''),
                               ('validation', 'https://storage.googleapis.com/download.tensorflow.org/data/validation-horse-or-human.zip', '')],
            'cats_and_dogs_filtered': [('train', 'https://storage.googleapis.com/mledu-datasets/cats_and_dogs_filtered.zip', 'cats_and_dogs_filtered/train'),
                                       ('validation', 'https://storage.googleapis.com/mledu-datasets/cats_and_dogs_filtered.zip', 'cats_and_dogs_filtered/validation')],
            'rps': [('train', 'https://storage.googleapis.com/download.tensorflow.org/data/rps.zip', 'rps'),
                    ('test', 'https://storage.googleapis.com/download.tensorflow.org/data/rps-test-set.zip', 'rps-test-set')],
        }

        def fetch_dataset(name):
            """Makes DATASETS/name/SPLIT/CLASS hold the images: local copies when present, else the originals."""
            for split, url, inner in _SOURCES[name]:
                target = os.path.join(DATASETS, name, split)
                if os.path.isdir(target) and os.listdir(target):
                    continue
                archive = os.path.join(tempfile.gettempdir(), os.path.basename(url))
                if not os.path.exists(archive):
                    print('downloading', url)
                    urllib.request.urlretrieve(url, archive)
                unpacked = tempfile.mkdtemp()
                with zipfile.ZipFile(archive) as z:
                    z.extractall(unpacked)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                shutil.move(os.path.join(unpacked, inner) if inner else unpacked, target)
            print(name + ':', ', '.join(f"{s} {sum(len(f) for _, _, f in os.walk(os.path.join(DATASETS, name, s)))} images" for s, _, _ in _SOURCES[name]))

        def use_local_fashion_mnist():
            """Copies a local Fashion-MNIST into keras' cache so load_data() needs no download."""
            names = ['train-labels-idx1-ubyte.gz', 'train-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz', 't10k-images-idx3-ubyte.gz']
            if not all(os.path.exists(os.path.join(FASHION_MNIST_DIR, n)) for n in names):
                return
            cache = os.path.join(os.environ.get('KERAS_HOME', os.path.expanduser('~/.keras')), 'datasets', 'fashion-mnist')
            os.makedirs(cache, exist_ok=True)
            for n in names:
                if not os.path.exists(os.path.join(cache, n)):
                    shutil.copy(os.path.join(FASHION_MNIST_DIR, n), cache)

        def _subject(name, fallback='the value'):
            return f'`{name}`' if name else fallback

        def expect_close(actual, expected, rtol=1e-05, atol=1e-08, name=None):
            found, wanted = np.asarray(actual, dtype=float), np.asarray(expected, dtype=float)
            if found.size == 1 and wanted.size == 1:
                found, wanted = found.reshape(()), wanted.reshape(())
            assert found.shape == wanted.shape, f'{_subject(name)} should have shape {wanted.shape}, found shape {found.shape}'
            bad = ~np.isclose(found, wanted, rtol=rtol, atol=atol)
            assert not bad.any(), (f'{_subject(name)} is not close enough to the expected value: found {found[bad].ravel()[0]:.6g}, '
                                   f'expected {wanted[bad].ravel()[0]:.6g} (atol={atol}, rtol={rtol})')
            return True

        def _plain(value):
            if isinstance(value, np.generic):
                return value.item()
            if isinstance(value, (list, tuple)):
                return type(value)(_plain(v) for v in value)
            return value

        def expect_equal(actual, expected, name=None):
            assert _plain(actual) == expected, f'{_subject(name)} should be {expected!r}, found {_plain(actual)!r}'
            return True

        def expect_shape(value, shape, name=None):
            shape = (shape,) if isinstance(shape, int) else tuple(shape)
            found = tuple(value.shape) if hasattr(value, 'shape') else np.shape(value)
            ok = len(found) == len(shape) and all(w is None or f == w for f, w in zip(found, shape))
            assert ok, f'{_subject(name)} should have shape {shape}, found shape {found}'
            return True

        def _setting(layer, key):
            config = layer.get_config()
            if key == 'activation':
                return config.get('activation', 'linear')
            value = config.get(key)
            return tuple(value) if isinstance(value, list) else value

        def _matches(found, wanted):
            if isinstance(wanted, int) and isinstance(found, tuple):
                return found == (wanted, wanted)
            if isinstance(wanted, list):
                wanted = tuple(wanted)
            if wanted is None and found == 'linear':
                return True
            return found == wanted

        def _require_model(model):
            assert hasattr(model, 'layers') and hasattr(model, 'count_params'), (
                f"expected a Keras model, found a value of type '{type(model).__name__}' — build it with tf.keras.Sequential([...])")

        def expect_layers(model, layers):
            # A model, or a list of its layers (e.g. model.layers[-4:], the head).
            members = list(model) if isinstance(model, (list, tuple)) else None
            if members is None:
                _require_model(model)
                members = model.layers
            found = [type(layer).__name__ for layer in members]
            wanted = [spec if isinstance(spec, str) else spec['type'] for spec in layers]
            assert len(found) == len(wanted), f'the model should have {len(wanted)} layers ({", ".join(wanted)}), found {len(found)} ({", ".join(found)})'
            for index, (layer, spec) in enumerate(zip(members, layers)):
                kind = spec if isinstance(spec, str) else spec['type']
                assert type(layer).__name__ == kind, f'layer {index + 1} should be {kind}, found {type(layer).__name__}'
                for key, value in ([] if isinstance(spec, str) else [(k, v) for k, v in spec.items() if k != 'type']):
                    got = _setting(layer, key)
                    assert _matches(got, value), f'layer {index + 1} ({kind}) should have {key}={value!r}, found {got!r}'
            return True

        def expect_params(model, count):
            _require_model(model)
            assert model.built, 'the model is not built yet, so it has no weights — give the first layer input_shape= or call fit first'
            assert model.count_params() == count, f'the model should have {count} parameters, found {model.count_params()}'
            return True

        def predict_with(model, x):
            _require_model(model)
            # Calls the model eagerly in chunks: model.predict keeps traced functions, and a learner's
            # earlier predict on another input rank would make it fail on this one.
            x = np.asarray(x, dtype='float32')
            return np.concatenate([np.asarray(model(x[i:i + 256], training=False)) for i in range(0, len(x), 256)])

        def _accuracy(predictions, y):
            predictions, y = np.asarray(predictions), np.asarray(y)
            predicted = (predictions.reshape(-1) > 0.5).astype(int) if predictions.shape[-1] == 1 else predictions.argmax(axis=-1)
            truth = y.argmax(axis=-1) if y.ndim == 2 and y.shape[1] > 1 else y.reshape(-1).round().astype(int)
            return float((predicted == truth).mean())

        def expect_accuracy(model, x, y, minimum):
            accuracy = _accuracy(predict_with(model, x), y)
            assert accuracy >= minimum, f'accuracy on held-back data should be at least {minimum}, found {accuracy:.3f}'
            return True

        # What each cell printed, for expect_output: before every cell, the stream's write is
        # wrapped (IPython 9 re-wraps it per cell itself, so this is done again each time).
        _printed = {'last': '', 'current': []}

        def _before_cell(*_):
            _printed['last'], _printed['current'] = ''.join(_printed['current']), []
            stream = sys.stdout
            inner = getattr(stream.write, '_deeplings_inner', stream.write)
            def write(text, *args, **kwargs):
                _printed['current'].append(text)
                return inner(text, *args, **kwargs)
            write._deeplings_inner = inner
            try:
                stream.write = write
            except (AttributeError, TypeError):
                pass

        try:
            get_ipython().events.register('pre_run_cell', _before_cell)
        except NameError:
            pass

        def expect_output(text, exact=False):
            """Judges what the previous cell printed."""
            printed = _printed['last']
            ok = printed.rstrip('\n') == text.rstrip('\n') if exact else text in printed
            assert ok, f'your code should print {"exactly " if exact else ""}{text!r}, it printed {printed[:200]!r}'
            return True

        def expect_raises(exception, function, *args):
            try:
                function(*args)
            except exception:
                return True
            except Exception as error:
                raise AssertionError(f'calling it should raise {exception.__name__}, it raised {type(error).__name__}')
            raise AssertionError(f'calling it should raise {exception.__name__}, it returned normally')

        def retrain(model, x, y, epochs=5, minimum_accuracy=None, maximum_loss=None, validation_data=None, batch_size=32, seed=0):
            """Retrains the model's architecture and compile settings from fresh weights, then judges the metric."""
            _require_model(model)
            assert getattr(model, 'optimizer', None) is not None and getattr(model, 'loss', None) is not None, (
                'the model is not compiled — call model.compile(optimizer=..., loss=...) before training')
            tf.keras.utils.set_random_seed(seed)
            fresh = keras.models.clone_model(model)
            optimizer = type(model.optimizer).from_config(model.optimizer.get_config())
            fresh.compile(optimizer=optimizer, loss=model.loss, metrics=['accuracy'] if minimum_accuracy is not None else [])
            fresh.fit(np.asarray(x, dtype='float32'), np.asarray(y, dtype='float32'), batch_size=batch_size, epochs=epochs, verbose=0, shuffle=False)
            vx, vy = validation_data if validation_data is not None else (x, y)
            results = fresh.evaluate(np.asarray(vx, dtype='float32'), np.asarray(vy, dtype='float32'), batch_size=batch_size, verbose=0, return_dict=True)
            if minimum_accuracy is not None:
                assert results['accuracy'] >= minimum_accuracy, f'retrained from scratch, your model reaches accuracy {results["accuracy"]:.3f}, it should reach at least {minimum_accuracy}'
            if maximum_loss is not None:
                assert results['loss'] <= maximum_loss, f'retrained from scratch, your model ends with loss {results["loss"]:.4f}, it should be at most {maximum_loss}'
            return True

        print('set-up done: TensorFlow', tf.__version__)
        """#
}
