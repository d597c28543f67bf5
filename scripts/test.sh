#!/usr/bin/env bash
# Installs what is missing, then runs the whole unit-test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --build-tests
swift test --skip-build "$@"
