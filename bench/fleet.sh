#!/usr/bin/env bash
# bench/fleet.sh: one groov-update process updating a fleet of simulated devices (groov-device-sim --devices N, one
# process for all of them) in a canary wave and one wave with the rest, at each --concurrency given. Measures the
# run's wall time against the ideal (one device's update alone, timed in the same run against a simulator of its own,
# times the number of waves), and the peak RSS and CPU of the one groov-update process and of the simulators.
# bench/README.md, "Fleet", has the figures and what they mean.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: bench/fleet.sh [--devices N] [--concurrency LIST] [--size BYTES] [--speed S] [--max-upload-mbps M]
                      [--no-build] [--max-load L]

  --devices      simulated devices in the fleet; default 50
  --concurrency  comma-separated upload concurrencies, one fleet run each; default 10,50
  --size         firmware image size in bytes; default 1000000
  --speed        the simulators' time compression; default 100 (one update takes about 10 s)
  --max-upload-mbps  the plan's bandwidth cap (MB/s of firmware bytes for the whole run); default none
  --no-build     use the binaries in $GROOV_BUILD_DIR/bin (default build/bin) as they are
  --max-load     wait (up to 10 minutes) until the 1-minute load is below L before each run; default 1.5
Each simulated device makes up its own key; groov-update reads them from key files (0600), never argv.
EOF
}

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${GROOV_BUILD_DIR:-$root/build}
devices=50
concurrencies=10,50
size=1000000
speed=100
build=1
max_load=1.5
cap=
while [[ $# -gt 0 ]]; do
    case $1 in
    --devices) devices=$2; shift 2 ;;
    --concurrency) concurrencies=$2; shift 2 ;;
    --size) size=$2; shift 2 ;;
    --speed) speed=$2; shift 2 ;;
    --max-upload-mbps) cap=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --max-load) max_load=$2; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "bench/fleet.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done
[[ $devices =~ ^[1-9][0-9]*$ ]] || { echo "bench/fleet.sh: --devices must be a positive number" >&2; exit 2; }

[[ -x /usr/bin/time ]] || {
    sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get install -y --no-install-recommends time >&2
}

if [[ $build -eq 1 ]]; then
    if [[ ! -f $build_dir/build.ninja ]]; then
        cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" \
            -DWARNINGS_AS_ERRORS="${CI:+ON}" >/dev/null
    fi
    cmake --build "$build_dir" --target groov-update groov-device-sim >&2
fi
bin=$build_dir/bin

umask 077
tmp=$(mktemp -d "${TMPDIR:-/tmp}/groov-bench-fleet.XXXXXX")
sim_pid=
stop_sim() {
    [[ -n $sim_pid ]] || return 0
    pkill -P "$sim_pid" 2>/dev/null || true
    kill "$sim_pid" 2>/dev/null || true
    wait "$sim_pid" 2>/dev/null || true
    sim_pid=
}
trap 'stop_sim; rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

wait_for_quiet() {
    local waited=0
    while awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v m="$max_load" 'BEGIN { exit !(l >= m) }'; do
        ((waited < 600)) || { echo "bench/fleet.sh: the machine stayed busy; measuring anyway" >&2; return; }
        sleep 5
        waited=$((waited + 5))
    done
}

# Starts N simulated devices in one process (under /usr/bin/time, which reports when it is stopped) and waits until
# each has printed its line: baseUrl, fingerprint and the key it made up (no key on any command line).
start_sims() { # COUNT
    /usr/bin/time -f '%e %U %S %M' -o "$tmp/sim.time" \
        "$bin/groov-device-sim" --devices "$1" --port 0 --speed "$speed" >"$tmp/sim.out" 2>"$tmp/sim.err" &
    sim_pid=$!
    for _ in $(seq 1 600); do
        [[ $(grep -c '^{' "$tmp/sim.out" 2>/dev/null || true) -ge $1 ]] && break
        sleep 0.1
    done
    [[ $(grep -c '^{' "$tmp/sim.out") -ge $1 ]] || { echo "bench/fleet.sh: the simulators did not start" >&2; exit 1; }
}

# A key file (0600, umask 077) for each device, from the simulators' lines: keys/NN.key.
write_key_files() {
    mkdir -p "$tmp/keys"
    python3 - "$tmp/sim.out" "$tmp/keys" <<'PY'
import json, sys
for i, line in enumerate(l for l in open(sys.argv[1]) if l.startswith("{")):
    with open("%s/%02d.key" % (sys.argv[2], i), "w") as key:
        key.write(json.loads(line)["apiKey"] + "\n")
PY
}

# Stops the simulators and puts their own figures in $sims: peak RSS (MB) and CPU (s). Not in a subshell: only this
# shell can wait for them.
sim_figures() {
    local pid=$sim_pid
    # /usr/bin/time ignores SIGINT while it waits: the simulator itself is asked to stop.
    pkill -INT -P "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    sim_pid=
    # time writes a "terminated by signal" line first when the simulator did not exit on its own.
    sims=$(tail -1 "$tmp/sim.time" | awk '{ printf "%.1f MB, %.1f s CPU", $4 / 1024, $2 + $3 }')
}

image=$tmp/epic-4.1.0-b.42.bin
"$bin/groov-device-sim" make-firmware --family epic --version 4.1.0-b.42 --size "$size" "$image" >/dev/null

# --- one device alone: the ideal's unit --------------------------------------------------------------------------
wait_for_quiet
start_sims 1
write_key_files
line=$(grep '^{' "$tmp/sim.out" | head -1)
url=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["baseUrl"])' "$line")
fingerprint=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["fingerprint"])' "$line")
/usr/bin/time -f '%e %U %S %M' -o "$tmp/single.time" \
    "$bin/groov-update" --device "$url" --fingerprint "$fingerprint" --api-key-file "$tmp/keys/00.key" \
    --firmware "$image" --poll-interval 1 --quiet >/dev/null 2>"$tmp/single.err" || { cat "$tmp/single.err" >&2; exit 1; }
stop_sim
single=$(cut -d' ' -f1 "$tmp/single.time")
printf 'one device alone: %s s wall, %s MB peak RSS\n' "$single" \
    "$(awk '{ printf "%.1f", $4 / 1024 }' "$tmp/single.time")"

# --- the fleet, at each concurrency ------------------------------------------------------------------------------
[[ -z $cap ]] || printf 'bandwidth cap: %s MB/s for the whole run\n' "$cap"
printf '\n%-12s %8s %8s %7s %10s %8s %10s   %s\n' concurrency "wall s" "ideal s" ratio "RSS MB" "CPU s" "upload MB/s" \
    "simulators"
IFS=, read -r -a levels <<<"$concurrencies"
for concurrency in "${levels[@]}"; do
    wait_for_quiet
    start_sims "$devices"
    write_key_files
    python3 - "$tmp/sim.out" "$image" "$concurrency" "$tmp/keys" "$cap" >"$tmp/plan.json" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")]
plan = {"firmware": sys.argv[2], "waves": [1], "concurrency": int(sys.argv[3]), "pollIntervalSeconds": 1,
        "maxFailures": 1, "devices": [
            {"name": "d%02d" % i, "address": d["baseUrl"].split("//", 1)[1], "fingerprint": d["fingerprint"],
             "key": {"file": "%s/%02d.key" % (sys.argv[4], i)}} for i, d in enumerate(lines)]}
if sys.argv[5]:
    plan["maxUploadMBps"] = float(sys.argv[5])
print(json.dumps(plan))
PY
    XDG_DATA_HOME=$tmp/data /usr/bin/time -f '%e %U %S %M' -o "$tmp/fleet.time" \
        "$bin/groov-update" --plan "$tmp/plan.json" --report "$tmp/report.json" --quiet \
        >/dev/null 2>"$tmp/fleet.err" || { tail -20 "$tmp/fleet.err" >&2; exit 1; }
    sim_figures
    updated=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(sum(d["state"]=="succeeded" for d in r["devices"]))' "$tmp/report.json")
    [[ $updated -eq $devices ]] || { echo "bench/fleet.sh: only $updated of $devices devices updated" >&2; exit 1; }
    # The second wave's uploads, from its first upload's start to its last one's end (the devices' own timelines):
    # the firmware bytes over that span are the rate the run kept.
    rate=$(python3 - "$tmp/report.json" "$size" <<'PY'
import json, sys
from datetime import datetime
spans = []
for device in json.load(open(sys.argv[1]))["devices"]:
    if device.get("wave") != 2:
        continue
    for step in device["update"]["steps"]:
        if step["step"] == "upload" and step["startedAt"] and step["finishedAt"]:
            spans.append(tuple(datetime.fromisoformat(step[k].replace("Z", "+00:00")) for k in ("startedAt", "finishedAt")))
seconds = (max(e for _, e in spans) - min(s for s, _ in spans)).total_seconds()
print("%.1f" % (len(spans) * int(sys.argv[2]) / 1e6 / seconds))
PY
)
    read -r wall user sys rss <"$tmp/fleet.time"
    # Two waves (the canary, then the rest): the ideal is two single-device updates back to back.
    awk -v c="$concurrency" -v w="$wall" -v s="$single" -v u="$user" -v y="$sys" -v r="$rss" -v sims="$sims" \
        -v rate="$rate" 'BEGIN { printf "%-12s %8.1f %8.1f %7.2f %10.1f %8.1f %10s   %s\n", c, w, 2 * s, w / (2 * s),
            r / 1024, u + y, rate, sims }'
done
