#!/bin/sh
# Refresh the JavaScript library the pages draw with (Apache ECharts) from the npm registry:
#   scripts/vendor_js.sh            # the version recorded in kg/static/vendor/MANIFEST
#   scripts/vendor_js.sh 6.2.0      # another version
# It writes kg/static/vendor/echarts.min.js, the package's LICENSE and NOTICE, and the
# MANIFEST (package, version, tarball, npm's sha512 integrity, the file's sha256, license). Needs npm and tar; the
# pages themselves never reach the network (no CDN).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
dest="$here/kg/static/vendor"
version=${1:-$(sed -n 's/^version: //p' "$dest/MANIFEST" 2>/dev/null || true)}
version=${version:-6.1.0}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
tarball=$(npm pack --silent "echarts@$version")
integrity=$(npm view "echarts@$version" dist.integrity)
tar -xzf "$tarball"
mkdir -p "$dest"
cp package/dist/echarts.min.js "$dest/echarts.min.js"
cp package/LICENSE "$dest/LICENSE-echarts"
cp package/NOTICE "$dest/NOTICE-echarts" 2>/dev/null || true
license=$(node -p "require('./package/package.json').license")
sha256=$(sha256sum "$dest/echarts.min.js" | cut -d' ' -f1)
cat > "$dest/MANIFEST" <<MANIFEST
package: echarts
version: $version
license: $license
tarball: https://registry.npmjs.org/echarts/-/echarts-$version.tgz
integrity: $integrity
sha256: $sha256 (echarts.min.js)
files: echarts.min.js (from dist/echarts.min.js), LICENSE-echarts, NOTICE-echarts
refresh: scripts/vendor_js.sh [VERSION]
MANIFEST
echo "vendored echarts $version ($license) into $dest"
