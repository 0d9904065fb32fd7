#!/usr/bin/env bash
# The soak (issue 5): 200 complete updates back to back in one process, twice:
#   1. the normal build (build/, or $GROOV_BUILD_DIR): resident memory and open descriptors must stay flat;
#   2. AddressSanitizer + UndefinedBehaviorSanitizer + LeakSanitizer (build-sanitize/, or $GROOV_SANITIZE_BUILD_DIR,
#      the directory scripts/test --sanitize uses): no leak, no error, descriptors flat.
# Only the groov-soak target is built in each directory. Arguments go to groov-soak (e.g. --updates 50);
# see bench/README.md for what the figures mean.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${GROOV_BUILD_DIR:-$root/build}
sanitize_dir=${GROOV_SANITIZE_BUILD_DIR:-$root/build-sanitize}
suppressions=$root/tests/lsan.supp

# Configured as scripts/build configures, but only the soak is built: the sanitizer build of everything is big.
build() {
    local dir=$1
    shift
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" \
        -DWARNINGS_AS_ERRORS="${CI:+ON}" -DBUILD_TESTING=ON "$@" >/dev/null
    cmake --build "$dir" --parallel "$(nproc)" --target groov-soak
}

status=0
echo "== normal build: $build_dir"
build "$build_dir" -DENABLE_SANITIZERS=OFF
"$build_dir/bin/groov-soak" "$@" || status=$?

echo
echo "== sanitizer build: $sanitize_dir"
build "$sanitize_dir" -DENABLE_SANITIZERS=ON
lsan_options=print_suppressions=1
[[ -f $suppressions ]] && lsan_options="suppressions=$suppressions:$lsan_options"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 LSAN_OPTIONS=$lsan_options \
    "$sanitize_dir/bin/groov-soak" "$@" || status=$?

echo
if [[ $status -eq 0 ]]; then
    echo "soak: both runs flat, no sanitizer report"
else
    echo "soak: FAILED (exit $status); see above" >&2
fi
exit $status
