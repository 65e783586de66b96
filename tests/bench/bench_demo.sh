#!/usr/bin/env bash
# bench_demo: generating the demo city, against ogr2ogr converting the result to SpatiaLite in the
# same run.
#
# Ours: xiuhua-cli demo --scale city (about 100 km²: 10,000 grid cells, ~200,000 buildings, ~500,000
# components, a year of cases driven through the case workflow: about 1,000,000 cases and 9,000,000
# events, journaled and indexed, in one transaction).
# Peer: ogr2ogr -f SQLite -dsco SPATIALITE=YES copying every data table of that file (spatial layers
# with their indexes, and the plain tables: case events, journal, people…) into a new SpatiaLite
# database: the cost of merely writing the same data through GDAL.
#
#   tests/bench/bench_demo.sh [--scale city|district|tiny] [--iterations 1] [--cli build/qt5/bin/xiuhua-cli]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ITERATIONS=1
SCALE=city
CLI="$ROOT/build/qt5/bin/xiuhua-cli"
while [ $# -gt 0 ]; do
  case "$1" in
    --iterations) ITERATIONS=$2; shift 2 ;;
    --scale) SCALE=$2; shift 2 ;;
    --cli) CLI=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# shellcheck source=benchlib.sh
source "$ROOT/tests/bench/benchlib.sh"

echo "bench_demo: $SCALE; $(ogr2ogr --version | head -1); $(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg)"
ours() {
  rm -f "$WORK"/ours.xhc*
  "$CLI" demo --scale "$SCALE" --seed 1 --out "$WORK/ours.xhc"
}
peer() {
  rm -f "$WORK/peer.sqlite"
  # Every table of ours with data: the spatial layers and the plain tables (case events, journal,
  # people…), not SpatiaLite's own bookkeeping.
  local tables
  tables=$(ogrinfo -q -oo LIST_ALL_TABLES=YES "$WORK/ours.xhc" | awk '{print $2}' |
    grep -Ev '^(idx_|sqlite_|geometry_columns|spatial_ref_sys|spatialite_|sql_statements_log|views_|virts_|vector_layers|SpatialIndex$|KNN|ElementaryGeometries$|data_licenses$|geom_cols_ref_sys$|layer_statistics$|views_layer_statistics$|virts_layer_statistics$)')
  # shellcheck disable=SC2086
  ogr2ogr -f SQLite -dsco SPATIALITE=YES -oo LIST_ALL_TABLES=YES "$WORK/peer.sqlite" "$WORK/ours.xhc" $tables
}

PEER=() OURS=()
for ((i = 1; i <= ITERATIONS; i++)); do
  # The peer needs our file: ours first, then the copy of it.
  OURS+=("$(seconds ours)")
  PEER+=("$(seconds peer)")
  printf 'iteration %d   ours %7.1f s   peer %7.1f s\n' "$i" "${OURS[-1]}" "${PEER[-1]}"
done
O=$(median "${OURS[@]}")
P=$(median "${PEER[@]}")
count() { spatialite -batch "$WORK/ours.xhc" "SELECT count(*) FROM $1" | tail -1; }
echo
echo "== The $SCALE demo city (median of $ITERATIONS, seconds) =="
echo "contents: $(count grid_cell) grid cells, $(count building) buildings, $(count component) components," \
  "$(count cases) cases, $(count case_event) case events, $(count journal) journal rows;" \
  "$(du -h "$WORK/ours.xhc" | cut -f1) on disk"
echo "ours: xiuhua-cli demo --scale $SCALE                          $O"
echo "peer: ogr2ogr -f SQLite -dsco SPATIALITE=YES of the same file   $P"
printf 'ratio peer/ours (wall): %.2f  (>1: generating is faster than copying)\n' "$(echo "$P / $O" | bc -l)"
