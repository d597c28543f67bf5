#!/usr/bin/env bash
# Opt-in proof that `deeplings grade --shard` runs on a real Slurm: installs Debian's slurm-wlm and
# munge, starts a one-node cluster on this machine (its own config folder, /etc/slurm untouched),
# grades a class of fixture submissions once on this machine and once with the instructor's
# scripts/cluster/grade-array.sbatch (4 tasks) and grade-merge.sbatch, signed, and compares the two
# reports without their timing fields and signature. Run as root:
#   bash scripts/slurm-proof.sh            (DEEPLINGS=path/to/deeplings to use a built binary)
# Leaves the class, reports and logs in $PROOF (default /tmp/deeplings-slurm-proof) and stops the
# daemons it started.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
proof=${PROOF:-/tmp/deeplings-slurm-proof}
students=${STUDENTS:-40}
shards=4
[ "$(id -u)" = 0 ] || { echo "slurm-proof: run as root (it installs packages and starts daemons)" >&2; exit 1; }

missing=()
for p in slurm-wlm munge; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "slurm-proof: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

deeplings=${DEEPLINGS:-$root/.build/release/deeplings}
if [ ! -x "$deeplings" ]; then
  echo "slurm-proof: building deeplings (release)"
  swift build -c release --product deeplings >/dev/null
  deeplings=$root/.build/release/deeplings
fi

rm -rf "$proof"
mkdir -p "$proof"/{class,reports,state,spool,run}
pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for file in "$proof"/run/*.pid; do [ -f "$file" ] && kill "$(cat "$file")" 2>/dev/null || true; done
}
trap stop EXIT

# munge: the key the package made, a daemon of our own with its own socket.
[ -s /etc/munge/munge.key ] || { dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none; chown munge:munge /etc/munge/munge.key; chmod 400 /etc/munge/munge.key; }
mkdir -p /run/munge "$proof/munge"
chown munge:munge /run/munge "$proof/munge"
socket=/run/munge/munge.socket.2
if ! munge -n -S "$socket" >/dev/null 2>&1; then
  runuser -u munge -- /usr/sbin/munged --socket="$socket" --pid-file="$proof/munge/munged.pid" --log-file="$proof/munge/munged.log" --seed-file="$proof/munge/seed"
  cp "$proof/munge/munged.pid" "$proof/run/munged.pid"
fi

host=$(hostname -s)
cpus=$(nproc)
memory=$(awk '/MemTotal/ { print int($2 / 1024 * 0.9) }' /proc/meminfo)
conf=$proof/slurm.conf
cat > "$conf" <<CONF
ClusterName=deeplings-proof
SlurmctldHost=$host
SlurmUser=root
SlurmctldPort=6817
SlurmdPort=6818
AuthType=auth/munge
AuthInfo=socket=$socket
CredType=cred/munge
StateSaveLocation=$proof/state
SlurmdSpoolDir=$proof/spool
SlurmctldPidFile=$proof/run/slurmctld.pid
SlurmdPidFile=$proof/run/slurmd.pid
SlurmctldLogFile=$proof/slurmctld.log
SlurmdLogFile=$proof/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
ReturnToService=2
MpiDefault=none
NodeName=$host CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=proof Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$conf
/usr/sbin/slurmctld -f "$conf"
/usr/sbin/slurmd -f "$conf"
for _ in $(seq 60); do
  state=$(sinfo -h -N -o %t 2>/dev/null | head -1 || true)
  [ "$state" = idle ] && break
  [ "$state" = "down" ] || [ "$state" = "drain" ] && scontrol update nodename="$host" state=resume 2>/dev/null || true
  sleep 1
done
[ "$(sinfo -h -N -o %t | head -1)" = idle ] || { echo "slurm-proof: the node did not come up; see $proof/slurmctld.log and slurmd.log" >&2; exit 1; }
echo "slurm-proof: Slurm $(sinfo -V | awk '{print $2}') up on $host ($cpus CPUs)"

# The class: a two-exercise lesson (one trains a model) and $students one-file submissions.
lesson=$proof/lesson.md
cat > "$lesson" <<'LESSON'
---
id: cluster-proof
title: A lesson for the Slurm proof
---
Fit a line to six points.

```python
import numpy as np
from tensorflow import keras
xs = np.array([-1.0, 0.0, 1.0, 2.0, 3.0, 4.0])
ys = 2 * xs - 1
```

```exercise id=total points=1
total = 0
```

```hint id=total
Use sum().
```

```solution id=total
total = sum([1, 2, 3])
```

```check id=total
assert total == 6, "total should be 6"
```

```exercise id=line points=2
model = None
```

```hint id=line
One Dense unit, compiled with 'sgd', fitted for 500 epochs.
```

```solution id=line
model = keras.Sequential([keras.layers.Dense(units=1, input_shape=[1])])
model.compile(optimizer='sgd', loss='mean_squared_error')
model.fit(xs, ys, epochs=500, verbose=0)
```

```check id=line
assert model is not None, "model should be a Sequential model"
assert abs(model.predict(np.array([10.0]), verbose=0)[0][0] - 19) < 1, "model.predict([10.0]) should be near 19: did you fit it?"
```
LESSON
good_model="model = keras.Sequential([keras.layers.Dense(units=1, input_shape=[1])])
model.compile(optimizer='sgd', loss='mean_squared_error')
model.fit(xs, ys, epochs=500, verbose=0)"
for i in $(seq 0 $((students - 1))); do
  file=$proof/class/student-$i.py
  case $((i % 5)) in
    0) printf 'total = sum([1, 2, 3])\n%s\n' "$good_model" > "$file" ;;
    1) printf 'total = 5\n%s\n' "$good_model" > "$file" ;;
    2) printf 'total = 6\nmodel = keras.Sequential([keras.layers.Dense(units=1, input_shape=[1])])\n' > "$file" ;;
    3) printf 'total = sum([1, 2, 3])\nmodle = None\nprint(modle.predict)\n' > "$file" ;;
    4) printf 'total = 6\n%s\n' "$good_model" > "$file" ;;
  esac
done
printf 'total = 6\nwhile True:\n    pass\n' > "$proof/class/student-spin.py"
mkdir -p "$proof/class/student-folder"
printf 'total = 6\n' > "$proof/class/student-folder/total.py"
limits=(--timeout 20 --cpu-seconds 40)
head -c 32 /dev/urandom > "$proof/grading.key"
chmod 600 "$proof/grading.key"

cd "$proof"
echo "slurm-proof: grading $(ls -d class/* | wc -l) submissions on this machine (--jobs $cpus)"
start=$(date +%s.%N)
"$deeplings" grade "$lesson" --out reports/single.json --jobs "$cpus" "${limits[@]}" -- "$proof"/class/*
single=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')

# The instructor's own scripts, as docs/grading-on-a-cluster.md gives them: the array, then the
# merge once every task has ended (afterany), both signing with the same key.
export LESSON=$lesson CLASS=$proof/class REPORTS=$proof/reports DEEPLINGS=$deeplings SIGN_KEY=$proof/grading.key
export GRADE_OPTIONS="${limits[*]}"
echo "slurm-proof: sbatch --array=0-$((shards - 1)) scripts/cluster/grade-array.sbatch, then grade-merge.sbatch (afterany)"
start=$(date +%s.%N)
job=$(sbatch --parsable --array=0-$((shards - 1)) --cpus-per-task=1 --mem-per-cpu=1G --output="$proof/reports/slurm-grade-%A_%a.out" "$root/scripts/cluster/grade-array.sbatch")
merge=$(sbatch --parsable --wait --dependency=afterany:"$job" --output="$proof/reports/slurm-merge-%j.out" "$root/scripts/cluster/grade-merge.sbatch")
array=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
cat reports/slurm-grade-*.out reports/slurm-merge-*.out
"$deeplings" grade verify reports/report.json --key "$SIGN_KEY"

python3 - reports/single.json reports/report.json <<'PY'
import json, sys
def load(path):
    report = json.load(open(path))
    for result in report["submissions"]:
        result.pop("seconds", None)
        result.pop("cpuSeconds", None)
    report.pop("signature", None)
    return report
single, merged = load(sys.argv[1]), load(sys.argv[2])
if single != merged:
    print("slurm-proof: FAILED: the merged report differs from the single-machine report")
    sys.exit(1)
statuses = {}
for result in single["submissions"]:
    statuses[result["status"]] = statuses.get(result["status"], 0) + 1
print(f"slurm-proof: merged report equals the single-machine report ({len(single['submissions'])} submissions: {statuses})")
PY
# The array's own wall time, from the first task's start to the last task's end (Slurm's record),
# without the scheduler's start-up and sbatch --wait's polling.
tasks=$(scontrol show job "$job" 2>/dev/null | awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^(StartTime|EndTime)=/) print $i }' \
  | python3 -c "
import sys, datetime
times = [datetime.datetime.fromisoformat(line.strip().split('=')[1]) for line in sys.stdin if line.strip()]
print((max(times) - min(times)).total_seconds() if times else 'nan')")
printf 'slurm-proof: single machine (--jobs %d) %.1f s; Slurm array of %d tasks (job %s, 1 CPU each) ran %s s from first start to last end; submit to merged report %.1f s\n' \
  "$cpus" "$single" "$shards" "$job" "$tasks" "$array"
