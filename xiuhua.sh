#!/usr/bin/env bash
# Xiuhua: set up, build, run and test on Debian 12.
#
#   ./xiuhua.sh run [xiuhua options]  install what is missing, build, open the command center
#   ./xiuhua.sh test                  install what is missing, build (Qt 5 and Qt 6), run every test
#   ./xiuhua.sh build                 install what is missing and build, nothing else
#   ./xiuhua.sh deps                  install the Debian packages, nothing else
#
# Every step is idempotent: a second run installs nothing new and rebuilds only what changed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PACKAGE_LIST="$ROOT/packaging/debian-packages.txt"
BUILD_QT5="$ROOT/build/qt5"
BUILD_QT6="$ROOT/build/qt6"
JOBS="$(nproc 2>/dev/null || echo 2)"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "Installing packages needs root, and sudo is not available: run as root." >&2
    exit 1
  fi
}

install_packages() {
  local wanted missing=()
  wanted=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$PACKAGE_LIST")
  for package in $wanted; do
    if [ "$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null)" != "installed" ]; then
      missing+=("$package")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return
  fi
  say "Installing ${#missing[@]} Debian packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() {
  local dir=$1 qt=$2
  say "Building with Qt $qt in ${dir#"$ROOT"/}"
  cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DXIUHUA_QT_MAJOR="$qt" >/dev/null
  cmake --build "$dir" --parallel "$JOBS"
}

build_all() {
  install_packages
  configure_and_build "$BUILD_QT5" 5
  configure_and_build "$BUILD_QT6" 6
}

# Real OpenStreetMap data for the tests, nobody here wrote: OSM QA vector tiles inside an npm-registry
# package. Fetched once into the build tree, never committed.
OSM_FIXTURES_PACKAGE="@mapbox/mvt-fixtures@4.0.0"
OSM_XML_PACKAGE="osmtogeojson@2.2.12"
ensure_npm() {
  if ! command -v npm >/dev/null 2>&1; then
    say "Installing npm (to fetch the real test data)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends npm
  fi
}

fetch_real_data() {
  local dir="$ROOT/build/testdata/mvt-fixtures"
  if [ ! -f "$dir/package/real-world/osm-qa-montevideo/12-1408-2471.mvt" ]; then
    ensure_npm
    say "Fetching real OpenStreetMap data ($OSM_FIXTURES_PACKAGE from the npm registry)"
    rm -rf "$dir" && mkdir -p "$dir"
    (cd "$dir" && npm pack --silent "$OSM_FIXTURES_PACKAGE" >/dev/null &&
      tar xzf mapbox-mvt-fixtures-*.tgz package/real-world/osm-qa-montevideo &&
      rm -f mapbox-mvt-fixtures-*.tgz)
  fi
  export XIUHUA_OSM_FIXTURES="$dir/package/real-world"
  # An OpenStreetMap XML extract (Overpass API, a village in South Tyrol) for GDAL's OSM driver.
  local xml="$ROOT/build/testdata/osmtogeojson"
  if [ ! -f "$xml/package/test-cli/data/map.osm" ]; then
    ensure_npm
    say "Fetching an OpenStreetMap XML extract ($OSM_XML_PACKAGE from the npm registry)"
    rm -rf "$xml" && mkdir -p "$xml"
    (cd "$xml" && npm pack --silent "$OSM_XML_PACKAGE" >/dev/null &&
      tar xzf osmtogeojson-*.tgz package/test-cli/data/map.osm && rm -f osmtogeojson-*.tgz)
  fi
  export XIUHUA_OSM_FILE="$xml/package/test-cli/data/map.osm"
  export XIUHUA_REQUIRE_REAL_DATA=1
}

run_tests() {
  build_all
  fetch_real_data
  # No test may reach a user's display or settings.
  export QT_QPA_PLATFORM=offscreen
  export XDG_CONFIG_HOME XDG_DATA_HOME XDG_RUNTIME_DIR
  XDG_CONFIG_HOME="$(mktemp -d)"
  XDG_DATA_HOME="$(mktemp -d)"
  XDG_RUNTIME_DIR="$(mktemp -d)"
  chmod 700 "$XDG_RUNTIME_DIR"
  trap 'rm -rf "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"' EXIT

  local status=0
  say "Testing the Qt 6 build"
  ctest --test-dir "$BUILD_QT6" --output-on-failure --parallel "$JOBS" || status=1
  say "Testing the Qt 5 build (with QGIS and the desktop)"
  ctest --test-dir "$BUILD_QT5" --output-on-failure --parallel "$JOBS" || status=1
  if [ $status -ne 0 ]; then
    say "Some tests failed"
  fi
  return $status
}

run_desktop() {
  configure_and_build "$BUILD_QT5" 5
  # The embedded demo city is made once, on the first start, and opened every time.
  local data="${XDG_DATA_HOME:-$HOME/.local/share}/xiuhua"
  local demo="$data/demo-district.xhc"
  if [ ! -f "$demo" ]; then
    say "Creating the demo city (first start only)"
    mkdir -p "$data"
    "$BUILD_QT5/bin/xiuhua-cli" demo --scale district --seed 1 --out "$demo"
  fi
  say "Starting the command center"
  exec "$BUILD_QT5/bin/xiuhua" --open "$demo" "$@"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
  run)
    install_packages
    run_desktop "$@"
    ;;
  test) run_tests ;;
  build) build_all ;;
  deps) install_packages ;;
  *)
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
