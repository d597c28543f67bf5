#!/usr/bin/env bash
# Opt-in, not CI: exports a lesson as a Jupyter notebook (with solutions) and executes it with
# nbclient under real TensorFlow, to prove the export runs outside Deeplings (e.g. on Colab).
#
#   scripts/verify-export.sh [LESSON ...]      # default: Lessons/02-hello-nn.md
#
# Creates (once) the project-local virtualenv `.venv-peers` (git-ignored) with tensorflow-cpu,
# nbclient, nbformat, ipykernel, scipy, pillow and matplotlib from PyPI (what Colab has). The notebooks and their executed
# copies go to `.build/export-check/`. Data sets: the notebook looks for local copies first
# (`DEEPLINGS_DATASETS`, default `datasets/`, and Fashion-MNIST in `DEEPLINGS_FASHION_MNIST`, default
# /usr/share/datasets/fashion-mnist) and downloads the originals only when they are missing.
# `VERIFY_SETUP_ONLY=1` only creates the virtualenv. `VERIFY_STARTERS=1` exports the starters
# instead and passes when every check cell fails on them with an AssertionError (a check that
# passes a starter, or fails it with another error, is reported).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
venv="$root/.venv-peers"
out="$root/.build/export-check"

if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import tensorflow, nbclient, nbformat, ipykernel, scipy, PIL, matplotlib' 2>/dev/null; then
    echo "verify-export: creating $venv (tensorflow-cpu, nbclient, nbformat, ipykernel, scipy, pillow, matplotlib)"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
    "$venv/bin/pip" install --quiet tensorflow-cpu nbclient nbformat ipykernel scipy pillow matplotlib
fi
"$venv/bin/python" -m ipykernel install --prefix "$venv" --name deeplings-peers --display-name "Deeplings peers" >/dev/null
[ "${VERIFY_SETUP_ONLY:-0}" = 1 ] && exit 0

deeplings="$root/.build/release/deeplings"
[ -x "$deeplings" ] || deeplings="$root/.build/debug/deeplings"
if [ ! -x "$deeplings" ]; then
    echo "verify-export: build deeplings first (swift build -c release --product deeplings)" >&2
    exit 2
fi

lessons=("$@")
[ ${#lessons[@]} -eq 0 ] && lessons=(Lessons/02-hello-nn.md)
mkdir -p "$out"
export DEEPLINGS_DATASETS="${DEEPLINGS_DATASETS:-$root/datasets}"
export DEEPLINGS_FASHION_MNIST="${DEEPLINGS_FASHION_MNIST:-/usr/share/datasets/fashion-mnist}"
export JUPYTER_PATH="$venv/share/jupyter"
export TF_CPP_MIN_LOG_LEVEL=2 MPLBACKEND=Agg
status=0
for lesson in "${lessons[@]}"; do
    name=$(basename "$lesson" .md)
    notebook="$out/$name.ipynb"
    if [ "${VERIFY_STARTERS:-0}" = 1 ]; then
        notebook="$out/$name.starters.ipynb"
        "$deeplings" export "$lesson" --ipynb --out "$notebook"
    else
        "$deeplings" export "$lesson" --ipynb --solutions --out "$notebook"
    fi
    echo "verify-export: executing $notebook"
    start=$(date +%s)
    if "$venv/bin/python" - "$notebook" "${notebook%.ipynb}.executed.ipynb" "${VERIFY_STARTERS:-0}" <<'PY'
import sys, nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
source, target, starters = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
nb = nbformat.read(source, as_version=4)
nbformat.validate(nb)
client = NotebookClient(nb, timeout=900, kernel_name="deeplings-peers", allow_errors=starters,
                        resources={"metadata": {"path": "."}})
try:
    client.execute()
    if starters:
        checks = [c for c in nb.cells if c.cell_type == "code" and "-check-" in c.get("id", "")]
        errors = [next((o.get("ename") for o in c.outputs if o.get("output_type") == "error"), None) for c in checks]
        wrong = [(c.id, e) for c, e in zip(checks, errors) if e != "AssertionError"]
        print(f"verify-export: {len(checks) - len(wrong)} of {len(checks)} checks fail the starters with an AssertionError")
        for cell_id, error in wrong:
            print(f"  {cell_id}: {'passes the starter' if error is None else 'raises ' + error}")
        sys.exit(1 if wrong else 0)
except CellExecutionError as error:
    lines = str(error).strip().splitlines()
    print("verify-export: a cell failed:", *lines[-12:], sep="\n  ")
    sys.exit(1)
finally:
    nbformat.write(nb, target)
code = [c for c in nb.cells if c.cell_type == "code"]
print(f"verify-export: {len(code)} code cells ran without error")
PY
    then
        echo "verify-export: $lesson OK in $(( $(date +%s) - start )) s (executed copy: ${notebook%.ipynb}.executed.ipynb)"
    else
        echo "verify-export: $lesson FAILED (see ${notebook%.ipynb}.executed.ipynb)" >&2
        status=1
    fi
done
exit $status
