#!/usr/bin/env bash
# Makes the peers' virtualenv the benchmarks compare with: `.venv-peers` in the project folder
# (git-ignored), with tensorflow-cpu and h5py from PyPI; `--torch` adds torch (pip's find-links may
# offer a CPU wheel; PyPI's own is large). Not torchvision: PyPI's wheel links CUDA torch and fails
# to load beside a CPU one, so the torch peer writes its Inception v3 out.
# Quick when everything is there. Extra arguments after `--` are more pip packages.
#   scripts/peers.sh            # TensorFlow only
#   scripts/peers.sh --torch    # and PyTorch
# Benchmarks find it by itself; another virtualenv is chosen with DEEPLINGS_PEERS_PYTHON.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-peers
packages=(tensorflow-cpu h5py)
while [ $# -gt 0 ]; do
  case "$1" in
    --torch) packages+=(torch); shift ;;
    --) shift; packages+=("$@"); break ;;
    *) echo "peers: unknown option $1 (use --torch, or -- PACKAGE…)" >&2; exit 2 ;;
  esac
done
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" 2>/dev/null || {
    echo "peers: python3 cannot make a virtualenv; installing python3-venv" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    python3 -m venv "$venv"
  }
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet "${packages[@]}"
"$venv/bin/python" - <<'PY'
import importlib
for name in ("tensorflow", "torch"):
    try:
        module = importlib.import_module(name)
        print(f"peers: {name} {module.__version__}")
    except ImportError:
        pass
PY
echo "peers: ready in $venv (benchmarks use it; DEEPLINGS_PEERS_PYTHON=$PWD/$venv/bin/python for others)"
