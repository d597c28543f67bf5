#!/usr/bin/env bash
# Installs what Deeplings needs on Debian (run as root); quiet and quick when all is present.
set -euo pipefail
packages=(libreadline-dev libopenblas-dev zlib1g-dev libpng-dev libjpeg-dev libcmark-gfm-dev libsqlite3-dev libhdf5-dev tmux dataset-fashion-mnist)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null 2>&1 || { echo "setup: swift is not on PATH; install Swift 6.1 or later" >&2; exit 1; }
