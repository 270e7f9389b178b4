#!/usr/bin/env bash
# Renders the Word exports of docs/examples/*.json to PNG pages under docs/images/export/, to look at them
# as a reader will. Needs LibreOffice and poppler: apt-get install -y libreoffice-writer fonts-noto-cjk poppler-utils
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/images/export
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Render as a Linux reader with docs/fontconfig installed sees it (D62): without 黑体/楷体_GB2312/仿宋_GB2312 the
# headings still differ from the body. RENDER_BARE=1 renders with the machine's fontconfig alone.
if [ -z "${RENDER_BARE:-}" ]; then
  cat >"$work/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="no">$PWD/docs/fontconfig/64-nianbaotong-fonts.conf</include>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
</fontconfig>
CONF
  export FONTCONFIG_FILE="$work/fonts.conf"
fi
rm -rf "$out" && mkdir -p "$out"
for json in docs/examples/*.json; do
  name=$(basename "$json" .json)
  npx tsx scripts/report-cli.ts export "$json" --format docx --out "$work/$name.docx" --allow-errors >/dev/null
  soffice --headless --convert-to pdf --outdir "$work" "$work/$name.docx" >/dev/null 2>&1
  pdftoppm -png -gray -r 60 "$work/$name.pdf" "$out/$name"
  echo "$name: $(pdfinfo "$work/$name.pdf" | awk '/^Pages/ {print $2}') 页"
done
