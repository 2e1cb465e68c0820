#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# SIGKILL at every write, sync, rename and unlink (RELIABILITY.md §6.1, guarantees G1–G3):
#  - an edit (one action) killed anywhere leaves the file intact, in the state before or after;
#  - a publish killed anywhere leaves the target old or new, never torn, with no -journal or
#    -wal beside it; at most our temporary file remains, and the next open removes it;
#  - the publish syncs the temporary file before the rename and the folder after it.
#
# usage: kill-sweep.sh SIRKEL-DRIVE SIRKEL-CLI
set -u
drive=$(readlink -f "$1") cli=$(readlink -f "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
export XDG_DATA_HOME=$tmp/xdg
fail() { echo "FAIL: $*"; exit 1; }

"$cli" new golden.sirkel --kommune 0301 --period 2024-2027 --name "Kill sweep" >/dev/null ||
  fail "could not create the golden file"
before=$("$drive" digest golden.sirkel) || fail "golden digest"
cp golden.sirkel edited.sirkel
"$drive" edit edited.sirkel || fail "edit"
after=$("$drive" digest edited.sirkel) || fail "edited digest"
[ "$before" != "$after" ] || fail "the edit changed nothing"

points=0
count_calls() {  # count_calls CALL COMMAND...
  local call=$1; shift
  strace -f -qq -o calls.log -e trace="$call" "$@" >/dev/null 2>&1
  grep -c "$call(" calls.log
}

killed() {  # killed CALL N COMMAND...: run COMMAND, SIGKILLed at the N-th CALL
  local call=$1 n=$2; shift 2
  # The inner shell, not this one, reports the killed job; its report goes nowhere.
  sh -c '"$@" >/dev/null 2>&1; exit 0' _ strace -f -qq -o /dev/null -e trace="$call" \
    -e inject="$call":signal=SIGKILL:when="$n" "$@" 2>/dev/null
}

# An edit, killed at each call.
for call in pwrite64 fdatasync fsync unlink; do
  cp golden.sirkel w.sirkel
  total=$(count_calls "$call" "$drive" edit w.sirkel)
  for n in $(seq 1 "$total"); do
    cp golden.sirkel w.sirkel; rm -f w.sirkel-journal
    killed "$call" "$n" "$drive" edit w.sirkel
    # The next writable open rolls a hot journal back, as the app's own open does.
    now=$("$drive" digest w.sirkel 2>&1) || fail "edit killed at $call #$n: file refused: $now"
    [ "$now" = "$before" ] || [ "$now" = "$after" ] || fail "edit killed at $call #$n: torn state"
    points=$((points + 1))
  done
done
edit_points=$points

# A publish of the edited working copy over the golden target, killed at each call.
for call in pwrite64 write fdatasync fsync rename unlink; do
  cp golden.sirkel target.sirkel; cp edited.sirkel work.sirkel
  total=$(count_calls "$call" "$drive" publish work.sirkel target.sirkel)
  for n in $(seq 1 "$total"); do
    rm -f target.sirkel-journal .target.sirkel.saving-*
    cp golden.sirkel target.sirkel; cp edited.sirkel work.sirkel; rm -f work.sirkel-journal
    killed "$call" "$n" "$drive" publish work.sirkel target.sirkel
    for side in target.sirkel-journal target.sirkel-wal target.sirkel-shm; do
      [ ! -e "$side" ] || fail "publish killed at $call #$n left $side"
    done
    now=$("$drive" digest target.sirkel 2>&1) || fail "publish killed at $call #$n: target refused: $now"
    [ "$now" = "$before" ] || [ "$now" = "$after" ] || fail "publish killed at $call #$n: torn target"
    "$drive" clean target.sirkel
    ! ls .target.sirkel.saving-* >/dev/null 2>&1 || fail "leftover temp file not cleaned ($call #$n)"
    points=$((points + 1))
  done
done

# Ordering: fsync (temp) before rename (temp → target), then fsync of the folder.
cp golden.sirkel target.sirkel; cp edited.sirkel work.sirkel
strace -f -qq -y -o order.log -e trace=fsync,fdatasync,rename "$drive" publish work.sirkel target.sirkel ||
  fail "publish for the ordering check"
awk -v dir="$tmp" '
  /rename\(/ { renamed = NR; if (!temp_synced) bad = "rename before fsync of the temp file" }
  /fsync\(/ && /saving-/ && !renamed { temp_synced = 1 }
  /fsync\(/ && renamed && index($0, "<" dir ">") { dir_synced = 1 }
  END { if (!renamed) bad = "no rename"; else if (!dir_synced && !bad) bad = "no fsync of the folder after rename";
        if (bad) { print bad; exit 1 } }' order.log || fail "ordering: $(cat order.log)"

echo "kill sweep: $edit_points edit points and $((points - edit_points)) publish points, all old-or-new; fsync order ok"
