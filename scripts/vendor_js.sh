#!/usr/bin/env bash
# Vendor the graph library (cytoscape, from the npm registry) into the package: no CDN at run time.
# Usage: scripts/vendor_js.sh [VERSION]   (run at build time; commit the result)
set -euo pipefail
VERSION="${1:-3.30.4}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$ROOT/src/dateline/serve/static/vendor"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$DEST"
cd "$TMP"
npm pack --silent "cytoscape@${VERSION}" >/dev/null
tar -xzf cytoscape-"${VERSION}".tgz
cp package/dist/cytoscape.min.js "$DEST/cytoscape.min.js"
cp package/LICENSE "$DEST/cytoscape.LICENSE"
echo "cytoscape ${VERSION}" > "$DEST/VERSIONS"
sha256sum "$DEST/cytoscape.min.js" | cut -d' ' -f1 >> "$DEST/VERSIONS"
echo "vendored cytoscape ${VERSION} into $DEST" >&2
