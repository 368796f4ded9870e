#!/usr/bin/env bash
# Smoke test of the installed program (after `apt-get install ./target/installer/juesuan_<v>_amd64.deb`):
#   installer/smoke-test.sh [--remove] [PROGRAM]        (default /opt/juesuan/bin/juesuan)
# 1. the start-up cache is usable where the program is installed;
# 2. headless: the demo unit rendered to PDF in a fresh per-user data folder, nothing written into the install folder;
# 3. the window under Xvfb: the main window with the demo unit appears, a second start hands a handover package over
#    and ends, and the running window opens the package's load dialog;
# 4. with --remove (as root, for CI): `apt-get remove juesuan` takes the program away and leaves the user's data.
# Screenshots go to target/smoke/. Needs Xvfb, xdotool, ImageMagick's import and poppler-utils.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
remove=false
if [ "${1:-}" = "--remove" ]; then
    remove=true
    shift
fi
prog="${1:-/opt/juesuan/bin/juesuan}"
install_dir="$(dirname "$(dirname "$(readlink -f "$prog")")")"
shots="$root/target/smoke"
mkdir -p "$shots"
tmp="$(mktemp -d)"
xvfb=""
app=""
cleanup() {
    [ -n "$app" ] && kill "$app" 2>/dev/null
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }
# a user of our own: the per-user folders live in the temporary folder
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share"
mkdir -p "$HOME"
touch "$tmp/marker"

echo "smoke-test: $prog"
JUESUAN_JAVA_OPTIONS="-XX:AOTMode=on" "$prog" --version >"$tmp/version.txt" 2>&1 \
    || { cat "$tmp/version.txt" >&2; fail "the start-up cache cannot be used in $install_dir"; }
echo "smoke-test: 1. start-up cache used: $(cat "$tmp/version.txt")"

"$prog" render --unit 105 --year 2023 --format pdf --out "$tmp/demo.pdf" >/dev/null
pages="$(pdfinfo "$tmp/demo.pdf" | awk '/^Pages:/ {print $2}')"
[ "$pages" -ge 20 ] || fail "the demo PDF has $pages pages"
pdftotext "$tmp/demo.pdf" "$tmp/demo.txt"
grep -q '重庆市江津区政务服务管理办公室' "$tmp/demo.txt" || fail "the demo PDF lacks the unit's name"
[ -f "$XDG_DATA_HOME/juesuan/juesuan.mv.db" ] || fail "no database in the per-user folder $XDG_DATA_HOME/juesuan"
written="$(find "$install_dir" -newer "$tmp/marker" | head -5)"
[ -z "$written" ] || fail "the program wrote into its install folder: $written"
echo "smoke-test: 2. headless render: $pages pages, database in $XDG_DATA_HOME/juesuan, install folder untouched"
mkdir -p "$tmp/stick"
"$prog" export --unit 105 --year 2023 --to "$tmp/stick" >/dev/null 2>&1
package="$(ls "$tmp"/stick/*.jsgk)"

Xvfb :96 -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=:96
sleep 1
JUESUAN_STARTUP_TRACE="$tmp/trace" "$prog" >"$tmp/app.log" 2>&1 &
app=$!
for _ in $(seq 600); do
    grep -q '^ready ' "$tmp/trace" 2>/dev/null && break
    kill -0 "$app" 2>/dev/null || { cat "$tmp/app.log" >&2; fail "the window did not come up"; }
    sleep 0.1
done
grep -q '^ready ' "$tmp/trace" || fail "the main window was not ready within a minute"
xdotool search --name '重庆市江津区政务服务管理办公室' >/dev/null || fail "no window titled with the demo unit"
sleep 1
import -window root "$shots/main-window.png"
echo "smoke-test: 3. main window with the demo unit ($shots/main-window.png)"

"$prog" "$package" >"$tmp/second.log" 2>&1 &
second=$!
for _ in $(seq 150); do kill -0 "$second" 2>/dev/null || break; sleep 0.1; done
kill -0 "$second" 2>/dev/null && fail "the second start did not end"
wait "$second" || { cat "$tmp/second.log" >&2; fail "the second start failed"; }
for _ in $(seq 150); do xdotool search --name '装入交接包' >/dev/null 2>&1 && break; sleep 0.1; done
xdotool search --name '装入交接包' >/dev/null || fail "the running window did not open the handed-over package"
[ "$(pgrep -c -f 'juesuan.app.Main')" -eq 1 ] || fail "more than one program is running"
import -window root "$shots/handed-over.png"
echo "smoke-test: 3. a second start handed the package over; the running window shows its load ($shots/handed-over.png)"
if $remove; then
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    app=""
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq juesuan >/dev/null
    [ ! -e "$install_dir/bin/juesuan" ] || fail "apt-get remove left the program in $install_dir"
    [ -f "$XDG_DATA_HOME/juesuan/juesuan.mv.db" ] || fail "removing the program removed the user's data"
    echo "smoke-test: 4. removed: the program is gone, the data in $XDG_DATA_HOME/juesuan is kept"
fi
echo "smoke-test: passed"
