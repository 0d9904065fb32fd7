#!/usr/bin/env bash
# bench/upload.sh: how fast groov-update uploads, next to a bare QNetworkAccessManager upload of the same chunks
# (groov-bench-qnam-upload), a requests-based client written from the vendor's procedure
# (bench/upload/requests_upload.py) and curl (one process, one connection), against two targets on loopback: a
# neutral nginx sink that reads every byte (bench/upload/nginx.conf.in) and groov-device-sim (a fresh one per run,
# --speed 1000). Each client runs --runs times per target under /usr/bin/time; the medians and ratios are printed.
# bench/README.md, "Upload", has the figures and what they mean.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: bench/upload.sh [--size BYTES|500M|2G] [--runs N] [--targets nginx,sim] [--clients LIST] [--no-build]
                       [--max-load L] [--perf FILE]

  --size      image size, decimal (M = 1,000,000 bytes, G = 1,000,000,000); default 500M (20 chunks)
  --runs      runs per client and target; default 3 (the medians are printed)
  --targets   nginx, sim or both (default nginx,sim)
  --clients   any of groov-update,qnam,requests,curl (default all four), and qnam-device, qnam-bytearray: the bare
              QNAM upload with the chunk given as one QIODevice of its own, or read into a QByteArray first
  --no-build  use the binaries in $GROOV_BUILD_DIR/bin (default build/bin) as they are
  --max-load  wait (up to 10 minutes) until the 1-minute load is below L before starting; default 1.5
  --perf      after the timed runs, one more run of the first client of --clients against the first target under
              perf record -F 999 --call-graph dwarf, written to FILE (perf report -i FILE)
The API keys are random per run and reach the clients through GROOV_API_KEY or a header file, never argv.
EOF
}

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${GROOV_BUILD_DIR:-$root/build}
size_arg=500M
runs=3
targets=nginx,sim
clients=groov-update,qnam,requests,curl
build=1
max_load=1.5
perf_out=
while [[ $# -gt 0 ]]; do
    case $1 in
    --size) size_arg=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --targets) targets=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --max-load) max_load=$2; shift 2 ;;
    --perf) perf_out=$(realpath -m "$2"); shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "bench/upload.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done

case $size_arg in
*[Gg]) bytes=$(( ${size_arg%[Gg]} * 1000000000 )) ;;
*[Mm]) bytes=$(( ${size_arg%[Mm]} * 1000000 )) ;;
*[Kk]) bytes=$(( ${size_arg%[Kk]} * 1000 )) ;;
*[0-9]) bytes=$size_arg ;;
*) echo "bench/upload.sh: --size $size_arg is not a size" >&2; exit 2 ;;
esac
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "bench/upload.sh: --runs must be a positive number" >&2; exit 2; }

# --- what is missing, from Debian ------------------------------------------------------------------------------
need=()
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || need+=(nginx-light)
command -v curl >/dev/null || need+=(curl)
command -v openssl >/dev/null || need+=(openssl)
command -v hyperfine >/dev/null || need+=(hyperfine) # not used here; for ad-hoc comparisons of single commands
[[ -x /usr/bin/time ]] || need+=(time)
/usr/bin/python3 -c 'import requests' 2>/dev/null || need+=(python3-requests)
[[ -z $perf_out ]] || command -v perf >/dev/null || need+=(linux-perf)
if [[ ${#need[@]} -gt 0 ]]; then
    echo "Installing ${need[*]}" >&2
    sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get install -y --no-install-recommends "${need[@]}" >&2
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

# --- build --------------------------------------------------------------------------------------------------------
if [[ $build -eq 1 ]]; then
    if [[ ! -f $build_dir/build.ninja ]]; then
        cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" \
            -DWARNINGS_AS_ERRORS="${CI:+ON}" >/dev/null
    fi
    cmake --build "$build_dir" --target groov-update groov-device-sim groov-bench-qnam-upload >&2
fi
bin=$build_dir/bin
for program in groov-update groov-device-sim groov-bench-qnam-upload; do
    [[ -x $bin/$program ]] || { echo "bench/upload.sh: $bin/$program is missing" >&2; exit 1; }
done

# --- temporary directory, and cleaning up whatever we started ------------------------------------------------------
umask 077
tmp=$(mktemp -d "${TMPDIR:-/tmp}/groov-bench-upload.XXXXXX")
nginx_pid=
sim_pid=
stop_pid() {
    local pid=$1
    [[ -n $pid ]] || return 0
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
cleanup() {
    stop_pid "$sim_pid"
    stop_pid "$nginx_pid"
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

load1() { cut -d' ' -f1 /proc/loadavg; }

# CPU seconds (user + system) used so far by the server of the target: the simulator, or nginx's worker.
server_cpu() {
    local pids=() pid ticks=0
    if [[ -n $sim_pid ]]; then pids=("$sim_pid"); elif [[ -n $nginx_pid ]]; then mapfile -t pids < <(pgrep -P "$nginx_pid"); fi
    for pid in "${pids[@]}"; do
        # Fields 14 and 15 of /proc/PID/stat, counted after the command name (which may hold spaces).
        ticks=$(( ticks + $(sed 's/.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 }') ))
    done
    awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'
}

# --- the image, and its chunks for curl ----------------------------------------------------------------------------
image=$tmp/epic-4.1.0.bin
"$bin/groov-device-sim" make-firmware --family epic --version 4.1.0 --size "$bytes" "$image" >/dev/null
chunk_count=$(( (bytes + 24999999) / 25000000 ))
mkdir "$tmp/chunks"
split -b 25000000 -d -a 4 "$image" "$tmp/chunks/c."

# curl: one process, one connection: the device check, prepare, then every chunk (--next between transfers; every
# option but the global ones has to be repeated). The key is read from a header file, not the command line.
write_curl_config() { # BASE_URL KEY_HEADER_FILE OUT
    local base=$1 keyfile=$2 out=$3 file_id=$(( 100000000 + RANDOM * 32768 + RANDOM ))
    local common="insecure
http1.1
fail
output = /dev/null
header = \"@$keyfile\""
    {
        echo "silent"
        echo "show-error"
        echo "$common"
        echo "url = \"$base/manage/api/v1/io/local/info\""
        echo "next"
        echo "$common"
        echo "header = \"Content-Type: application/json\""
        echo "data = \"{\\\"backupNetwork\\\":true,\\\"preserveSettings\\\":true}\""
        echo "url = \"$base/manage/api/v1/maintenance/update/prepare\""
        local n=0 chunk
        for chunk in "$tmp"/chunks/c.*; do
            echo "next"
            echo "$common"
            echo "header = \"Expect:\""
            echo "header = \"uploader-chunk-number: $n\""
            echo "header = \"uploader-chunks-total: $chunk_count\""
            echo "header = \"uploader-file-id: $file_id\""
            echo "form = \"file=@$chunk;filename=file;type=application/octet-stream\""
            echo "url = \"$base/manage/api/v1/maintenance/update/apply\""
            n=$((n + 1))
        done
    } >"$out"
}

# --- the targets -----------------------------------------------------------------------------------------------------
port=
key=
start_nginx() {
    port=$(free_port)
    local sink_port
    sink_port=$(free_port)
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=127.0.0.1 \
        -addext subjectAltName=IP:127.0.0.1 -keyout "$tmp/key.pem" -out "$tmp/cert.pem" 2>/dev/null
    sed -e "s|@DIR@|$tmp|g" -e "s|@PORT@|$port|g" -e "s|@SINK_PORT@|$sink_port|g" \
        "$root/bench/upload/nginx.conf.in" >"$tmp/nginx.conf"
    # Run as ourselves: the workers must read the key and write the log in $tmp.
    [[ $(id -u) -ne 0 ]] || sed -i "1i user root;" "$tmp/nginx.conf"
    "$nginx_bin" -e "$tmp/nginx-error.log" -p "$tmp" -c "$tmp/nginx.conf" &
    nginx_pid=$!
    for _ in $(seq 100); do
        curl -sk -o /dev/null "https://127.0.0.1:$port/auth/access/user/commission/status" && return 0
        sleep 0.1
    done
    echo "bench/upload.sh: nginx did not start:" >&2
    cat "$tmp/nginx-error.log" >&2
    exit 1
}

start_sim() {
    : >"$tmp/sim.out"
    mkdir -p "$tmp/sim"
    TMPDIR=$tmp/sim "$bin/groov-device-sim" --port 0 --speed 1000 >"$tmp/sim.out" 2>"$tmp/sim.log" &
    sim_pid=$!
    for _ in $(seq 100); do
        [[ -s $tmp/sim.out ]] && break
        sleep 0.1
    done
    [[ -s $tmp/sim.out ]] || { echo "bench/upload.sh: groov-device-sim did not start" >&2; cat "$tmp/sim.log" >&2; exit 1; }
    read -r port key < <(/usr/bin/python3 -c 'import json, sys
d = json.loads(sys.stdin.readline()); print(d["port"], d["apiKey"])' <"$tmp/sim.out")
}

# What the simulator saw: every byte, every chunk, no violation of the protocol.
check_sim() {
    curl -sk --max-time 5 "https://127.0.0.1:$port/sim/v1/report" >"$tmp/report.json" || {
        echo "  (simulator report unavailable: it already restarted)" >&2
        return 0
    }
    /usr/bin/python3 - "$tmp/report.json" "$bytes" "$chunk_count" <<'EOF'
import json, sys
report = json.load(open(sys.argv[1]))
upload, violations = report["upload"], report["violations"]
if violations or upload["bytes"] != int(sys.argv[2]) or upload["chunksStored"] != int(sys.argv[3]):
    sys.exit(f"simulator: bytes {upload['bytes']}, chunks {upload['chunksStored']}, violations {violations}")
EOF
}

# --- one timed run -----------------------------------------------------------------------------------------------
results=$tmp/results.tsv
run_client() { # TARGET CLIENT RUN
    local target=$1 client=$2 run=$3 base="https://127.0.0.1:$port" cmd
    case $client in
    groov-update) cmd=("$bin/groov-update" --device "$base" --firmware "$image" --insecure --no-wait) ;;
    qnam) cmd=("$bin/groov-bench-qnam-upload" --url "$base" --firmware "$image") ;;
    qnam-device | qnam-bytearray)
        cmd=("$bin/groov-bench-qnam-upload" --url "$base" --firmware "$image" --body "${client#qnam-}") ;;
    requests) cmd=(/usr/bin/python3 "$root/bench/upload/requests_upload.py" --url "$base" --firmware "$image") ;;
    curl)
        printf 'apiKey: %s\n' "$key" >"$tmp/key.header"
        write_curl_config "$base" "$tmp/key.header" "$tmp/curl.conf"
        cmd=(curl --config "$tmp/curl.conf")
        ;;
    esac
    [[ -z ${perf:-} ]] || cmd=(perf record -q -F 999 --call-graph dwarf -o "$perf_out" -- "${cmd[@]}")
    local load server_before server_after
    load=$(load1)
    server_before=$(server_cpu)
    if ! GROOV_API_KEY=$key /usr/bin/time -f '%e %U %S %M' -o "$tmp/time.txt" -- "${cmd[@]}" >"$tmp/client.log" 2>&1
    then
        echo "bench/upload.sh: $client against $target failed:" >&2
        tail -20 "$tmp/client.log" >&2
        exit 1
    fi
    server_after=$(server_cpu)
    local wall user sys rss server
    read -r wall user sys rss < <(tail -1 "$tmp/time.txt")
    server=$(awk -v a="$server_after" -v b="$server_before" 'BEGIN { printf "%.2f", a - b }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$client" "$run" "$wall" "$user" "$sys" "$rss" "$load" \
        "$server" >>"$results"
    printf '  %-6s %-13s run %s: %6.2f s wall, %6.2f s CPU, %7d KB RSS, server %5.2f s CPU (load %s)\n' "$target" \
        "$client" "$run" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$rss" "$server" "$load" >&2
}

# --- waiting for a quiet machine ---------------------------------------------------------------------------------------
for _ in $(seq 60); do
    awk -v l="$(load1)" -v m="$max_load" 'BEGIN { exit !(l < m) }' && break
    echo "bench/upload.sh: 1-minute load $(load1) is not below $max_load; waiting" >&2
    sleep 10
done
load_start=$(cat /proc/loadavg)

echo "Image: $bytes bytes, $chunk_count chunks; $runs runs per client and target; load at start: $load_start" >&2
IFS=, read -r -a target_list <<<"$targets"
IFS=, read -r -a client_list <<<"$clients"
for target in "${target_list[@]}"; do
    if [[ $target == nginx ]]; then
        start_nginx
        printf 'apiKey: %s\n' "$(openssl rand -hex 24)" >"$tmp/nginx.key"
    fi
    for run in $(seq "$runs"); do
        for client in "${client_list[@]}"; do
            case $target in
            nginx)
                key=$(cut -d' ' -f2 "$tmp/nginx.key")
                : >"$tmp/nginx-apply.log"
                run_client nginx "$client" "$run"
                read -r read_requests read_bytes < <(awk '{ n++; s += $1 } END { print n, s + 0 }' "$tmp/nginx-apply.log")
                if [[ $read_requests -ne $chunk_count || $read_bytes -lt $bytes ]]; then
                    echo "bench/upload.sh: nginx read $read_requests chunk requests, $read_bytes bytes" >&2
                    exit 1
                fi
                ;;
            sim)
                start_sim
                run_client sim "$client" "$run"
                check_sim
                stop_pid "$sim_pid"
                sim_pid=
                rm -rf "$tmp/sim"
                ;;
            *) echo "bench/upload.sh: unknown target $target" >&2; exit 2 ;;
            esac
        done
    done
    if [[ $target == nginx ]]; then
        stop_pid "$nginx_pid"
        nginx_pid=
    fi
done
load_end=$(cat /proc/loadavg)

if [[ -n $perf_out ]]; then
    perf=1
    results_saved=$results
    results=$tmp/perf.tsv
    case ${target_list[0]} in
    nginx) start_nginx; key=$(openssl rand -hex 24); run_client nginx "${client_list[0]}" perf; stop_pid "$nginx_pid"; nginx_pid= ;;
    sim) start_sim; run_client sim "${client_list[0]}" perf; stop_pid "$sim_pid"; sim_pid= ;;
    esac
    perf=
    results=$results_saved
    echo "perf profile of ${client_list[0]} against ${target_list[0]}: $perf_out" >&2
fi

# --- medians and ratios ------------------------------------------------------------------------------------------------
echo
echo "Upload of $bytes bytes ($chunk_count chunks), medians of $runs runs; load at start: $load_start; at end: $load_end"
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
/usr/bin/python3 - "$results" "$bytes" <<'EOF'
import statistics, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
size = int(sys.argv[2])
data = {}
for target, client, run, wall, user, sys_, rss, load, server in rows:
    entry = data.setdefault((target, client), {"wall": [], "cpu": [], "rss": [], "load": [], "server": []})
    entry["server"].append(float(server))
    entry["wall"].append(float(wall))
    entry["cpu"].append(float(user) + float(sys_))
    entry["rss"].append(int(rss))
    entry["load"].append(float(load))
med = {key: {k: statistics.median(v) for k, v in entry.items() if k != "load"} for key, entry in data.items()}
print()
print("| target | client | wall s | CPU s (user+sys) | max RSS MB | MB/s | server CPU s | 1-min load at each run |")
print("| --- | --- | --- | --- | --- | --- | --- | --- |")
for (target, client), m in med.items():
    loads = ", ".join(f"{l:.2f}" for l in data[(target, client)]["load"])
    print(f"| {target} | {client} | {m['wall']:.2f} | {m['cpu']:.2f} | {m['rss'] / 1024:.0f} "
          f"| {size / 1e6 / m['wall']:.0f} | {m['server']:.2f} | {loads} |")
print()
print("| target | ratio | wall | CPU | goal |")
print("| --- | --- | --- | --- | --- |")
goals = {"qnam": "wall <= 1.10, CPU <= 1.25", "requests": "wall < 1.00", "curl": "as close as Qt allows"}
for target in dict.fromkeys(t for t, _ in med):
    gu = med.get((target, "groov-update"))
    if not gu:
        continue
    for other in ("qnam", "requests", "curl"):
        o = med.get((target, other))
        if o:
            print(f"| {target} | groov-update / {other} | {gu['wall'] / o['wall']:.2f} | {gu['cpu'] / o['cpu']:.2f} "
                  f"| {goals[other]} |")
EOF
