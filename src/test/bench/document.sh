#!/usr/bin/env bash
# Rerunnable benchmark of the printed document (results go to docs/PERFORMANCE.md):
#   warm fill+export in one JVM, the whole `./juesuan render` process cold (with class-data sharing), the PDF's
#   size, and LibreOffice converting the same document's DOCX to PDF as the reference a user would otherwise use.
# Needs: a built checkout (mvn -DskipTests package test-compile), hyperfine, libreoffice-writer-nogui.
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
work="$(mktemp -d)"
db="$work/bench"

echo "== warm (one JVM, after warm-up)"
"$JAVA" -cp "target/classes:target/test-classes:target/lib/*" juesuan.tools.Benchmark

echo "== cold process: ./juesuan render (the first run trains the AOT cache)"
./juesuan render --unit 105 --year 2023 --format pdf --out "$work/demo.pdf" --db "$db" >/dev/null
hyperfine --warmup 1 --runs 5 "./juesuan render --unit 105 --year 2023 --format pdf --out $work/demo.pdf --db $db"
echo "PDF size: $(stat -c %s "$work/demo.pdf") bytes, $(pdfinfo "$work/demo.pdf" | awk '/^Pages/ {print $2}') pages"

echo "== reference: LibreOffice converts the same document's DOCX to PDF"
./juesuan render --unit 105 --year 2023 --format docx --out "$work/demo.docx" --db "$db" >/dev/null
hyperfine --warmup 1 --runs 3 "soffice --headless --convert-to pdf --outdir $work/lo $work/demo.docx"
rm -rf "$work"
