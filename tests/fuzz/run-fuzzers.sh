#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs every libFuzzer target for a fixed time (RELIABILITY.md §7 and §9: 60 s each in CI).
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]     (default 60 s; all targets)
#
# Configures and builds a separate clang build (ASan + UBSan, core instrumented with
# -fsanitize=fuzzer-no-link, harnesses linked with -fsanitize=fuzzer), then runs each target as
#   fuzz-T -max_total_time=SECONDS -max_len=65536 -timeout=10 -rss_limit_mb=2048
#          -print_final_stats=1 -dict=… SCRATCH tests/fuzz/corpus/T tests/fuzz/regress/T
# New inputs land in SCRATCH (BUILD/fuzz-scratch/T, kept between runs, never committed). A
# crash, leak, timeout or out-of-memory input is copied to tests/fuzz/regress/T/ for the
# developer to commit: it then runs as a regression in the normal suite ('fuzz-replay').
#
# Prints one line per target (execs, exec/s, coverage, corpus size) and writes the same
# verdicts, one "PASS name …" or "FAIL name …" line each, to the results file that
# ./sirkel-dev test counts. Exits 1 if any target found something or did not run.
#
# Environment:
#   SIRKEL_FUZZ_BUILD    the clang build folder (default: build/fuzz, inside the ignored build/)
#   SIRKEL_FUZZ_JOBS     targets run at the same time (default: the number of CPUs)
#   SIRKEL_FUZZ_RESULTS  the results file (default: BUILD/fuzz-results.txt)
#   SIRKEL_FUZZ_KEEP_GOING=1  go on after a finding (libFuzzer -fork=1 -ignore_crashes=1 …), to
#                        collect every distinct finding in one run; the verdict is the same
set -euo pipefail

top=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
fuzz_src=$top/tests/fuzz
all_targets=(fhi-csv ssb-csv udir long-csv jsonstat px detect store numbers catalog)
format_dicts=(fhi-csv ssb-csv udir long-csv jsonstat px)

seconds=${1:-60}
[ $# -gt 0 ] && shift
if ! [[ $seconds =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
  sed -n '4,6s/^# \{0,1\}//p' "$0" >&2
  exit 2
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
  [[ " ${all_targets[*]} " == *" $t "* ]] || { echo "run-fuzzers: unknown target '$t' (${all_targets[*]})" >&2; exit 2; }
done

build=${SIRKEL_FUZZ_BUILD:-$top/build/fuzz}
jobs=${SIRKEL_FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}
results=${SIRKEL_FUZZ_RESULTS:-$build/fuzz-results.txt}
mkdir -p "$build" "$(dirname "$results")"
: > "$results"

fail_all() {  # every requested target fails with one reason (it never ran)
  for t in "${targets[@]}"; do
    echo "FAIL fuzz-$t $1" >> "$results"
    printf 'fuzz-%-9s FAIL  %s\n' "$t" "$1"
  done
  exit 1
}

# --- the clang build -------------------------------------------------------------------------
if [ ! -f "$build/build.ninja" ]; then
  echo "run-fuzzers: configuring $build (clang, ASan + UBSan, libFuzzer)"
  CC=clang meson setup "$build" "$top" --buildtype=debugoptimized \
    -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args='-fsanitize=fuzzer-no-link -fno-sanitize-recover=all -fno-omit-frame-pointer' \
    > "$build/setup.log" 2>&1 || { cat "$build/setup.log" >&2; fail_all "(meson setup failed: $build/setup.log)"; }
fi
ninja_targets=()
for t in "${targets[@]}"; do ninja_targets+=("tests/fuzz/fuzz-$t"); done
echo "run-fuzzers: building ${#targets[@]} fuzz targets in $build"
ninja -C "$build" "${ninja_targets[@]}" > "$build/fuzz-build.log" 2>&1 ||
  { tail -n 40 "$build/fuzz-build.log" >&2; fail_all "(build failed: $build/fuzz-build.log)"; }

# Detection (and 'store', which detects too) sees every format: its dictionary is all of theirs.
detect_dict=$build/fuzz-detect.dict
for d in "${format_dicts[@]}"; do cat "$fuzz_src/$d.dict"; done > "$detect_dict"

# --- one fuzzer ------------------------------------------------------------------------------
run_one() {
  local t=$1 exe=$build/tests/fuzz/fuzz-$1 scratch=$build/fuzz-scratch/$1
  local artifacts=$build/fuzz-artifacts/$1/ log=$build/fuzz-logs/$1.log dict=$fuzz_src/$1.dict
  local tmp=${TMPDIR:-/tmp}
  if [ "$t" = detect ] || [ "$t" = store ]; then
    dict=$detect_dict
  fi
  # 'store' writes a project file per input: on tmpfs its fsyncs cost nothing.
  if [ "$t" = store ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
    tmp=/dev/shm
  fi
  mkdir -p "$scratch" "$artifacts" "$(dirname "$log")" "$fuzz_src/regress/$t"
  rm -f "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* "$artifacts"/oom-* \
        "$artifacts"/slow-unit-*
  local status=0 more=()
  if [ "${SIRKEL_FUZZ_KEEP_GOING:-0}" = 1 ]; then
    more=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  fi
  # The outer timeout only guards against a fuzzer that never stops; libFuzzer stops itself.
  TMPDIR=$tmp \
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0} \
  UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1} \
  timeout -k 10 $((seconds + 300)) "$exe" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -dict="$dict" -artifact_prefix="$artifacts" "${more[@]}" \
    "$scratch" "$fuzz_src/corpus/$t" "$fuzz_src/regress/$t" > "$log" 2>&1 || status=$?
  echo "$status" > "$log.status"
}

# --- run them, a few at a time ----------------------------------------------------------------
echo "run-fuzzers: ${#targets[@]} targets × ${seconds} s, $jobs at a time; logs in $build/fuzz-logs/"
running=0
for t in "${targets[@]}"; do
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
  run_one "$t" &
  running=$((running + 1))
done
wait || true

# --- verdicts --------------------------------------------------------------------------------
failed=0
for t in "${targets[@]}"; do
  log=$build/fuzz-logs/$t.log
  status=$(cat "$log.status" 2>/dev/null || echo "?")
  stat_of() { sed -n "s/^stat::$1: *//p" "$log" | tail -n 1; }
  execs=$(stat_of number_of_executed_units); rate=$(stat_of average_exec_per_sec)
  new=$(stat_of new_units_added); rss=$(stat_of peak_rss_mb); slowest=$(stat_of slowest_unit_time_sec)
  last=$(grep -E '^#[0-9]+[[:space:]]+(INITED|NEW|REDUCE|pulse|DONE)' "$log" | tail -n 1 || true)
  if [ -z "$execs" ]; then  # fork mode prints "#N: cov: … corp: … exec/s: …" lines instead
    last=$(grep -E '^#[0-9]+: cov: ' "$log" | tail -n 1 || true)
    execs=$(sed -n 's/^#\([0-9]*\):.*/\1/p' <<< "$last")
    rate=$(sed -n 's/.* exec\/s:\{0,1\} \([0-9]*\).*/\1/p' <<< "$last")
  fi
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<< "$last"); ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<< "$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\(\/[0-9A-Za-z]*\)\{0,1\}\).*/\1/p' <<< "$last")
  summary="${execs:-?} execs, ${rate:-?} exec/s, cov: ${cov:-?} ft: ${ft:-?}, corpus: ${corp:-?}"
  [ -z "$new" ] || summary+=" (+$new new)"
  [ -z "$rss" ] || summary+=", peak RSS $rss MB"
  [ -z "$slowest" ] || summary+=", slowest input ${slowest} s"

  findings=()
  for f in "$build/fuzz-artifacts/$t"/{crash,leak,timeout,oom}-*; do
    [ -e "$f" ] || continue
    # A committed regression that fails again is named as it is, not copied a second time.
    known=
    for r in "$fuzz_src/regress/$t"/*; do
      if [ -f "$r" ] && cmp -s "$f" "$r"; then known=$r; break; fi
    done
    if [ -z "$known" ]; then
      cp "$f" "$fuzz_src/regress/$t/"
      known=$fuzz_src/regress/$t/$(basename "$f")
    fi
    findings+=("tests/fuzz/regress/$t/$(basename "$known")")
  done
  if [ "$status" = 0 ] && [ -n "$execs" ] && [ ${#findings[@]} -eq 0 ]; then
    echo "PASS fuzz-$t $summary" >> "$results"
    printf 'fuzz-%-9s PASS  %s\n' "$t" "$summary"
  else
    failed=1
    what=$(grep -m 1 -E 'contract violated|runtime error:|ERROR: AddressSanitizer|ERROR: LeakSanitizer|CRITICAL|ERROR \*\*' "$log" ||
           grep -m 1 -E '^==[0-9]+== ?ERROR|^SUMMARY: ' "$log" || true)
    reason="exit $status; ${what:-see log}; ${findings[*]:-no input saved}; log $log"
    echo "FAIL fuzz-$t $reason" >> "$results"
    printf 'fuzz-%-9s FAIL  %s\n' "$t" "$reason"
    printf '                 %s\n' "$summary"
  fi
done
if [ "$failed" != 0 ]; then
  echo "run-fuzzers: findings above; inputs copied to tests/fuzz/regress/<target>/ (commit them with the fix)"
fi
exit "$failed"
