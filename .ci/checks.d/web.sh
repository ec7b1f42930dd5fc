#!/usr/bin/env bash
# The web page's own code (web/): every script parses (node --check), and no file uses an
# HTML-parsing sink — quiz text goes into the page as text nodes only. The behaviour in a
# real browser is checked by .ci/checks.d/browser.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v node >/dev/null; then
  if [ "${ATELIER_CI:-}" = 1 ]; then echo "web: node is missing" >&2; exit 1; fi
  echo "web: node missing, skipped"; exit 0
fi
status=0
for f in web/*/*.js; do
  node --check "$f" || status=1
done
if grep -nE 'innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function' web/*/*.js; then
  echo "web: an HTML or code sink above — use AQDom (text nodes)" >&2
  status=1
fi
echo "web: $(ls web/*/*.js | wc -l) scripts checked"
exit $status
