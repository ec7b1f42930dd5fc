#!/usr/bin/env bash
# Outside judge of the Kahoot export (tests/suite/interchange_judges.rs): Python's openpyxl,
# pinned by .ci/judges/kahoot/requirements.txt, in its own virtual environment (no system
# packages touched). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=.ci/judges/kahoot/venv
if ! command -v python3 >/dev/null; then
    echo "installing: python3 python3-venv"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=600 update -qq || true
    apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends python3 python3-venv
fi
if ! "$venv/bin/python" -c 'import openpyxl' 2>/dev/null; then
    python3 -m venv "$venv" || {
        export DEBIAN_FRONTEND=noninteractive
        apt-get -o DPkg::Lock::Timeout=600 update -qq || true
        apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends python3-venv
        python3 -m venv "$venv"
    }
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r .ci/judges/kahoot/requirements.txt
fi
"$venv/bin/python" -c 'import openpyxl; print("openpyxl", openpyxl.__version__)'
