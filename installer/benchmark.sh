#!/usr/bin/env bash
# Start-up, memory and size of the installed program (results in docs/PERFORMANCE.md), rerunnable:
#   installer/benchmark.sh [PROGRAM] [RUNS]
# PROGRAM: the installed launcher (default /opt/juesuan/bin/juesuan, else the app image target/installer/juesuan);
# RUNS: measured starts per case (default 7; one more first start is made and not counted).
# Each start runs with JUESUAN_STARTUP_TRACE (app/StartupTrace): the first frame and the main window ready (the last
# report on screen, answering) in milliseconds from the moment this script started the program (the app notes its
# first frame when main() finds the launcher's splash up: an upper bound, since the launcher shows it before Java
# starts; separate starts watch the X server for the splash window itself, with xwininfo); the resident memory (VmRSS) is read 2 s after
# the document code has warmed up. Cases: the demo unit; a report of 600 table rows and 200 绩效 projects made by
# juesuan.tools.LargeReport (needs `mvn -DskipTests test-compile` for the generator) and loaded with the program's
# own `import`. Needs a display ($DISPLAY, else Xvfb is started on :95).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prog="${1:-}"
runs="${2:-7}"
if [ -z "$prog" ]; then
    if [ -x /opt/juesuan/bin/juesuan ]; then prog=/opt/juesuan/bin/juesuan; else prog="$root/target/installer/juesuan/bin/juesuan"; fi
fi
[ -x "$prog" ] || { echo "benchmark: no program at $prog (build with installer/build-linux.sh)" >&2; exit 1; }
install_dir="$(dirname "$(dirname "$(readlink -f "$prog")")")"
work="$(mktemp -d)"
xvfb=""
cleanup() { [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
    Xvfb :95 -screen 0 1366x768x24 >/dev/null 2>&1 &
    xvfb=$!
    export DISPLAY=:95
    sleep 1
fi

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) {print "-"} else if (NR%2) {print a[(NR+1)/2]} else {print int((a[NR/2]+a[NR/2+1])/2)}}'; }
max() { sort -n | tail -1; }

# one start: prints "frame ready rss_mb"
start_once() {
    local db="$1" trace="$work/trace"
    rm -f "$trace"
    local t0
    t0="$(date +%s%3N)"
    JUESUAN_STARTUP_TRACE="$trace" "$prog" --db "$db" >"$work/app.log" 2>&1 &
    local pid=$! waited=0
    until grep -q '^warm ' "$trace" 2>/dev/null && grep -q '^ready ' "$trace"; do
        sleep 0.1
        waited=$((waited + 1))
        if [ "$waited" -gt 900 ] || ! kill -0 "$pid" 2>/dev/null; then
            echo "benchmark: the program did not come up; its output:" >&2
            cat "$work/app.log" >&2
            kill "$pid" 2>/dev/null || true
            return 1
        fi
    done
    sleep 2
    local rss
    rss="$(awk '/^VmRSS:/ {print int($2/1024)}' "/proc/$pid/status")"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo "$(awk -v t0="$t0" '$1=="frame" {print $2 - t0}' "$trace") $(awk -v t0="$t0" '$1=="ready" {print $2 - t0}' "$trace") $rss"
}

# one start watched until the launcher's splash window is mapped: prints the milliseconds
splash_once() {
    local db="$1" size="$2" t0 t1
    t0="$(date +%s%3N)"
    "$prog" --db "$db" >/dev/null 2>&1 &
    local pid=$! tries=0
    until xwininfo -root -tree 2>/dev/null | grep -q " ${size}+"; do
        sleep 0.01
        tries=$((tries + 1))
        [ "$tries" -lt 1000 ] || { kill "$pid"; echo "benchmark: no splash window of $size" >&2; return 1; }
    done
    t1="$(date +%s%3N)"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo $((t1 - t0))
}

measure() {
    local name="$1" db="$2" results="$work/results-$1"
    : >"$results"
    start_once "$db" >/dev/null # the first start of a database (and of the disk cache) is not counted
    for _ in $(seq "$runs"); do start_once "$db" >>"$results"; done
    printf '| %s | %s | %s (max %s) | %s (max %s) | %s (max %s) |\n' "$name" "$runs" \
        "$(cut -d' ' -f1 "$results" | median)" "$(cut -d' ' -f1 "$results" | max)" \
        "$(cut -d' ' -f2 "$results" | median)" "$(cut -d' ' -f2 "$results" | max)" \
        "$(cut -d' ' -f3 "$results" | median)" "$(cut -d' ' -f3 "$results" | max)" >>"$work/table"
}

echo "benchmark: $prog ($(nproc) cores), $runs starts per case" >&2
: >"$work/table"
measure "demo unit" "$work/demo/juesuan"

large="$work/large.json"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
if [ -d "$root/target/test-classes/juesuan/tools" ]; then
    "$java" -cp "$root/target/classes:$root/target/test-classes:$root/target/lib/*" juesuan.tools.LargeReport "$large" >&2
    "$prog" import "$large" --db "$work/large/juesuan" >/dev/null
    printf 'juesuan=900/2023\n' >"$work/large/juesuan-last-report.properties"
    measure "600 table rows, 200 projects" "$work/large/juesuan"
else
    echo "benchmark: no test classes: the large report is skipped (mvn -DskipTests test-compile)" >&2
fi

splash_png="$install_dir/lib/app/splash.png"
if command -v xwininfo >/dev/null 2>&1 && [ -f "$splash_png" ]; then
    size="$(file "$splash_png" | sed -n 's/.*PNG image data, \([0-9]*\) x \([0-9]*\).*/\1x\2/p')"
    : >"$work/splash"
    splash_once "$work/demo/juesuan" "$size" >/dev/null
    for _ in $(seq "$runs"); do splash_once "$work/demo/juesuan" "$size" >>"$work/splash"; done
    echo "splash window on screen (xwininfo, $runs starts): median $(median <"$work/splash") ms, max $(max <"$work/splash") ms"
fi
echo
echo "| case | starts | first frame noted by the app, ms (median) | main window ready, ms | resident memory, MB |"
echo "|---|---|---|---|---|"
cat "$work/table"
echo
echo "installed size: $(du -sm "$install_dir" | cut -f1) MB ($install_dir), start-up cache $(du -sm "$install_dir/lib/app/juesuan.aot" 2>/dev/null | cut -f1) MB"
for f in "$root"/target/installer/*.deb "$root"/target/installer/*.msi; do
    [ -f "$f" ] && echo "installer file: $(basename "$f") $(du -m "$f" | cut -f1) MB"
done
exit 0
