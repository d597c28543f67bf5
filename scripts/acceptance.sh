#!/usr/bin/env bash
# Runs the article's acceptance scripts (../shared/acceptance/seed) under `deeplings run`, in
# release. Quick ones by default; `--long` adds the full training runs (tens of minutes).
# Each must exit 0 and print a last line starting with "ok:". Prints `name: seconds` per script.
set -uo pipefail
cd "$(dirname "$0")/.."
seed_dir="${ACCEPTANCE_DIR:-../shared/acceptance/seed}"
quick=(02_hello_nn 07_transfer_inception)
long=(03_fashion_dnn 04a_fashion_cnn 06_augmentation 08_multiclass 04b_horses_humans)
scripts=("${quick[@]}")
[ "${1:-}" = "--long" ] && scripts+=("${long[@]}")

scripts/setup.sh
swift build -c release --product deeplings >/dev/null || exit 1
bin="$(swift build -c release --show-bin-path)/deeplings"

passed=0; failed=0
for name in "${scripts[@]}"; do
  file="$seed_dir/$name.py"
  log="$(mktemp)"
  start=$(date +%s%N)
  "$bin" run "$file" >"$log" 2>&1
  rc=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 )); seconds="$((ms / 1000)).$(printf %03d $((ms % 1000)))"
  last=$(grep -v '^\s*$' "$log" | tail -n 1)
  if [ $rc -eq 0 ] && [[ "$last" == ok:* ]]; then
    passed=$((passed + 1)); echo "$name: passed in ${seconds}s ($last)"
  else
    failed=$((failed + 1)); echo "$name: FAILED (exit $rc) in ${seconds}s"; tail -n 15 "$log" | sed 's/^/    /'
  fi
  rm -f "$log"
done
echo "acceptance: $passed passed, $failed failed"
[ $failed -eq 0 ]
