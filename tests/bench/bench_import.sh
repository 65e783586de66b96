#!/usr/bin/env bash
# bench_import: importing real OpenStreetMap data into a cache, against ogr2ogr converting the same
# source to SpatiaLite in the same run.
#
# The source (untimed): the OSM QA vector tiles of Montevideo that ./xiuhua.sh test fetches
# (XIUHUA_OSM_FIXTURES), merged into one GeoPackage: about 200,000 features with every OSM tag.
# Peer: ogr2ogr -f SQLite -dsco SPATIALITE=YES -t_srs EPSG:32721 (every feature, reprojected, indexed).
# Ours: xiuhua-cli cache init --srid 32721 + xiuhua-cli import --mapping osm (the features the mapping
# takes, reprojected, checked and repaired, journaled, indexed, in one transaction).
# The two do different work on the same input: ogr2ogr copies everything, the import reads everything and
# writes the basemap it finds; the figures say what a city's first import costs next to a plain copy.
#
#   tests/bench/bench_import.sh [--iterations 3] [--cli build/qt5/bin/xiuhua-cli]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ITERATIONS=3
CLI="$ROOT/build/qt5/bin/xiuhua-cli"
while [ $# -gt 0 ]; do
  case "$1" in
    --iterations) ITERATIONS=$2; shift 2 ;;
    --cli) CLI=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
FIXTURES="${XIUHUA_OSM_FIXTURES:-$ROOT/build/testdata/mvt-fixtures/package/real-world}"
TILES="$FIXTURES/osm-qa-montevideo"
[ -f "$TILES/12-1408-2471.mvt" ] || { echo "No OSM tiles in $TILES: run ./xiuhua.sh test once." >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# shellcheck source=benchlib.sh
source "$ROOT/tests/bench/benchlib.sh"

echo "bench_import: $(ogr2ogr --version | head -1); $(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Merging 4 tiles of Montevideo into one GeoPackage (untimed)..."
for tile in 12-1408-2471 12-1409-2471 12-1408-2472 12-1409-2472; do
  IFS=- read -r z x y <<< "$tile"
  ogr2ogr -q -f GPKG "$WORK/source.gpkg" "$TILES/$tile.mvt" -oo Z="$z" -oo X="$x" -oo Y="$y" -nln osm \
    -nlt GEOMETRY -addfields -append -unsetFid 2>/dev/null
done
FEATURES=$(ogrinfo -so "$WORK/source.gpkg" osm | sed -n 's/^Feature Count: //p')
echo "  $FEATURES features"

peer() {
  rm -f "$WORK/peer.sqlite"
  ogr2ogr -f SQLite -dsco SPATIALITE=YES -t_srs EPSG:32721 "$WORK/peer.sqlite" "$WORK/source.gpkg"
}
ours() {
  rm -f "$WORK"/ours.xhc*
  "$CLI" cache init "$WORK/ours.xhc" --srid 32721 && "$CLI" import "$WORK/source.gpkg" --mapping osm --into "$WORK/ours.xhc" >"$WORK/ours.log" 2>&1
}

PEER=() OURS=()
for ((i = 1; i <= ITERATIONS; i++)); do
  # Alternating who goes first, so that a burst of load elsewhere does not hit one side only.
  if ((i % 2)); then
    PEER+=("$(seconds peer)"); OURS+=("$(seconds ours)")
  else
    OURS+=("$(seconds ours)"); PEER+=("$(seconds peer)")
  fi
  printf 'iteration %d   peer %6.3f s   ours %6.3f s\n' "$i" "${PEER[-1]}" "${OURS[-1]}"
done
P=$(median "${PEER[@]}")
O=$(median "${OURS[@]}")
echo
echo "== Import of $FEATURES OpenStreetMap features (median of $ITERATIONS, seconds) =="
echo "peer: ogr2ogr -f SQLite -dsco SPATIALITE=YES -t_srs EPSG:32721   $P"
echo "ours: cache init + import --mapping osm                          $O"
printf 'ratio peer/ours (wall): %.2f  (>1: the import is faster)\n' "$(echo "$P / $O" | bc -l)"
echo "ours wrote: $(sed -n 's/^Imported //p' "$WORK/ours.log")"
grep -h "^Not taken" "$WORK/ours.log" || true
