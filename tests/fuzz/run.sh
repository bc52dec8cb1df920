#!/bin/sh
# Builds the libFuzzer targets in a separate small clang build (only the sources each fuzzer
# needs, with ASan + UBSan + libFuzzer) and runs each one for a bounded time, seeded from the
# repository's real files. Exit status: 0 when no fuzzer found a crash, hang, leak or sanitizer
# report; the reproducer is left in the build dir (crash-*, timeout-*, leak-*) and named below.
#
#   tests/fuzz/run.sh [--build-dir DIR] [--seconds N | --total-seconds N] [--jobs J] [--only NAME]
#
# Exit 77 when no clang++ with libFuzzer is installed: the fuzz_smoke test sets no
# SKIP_RETURN_CODE, so that is a failure (a skipped test would count as passed), and the message
# says what to install.
# --seconds N: each target runs N seconds (default 60). --total-seconds N: N split evenly over
# the targets (what the CTest smoke test uses). The build dir is reused between runs (and
# ccache helps), so only the first run pays for the build. --only NAME builds and runs one target
# (e.g. fuzz_policyfile) for an area's own run.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build_dir="$root/build/fuzz"
seconds=60
total=""
jobs=2
only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build_dir=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --total-seconds) total=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    *) echo "usage: $0 [--build-dir DIR] [--seconds N | --total-seconds N] [--jobs J] [--only NAME]" >&2
       exit 2 ;;
  esac
done

cxx=${CXX_FUZZ:-}
if [ -z "$cxx" ]; then
  for c in clang++ clang++-14 clang++-15 clang++-16; do
    if command -v "$c" >/dev/null 2>&1; then cxx=$(command -v "$c"); break; fi
  done
fi
# 77 (a failure for fuzz_smoke, not a skip) when there is no clang++ with libFuzzer.
[ -n "$cxx" ] || { echo "run.sh: clang++ not found (install clang and libclang-rt-dev, or set CXX_FUZZ)" >&2; exit 77; }
mkdir -p "$build_dir"
probe="$build_dir/libfuzzer-probe"
if [ ! -x "$probe" ]; then
  printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }\n' |
    "$cxx" -x c++ -fsanitize=fuzzer - -o "$probe" 2>/dev/null ||
    { echo "run.sh: $cxx cannot link libFuzzer (install libclang-rt-dev)" >&2; exit 77; }
fi

generator=""
command -v ninja >/dev/null 2>&1 && generator="-G Ninja"
start=$(date +%s)
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  # shellcheck disable=SC2086
  cmake -S "$here" -B "$build_dir" $generator -DCMAKE_CXX_COMPILER="$cxx" \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$build_dir.configure.log" 2>&1 ||
    { cat "$build_dir.configure.log" >&2; exit 1; }
fi
target_arg=""
[ -z "$only" ] || target_arg="--target $only"
# shellcheck disable=SC2086
cmake --build "$build_dir" -j "$jobs" $target_arg >"$build_dir.build.log" 2>&1 ||
  { tail -50 "$build_dir.build.log" >&2; exit 1; }
echo "fuzz build: $(( $(date +%s) - start )) s ($build_dir)"

list="$build_dir/fuzzers.list"
if [ -n "$only" ]; then
  grep "/$only " "$build_dir/fuzzers.list" >"$build_dir/fuzzers.only.list" ||
    { echo "run.sh: no fuzz target named $only" >&2; exit 2; }
  list="$build_dir/fuzzers.only.list"
fi
count=$(grep -c . "$list" || true)
[ "$count" -gt 0 ] || { echo "run.sh: no fuzz targets in $list" >&2; exit 1; }
if [ -n "$total" ]; then
  seconds=$(( total / count ))
  [ "$seconds" -ge 1 ] || seconds=1
fi

status=0
while read -r exe dict seeds; do
  name=$(basename "$exe")
  corpus="$build_dir/corpus/$name"
  artifacts="$build_dir/artifacts/$name/"
  mkdir -p "$corpus" "$artifacts"
  dict_arg=""
  [ "$dict" = "-" ] || dict_arg="-dict=$dict"
  log="$build_dir/$name.log"
  # The first corpus dir collects new inputs; the seed dirs are only read.
  # shellcheck disable=SC2086
  if "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$artifacts" $dict_arg \
        "$corpus" $seeds >"$log" 2>&1; then
    result=ok
  else
    result=FAILED
    status=1
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
  echo "$name: $result, ${execs:-?} execs in ${seconds} s (${rate:-?}/s), ${cov:-cov: ?}," \
       "corpus $(ls "$corpus" | wc -l) files"
  if [ "$result" != ok ]; then
    grep -E 'ERROR|SUMMARY|round trip|oracle failed|Test unit written' "$log" | head -20 >&2 || true
    ls "$artifacts" >&2
  fi
done <"$list"
exit $status
