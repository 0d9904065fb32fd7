#!/usr/bin/env bash
# The hash benchmark (issue: hashing at least 0.8x the speed of openssl): SHA-256 of a file of random bytes by
# `openssl dgst -sha256` and by groov-bench-hash (the engine's FirmwareHasher::hashFile), their times and the ratio
# openssl/ours. Both digests must agree. The file is read once before timing, so both runs read from the page cache.
#   bench/hash.sh [SIZE_MIB]     default 1024 (1 GiB); builds only groov-bench-hash, configured like scripts/build
# Exit: 0 at or above the goal, 1 the digests differ or a tool failed, 2 bad arguments, 3 below the goal.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${GROOV_BUILD_DIR:-$root/build}
size_mib=${1:-1024}
runs=${GROOV_HASH_RUNS:-5}
goal=0.8
if [[ ! $size_mib =~ ^[1-9][0-9]*$ || $# -gt 1 ]]; then
    echo "usage: bench/hash.sh [SIZE_MIB]" >&2
    exit 2
fi

cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" \
    -DWARNINGS_AS_ERRORS="${CI:+ON}" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)" --target groov-bench-hash >/dev/null
ours=("$build_dir/bin/groov-bench-hash")
theirs=(openssl dgst -sha256)

if ! command -v hyperfine >/dev/null; then
    # Only the timing tool is installed, and only if missing; without it a plain loop measures.
    if [[ $(id -u) -eq 0 ]]; then
        apt-get install -y hyperfine >/dev/null || true
    else
        sudo apt-get install -y hyperfine >/dev/null || true
    fi
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
file=$tmp/firmware.bin
head -c "$((size_mib * 1024 * 1024))" /dev/urandom >"$file"

# The last field of both outputs is the hex digest ("SHA2-256(FILE)= hex").
our_digest=$("${ours[@]}" "$file" 2>"$tmp/ours.err" | awk '{ print $NF }') || {
    cat "$tmp/ours.err" >&2
    exit 1
}
their_digest=$("${theirs[@]}" "$file" | awk '{ print $NF }')
if [[ -z $our_digest || $our_digest != "$their_digest" ]]; then
    echo "hash: the digests differ: openssl $their_digest, groov-bench-hash ${our_digest:-none}" >&2
    exit 1
fi

# Seconds per run of a command, the mean of $runs runs after one warm-up.
if command -v hyperfine >/dev/null; then
    timing=hyperfine
    seconds() {
        hyperfine --shell=none --warmup 1 --runs "$runs" --style none --export-json "$tmp/run.json" \
            "$(printf '%q ' "$@")" >/dev/null
        jq '.results[0].mean' "$tmp/run.json"
    }
else
    timing="plain loop"
    seconds() {
        "$@" >/dev/null 2>&1
        local start end
        start=$(date +%s%N)
        for ((i = 0; i < runs; ++i)); do "$@" >/dev/null 2>&1; done
        end=$(date +%s%N)
        awk -v ns="$((end - start))" -v n="$runs" 'BEGIN { printf "%.6f\n", ns / n / 1e9 }'
    }
fi

their_s=$(seconds "${theirs[@]}" "$file")
our_s=$(seconds "${ours[@]}" "$file")
awk -v mib="$size_mib" -v o="$their_s" -v g="$our_s" -v goal="$goal" -v runs="$runs" -v timing="$timing" \
    -v digest="$our_digest" 'BEGIN {
        bytes = mib * 1048576
        printf "file: %d MiB of random bytes, SHA-256 %s (both agree)\n", mib, digest
        printf "timing: %s, mean of %d runs after a warm-up, file in the page cache\n", timing, runs
        printf "openssl dgst -sha256: %.3f s  %5.0f MB/s\n", o, bytes / 1e6 / o
        printf "groov-bench-hash:     %.3f s  %5.0f MB/s\n", g, bytes / 1e6 / g
        printf "ratio openssl/ours:   %.2f (goal >= %.1f)\n", o / g, goal
        exit (o / g >= goal ? 0 : 3)
    }' || status=$?
# What checking the bytes sent costs on the upload's path (16 KB pieces): SHA-256 before, ImageFingerprint now.
echo "the upload's path, one run:"
"${ours[@]}" --upload-path "$file"
exit "${status:-0}"
