# Shared by the shell benchmarks (sourced): timing a command and the median of figures.

# seconds COMMAND…: the wall seconds COMMAND takes; its output goes to $WORK/last.log, which is
# printed (and the benchmark stopped) when it fails.
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >"$WORK/last.log" 2>&1 || { cat "$WORK/last.log" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

# median FIGURE…
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
