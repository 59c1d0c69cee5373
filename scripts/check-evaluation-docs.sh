#!/usr/bin/env bash
# Manual layout check of the evaluation report (not part of the test suite): writes the fixture
# report as .docx/.pdf/.xlsx, converts the .docx to PDF with LibreOffice, renders page 1 of both
# PDFs as PNG and lists the fonts each PDF uses. Look at the PNGs with an image viewer.
#   needs: libreoffice (apt-get install -y libreoffice-writer-nogui), poppler-utils
#   usage: scripts/check-evaluation-docs.sh [out-dir]   (default: /tmp/xiaokang-evaluation-check)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/xiaokang-evaluation-check}"
mkdir -p "$out"

for tool in libreoffice pdftoppm pdffonts pdfinfo; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y libreoffice-writer-nogui poppler-utils" >&2; exit 2; }
done

OUT="$out" npx tsx --eval '
  import { writeFileSync } from "node:fs";
  import { join } from "node:path";
  import { FINAL_EVALUATION_FIXTURE as m } from "./src/evaluations/documents/evaluation-fixture";
  import { renderEvaluationDocx, renderEvaluationPdf, renderEvaluationXlsx } from "./src/evaluations/documents";
  const out = process.env.OUT ?? ".";
  (async () => {
    writeFileSync(join(out, "report.docx"), await renderEvaluationDocx(m));
    writeFileSync(join(out, "report.pdf"), await renderEvaluationPdf(m));
    writeFileSync(join(out, "report.xlsx"), await renderEvaluationXlsx(m));
  })().catch((e) => { console.error(e); process.exit(1); });
'

# A private profile so that a running LibreOffice or a first-start dialog cannot interfere.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
mkdir -p "$out/lo"
libreoffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out/lo" "$out/report.docx"

for pdf in "$out/lo/report.pdf" "$out/report.pdf"; do
  echo "== $pdf"
  pdfinfo "$pdf" | grep -E '^(Pages|Page size):'
  pdffonts "$pdf"
done
pdftoppm -png -r 60 -f 1 -l 1 "$out/lo/report.pdf" "$out/docx-page"
pdftoppm -png -r 60 -f 1 -l 1 "$out/report.pdf" "$out/pdf-page"
ls "$out"/*.png
