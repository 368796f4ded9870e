#!/usr/bin/env bash
# Trains the start-up cache (JDK 25's ahead-of-time cache) of a Linux app image, inside the image: the installed
# program then only reads it and never writes next to itself.
#   installer/train-cache.sh target/installer/juesuan
# The training run opens the window on a throw-away database with the demo unit and closes as soon as the main
# window is ready (JUESUAN_TRAINING=1, see app/StartupTrace). Without a display ($DISPLAY unset and no xvfb-run) it
# trains on the headless render alone.
set -euo pipefail
image="$1"
aot="$image/lib/app/juesuan.aot"
rm -f "$aot"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export JUESUAN_JAVA_OPTIONS="-XX:AOTCacheOutput=$aot"
run_window() {
    JUESUAN_TRAINING=1 timeout 300 "$@" "$image/bin/juesuan" --db "$tmp/training" > "$tmp/training.log" 2>&1
}
if [ -n "${DISPLAY:-}" ]; then
    echo "train-cache: training with the window on $DISPLAY"
    run_window
elif command -v xvfb-run >/dev/null 2>&1; then
    echo "train-cache: training with the window under xvfb-run"
    run_window xvfb-run -a -s "-screen 0 1366x768x24"
else
    echo "train-cache: no display: training on the headless render only"
    timeout 300 "$image/bin/juesuan" render --db "$tmp/training" --unit 105 --year 2023 --format pdf \
        --out "$tmp/training.pdf" > "$tmp/training.log" 2>&1
fi
if [ ! -s "$aot" ]; then
    echo "train-cache: the training run made no cache; its output:" >&2
    cat "$tmp/training.log" >&2
    exit 1
fi
echo "train-cache: $(du -h "$aot" | cut -f1) cache in $aot"
