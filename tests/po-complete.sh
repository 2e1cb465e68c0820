#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every user-visible string is translated in nb and nn (STYLE: "translated completely"):
#  - both catalogues compile with --check and have no untranslated or fuzzy messages;
#  - every msgid that xgettext finds in the C sources, .ui files and the desktop file listed
#    in po/POTFILES.in is in both catalogues (so a new string cannot slip through untranslated).
# usage: po-complete.sh SOURCE-ROOT
set -u
src=$1
po=$src/po
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
status=0

grep -v '^#' "$po/POTFILES.in" | grep -v '^$' > "$tmp/all"
grep -E '\.(c|h)$' "$tmp/all" > "$tmp/c" || true
grep -E '\.ui$' "$tmp/all" > "$tmp/ui" || true
grep -E '\.desktop\.in$' "$tmp/all" > "$tmp/desktop" || true
for f in $(cat "$tmp/all"); do
  [ -f "$src/$f" ] || { echo "POTFILES.in lists $f, which does not exist"; status=1; }
done
# Sources with translatable strings that POTFILES.in forgot.
for f in $(cd "$src" && grep -rlE '\b(N?_|N?C_|n?gettext|g_dngettext|g_dpgettext2)\s*\(|translatable="yes"' src ui data 2>/dev/null | sort); do
  grep -qxF "$f" "$tmp/all" || { echo "$f has translatable strings but is not in po/POTFILES.in"; status=1; }
done

cd "$src" || exit 1
xgettext -o "$tmp/c.pot" --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 --keyword=ngettext:1,2 \
  --files-from="$tmp/c" 2>/dev/null || true
[ -s "$tmp/ui" ] && xgettext -o "$tmp/ui.pot" -L Glade --from-code=UTF-8 --files-from="$tmp/ui"
[ -s "$tmp/desktop" ] && xgettext -o "$tmp/desktop.pot" -L Desktop --from-code=UTF-8 --files-from="$tmp/desktop"
msgcat -o "$tmp/all.pot" "$tmp"/*.pot 2>/dev/null

for lang in nb nn; do
  stats=$(msgfmt --check --statistics -o /dev/null "$po/$lang.po" 2>&1) || { echo "$lang: $stats"; status=1; continue; }
  case "$stats" in
    *untranslated*|*fuzzy*) echo "$lang.po is incomplete: $stats"; status=1 ;;
    *) echo "$lang.po: $stats" ;;
  esac
  if [ -s "$tmp/all.pot" ]; then
    msgcmp "$po/$lang.po" "$tmp/all.pot" 2>"$tmp/cmp" || { echo "$lang.po lacks strings:"; head -20 "$tmp/cmp"; status=1; }
  fi
done
exit $status
