#!/bin/bash
# Submits the grading array and the merge after it: scripts/cluster/submit.sh SHARDS
# (with LESSON, CLASS and optionally REPORTS, SIGN_KEY, DEEPLINGS in the environment).
set -euo pipefail
shards=${1:?give the number of shards, e.g. 64}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "${REPORTS:-reports}"
job=$(sbatch --parsable --export=ALL --array=0-$((shards - 1)) "$here/grade-array.sbatch")
merge=$(sbatch --parsable --export=ALL --dependency=afterany:"$job" "$here/grade-merge.sbatch")
echo "grading array $job ($shards shards), merge $merge: see ${REPORTS:-reports}/report.json when squeue shows neither"
