#!/usr/bin/env bash
# The desktop application and the command line, measured from outside (issue 13, figures 3 to 5):
#   * start-up: `groov-update --version`, and groov-update-gui to its first painted window (offscreen), by hyperfine;
#   * the GUI's pages while a large image is hashed and uploaded (groov-bench-gui): the event loop's longest stall,
#     and how much memory the upload adds to the page's idle figure;
#   * groov-update's peak memory for several image sizes (--no-wait, /usr/bin/time).
# Usage: bench/gui.sh [--size MB] [--memory-sizes "100 1000 4000"]. Everything runs on this machine: the device is a
# groov-device-sim on a loopback port, started and stopped here.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${GROOV_BUILD_DIR:-$root/build}
bin=$build_dir/bin
size_mb=1000
memory_sizes="100 1000 4000"
while [[ $# -gt 0 ]]; do
    case $1 in
    --size) size_mb=$2; shift 2 ;;
    --memory-sizes) memory_sizes=$2; shift 2 ;;
    *) echo "bench/gui.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

need() { command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }
missing=()
need hyperfine hyperfine
[[ -x /usr/bin/time ]] || missing+=(time)
if [[ ${#missing[@]} -gt 0 ]]; then
    sudo_cmd=(); [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get install -y "${missing[@]}" >/dev/null
fi

cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" \
    -DWARNINGS_AS_ERRORS="${CI:+ON}" -DBUILD_TESTING=ON >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)" --target groov-update groov-update-gui groov-device-sim \
    groov-bench-gui >/dev/null

work=$(mktemp -d)
sim_pid=
cleanup() {
    [[ -n $sim_pid ]] && kill "$sim_pid" 2>/dev/null && wait "$sim_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# A simulated EPIC whose stages take no time to speak of: the client is what is measured.
start_device() {
    [[ -n $sim_pid ]] && kill "$sim_pid" 2>/dev/null && wait "$sim_pid" 2>/dev/null || true
    "$bin/groov-device-sim" --port 0 --model GRV-EPIC-PR2 --speed 1000 >"$work/device.json" 2>"$work/device.log" &
    sim_pid=$!
    for _ in $(seq 100); do
        [[ -s $work/device.json ]] && break
        sleep 0.1
    done
    url=$(sed -n 's/.*"baseUrl":"\([^"]*\)".*/\1/p' "$work/device.json")
    key=$(sed -n 's/.*"apiKey":"\([^"]*\)".*/\1/p' "$work/device.json")
    [[ -n $url && -n $key ]] || { cat "$work/device.log" >&2; exit 1; }
}
image() { # size in MB -> path
    local path=$work/GRV-EPIC-firmware-4.1.0-$1MB.bin
    [[ -f $path ]] || "$bin/groov-device-sim" make-firmware --family epic --version 4.1.0 --size "$1000000" "$path"
    echo "$path"
}

echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "== start-up (goals: groov-update --version < 50 ms; the GUI's first window < 500 ms)"
hyperfine --warmup 3 --runs 20 --export-json "$work/startup.json" \
    "$bin/groov-update --version" \
    "GROOV_BENCH_PROBE=exit-when-shown QT_QPA_PLATFORM=offscreen $bin/groov-update-gui" | grep -E "Benchmark|Time"

echo
echo "== the GUI's pages with a ${size_mb} MB image (goals: longest stall < 50 ms; upload adds < 10 MB)"
start_device
GROOV_API_KEY=$key QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="groov.*=false" "$bin/groov-bench-gui" "$(image "$size_mb")" "$url"

echo
echo "== groov-update --no-wait, peak memory (goal: < 40 MB, the largest within 5 MB of the smallest)"
for mb in $memory_sizes; do
    start_device
    GROOV_API_KEY=$key /usr/bin/time -f "%M" -o "$work/rss" "$bin/groov-update" --device "$url" \
        --firmware "$(image "$mb")" --insecure --no-wait --quiet >/dev/null 2>"$work/cli.log" ||
        { cat "$work/cli.log" >&2; exit 1; }
    printf '%6s MB image: peak RSS %s MB\n' "$mb" "$(awk '{printf "%.1f", $1 / 1024}' "$work/rss")"
    rm -f "$work"/GRV-EPIC-firmware-4.1.0-"$mb"MB.bin
done
