#!/usr/bin/env bash
# Outside judges of the PDF handout tests (tests/suite/print_pdf.rs): poppler-utils (pdftotext,
# pdffonts, pdfinfo, pdftoppm) reads the PDFs `atelier-quiz print` writes. Idempotent.
set -euo pipefail
if ! command -v pdftotext >/dev/null || ! command -v pdffonts >/dev/null; then
    echo "installing: poppler-utils"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=600 update -qq || true
    apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends poppler-utils
fi
