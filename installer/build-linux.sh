#!/usr/bin/env bash
# Builds the Linux app image and .deb of 决算公开助手 from a built checkout (mvn -DskipTests package):
#   installer/build-linux.sh            -> target/installer/juesuan/ (app image) and target/installer/juesuan_<v>_amd64.deb
#   installer/build-linux.sh --image    -> the app image only
# Needs JDK 25 (JAVA_HOME), and for the .deb fakeroot and dpkg-deb; the training run of the start-up cache opens the
# window, so it uses $DISPLAY, else xvfb-run, else trains on the headless render only.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
image_only=false
[ "${1:-}" = "--image" ] && image_only=true

JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
jpackage="$JAVA_HOME/bin/jpackage"
if [ ! -x "$jpackage" ] || ! grep -qE '^JAVA_VERSION="25' "$JAVA_HOME/release"; then
    echo "build-linux: needs JDK 25 in JAVA_HOME (has jpackage)" >&2
    exit 1
fi
jar="target/juesuan.jar"
if [ ! -f "$jar" ]; then
    echo "build-linux: build first: mvn -DskipTests package" >&2
    exit 1
fi
# jpackage wants a plain version (1.2.3): the project's version without -SNAPSHOT
version="$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *\([0-9.]*\).*/\1/p' | tr -d '\r')"

out="target/installer"
work="$out/work"
rm -rf "$out"
mkdir -p "$work/input" "$work/javafx"
# the app's jars go on the class path; JavaFX (the platform's jars) is linked into the runtime as modules
cp "$jar" installer/common/splash*.png "$work/input/"
for f in target/lib/*.jar; do
    case "$(basename "$f")" in
        javafx-*-linux.jar) cp "$f" "$work/javafx/" ;;
        javafx-*) ;;
        *) cp "$f" "$work/input/" ;;
    esac
done

echo "build-linux: app image $version"
"$JAVA_HOME/bin/jpackage" @installer/common/image.args --type app-image --dest "$out" --app-version "$version" \
    --vendor "决算公开助手" --description "决算公开助手：部门决算公开表、情况说明与公开文档" \
    --input "$work/input" --module-path "$work/javafx" --icon installer/common/juesuan.png 2>&1 | grep -v 'No JDK Modules found' || true
image="$out/juesuan"
[ -x "$image/bin/juesuan" ] || { echo "build-linux: jpackage made no app image" >&2; exit 1; }

# JavaFX's native libraries beside the runtime's own, where JavaFX looks first: nothing is unpacked into the user's
# home at start
for f in "$work"/javafx/*.jar; do
    unzip -q -o -j "$f" '*.so' -d "$image/lib/runtime/lib/" 2>/dev/null || true
done

# The JDK's virtual machine library comes with its symbol table (5 MB): not needed to run
if command -v strip >/dev/null 2>&1; then
    strip --strip-unneeded "$image/lib/runtime/lib/server/libjvm.so"
fi

# The start command: a shell script in place of jpackage's native launcher, which on Linux asks rpm and dpkg which
# package it belongs to on every start (dpkg -S: half a second). Same runtime, class path and options (from the
# launcher's configuration); the start-up cache is used when the image has one.
cfg="$image/lib/app/juesuan.cfg"
classpath="$(sed -n 's|^app.classpath=\$APPDIR/|$app/|p' "$cfg" | paste -sd: -)"
options="$(sed -n 's|^java-options=||p' "$cfg" | sed 's|\$APPDIR|$app|g; s|.*|"&"|' | paste -sd' ' -)"
cat > "$image/bin/juesuan" <<LAUNCHER
#!/bin/sh
# 决算公开助手 — starts the window, or a command of the command line (juesuan --help).
# Written by installer/build-linux.sh. JUESUAN_JAVA_OPTIONS adds options for the Java runtime (diagnostics).
root="\$(dirname "\$(dirname "\$(readlink -f "\$0")")")"
app="\$root/lib/app"
java="\$root/lib/runtime/bin/java"
# shellcheck disable=SC2086
if [ -f "\$app/juesuan.aot" ]; then
    exec "\$java" $options "-XX:AOTCache=\$app/juesuan.aot" -Xlog:aot=off -Xlog:cds=off \${JUESUAN_JAVA_OPTIONS:-} \\
        -cp "$classpath" juesuan.app.Main "\$@"
fi
# shellcheck disable=SC2086
exec "\$java" $options \${JUESUAN_JAVA_OPTIONS:-} -cp "$classpath" juesuan.app.Main "\$@"
LAUNCHER
chmod 755 "$image/bin/juesuan"

installer/train-cache.sh "$image"

du -sh "$image" | sed 's/^/build-linux: installed size /'
if $image_only; then
    exit 0
fi
echo "build-linux: .deb"
"$JAVA_HOME/bin/jpackage" --type deb --dest "$out" --app-image "$image" --name juesuan --app-version "$version" \
    --vendor "决算公开助手" --description "决算公开助手：部门决算公开表、情况说明与公开文档" \
    --icon installer/common/juesuan.png --file-associations installer/common/jsgk.properties \
    --linux-package-name juesuan --linux-app-category office --linux-menu-group "Office;Finance;" --linux-shortcut \
    --resource-dir installer/linux/resources \
    --linux-package-deps "$(paste -sd, installer/linux/deb-depends.txt)" \
    2>&1 | grep -v 'No JDK Modules found' || true
ls -la "$out"/*.deb
