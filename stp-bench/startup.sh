#!/usr/bin/env bash
# Whole commands as a person waits for them (issue 18): median wall and CPU time of 5 runs of each command
# through the ./stp launcher, beside `java -version` measured in the same session, with the load average
# before and after. Prints the Markdown table BENCHMARKS.md's start-up section shows.
#
#   stp-bench/startup.sh            # 5 runs of each command
#   RUNS=9 stp-bench/startup.sh     # more runs
#   NATIONAL_RUNS=1 stp-bench/startup.sh   # fewer runs of `national` (default: RUNS)
#
# The launcher builds the jar and its class-data-sharing archive first if they are missing or stale (not
# timed). Everything is written into a temporary folder that is removed at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
stp="$here/stp"
runs="${RUNS:-5}"
national_runs="${NATIONAL_RUNS:-$runs}"
work="$(mktemp -d "${TMPDIR:-/tmp}/stp-startup.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cd "$work"

"$stp" example --out ex.json >/dev/null                         # builds the jar and the archive if needed
"$stp" generate --footprints 44 --seed 2016 --out nation >/dev/null

# median of a column of numbers
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# measure LABEL CMD...: runs CMD $runs times, prints "LABEL | wall | cpu"
measure() {
  local label="$1"; shift
  : > times.txt
  for _ in $(seq "$runs"); do
    rm -rf out.json out.xlsx out.pdf out national
    /usr/bin/time -f "%e %U %S" -o t.txt "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; cat t.txt >&2; }
    tail -1 t.txt >> times.txt
  done
  local wall cpu
  wall="$(awk '{print $1}' times.txt | median)"
  cpu="$(awk '{printf "%.2f\n", $2 + $3}' times.txt | median)"
  printf '| %s | %s s | %s s |\n' "$label" "$wall" "$cpu"
}

echo "load before: $(uptime | sed 's/.*load average: //')"
echo "java: $(java -version 2>&1 | head -1)"
echo
echo "| command | median wall | median CPU (user+sys) |"
echo "| --- | ---: | ---: |"
measure '`java -version`' java -version
STP_NO_CDS=1 measure '`project`, no archive (`STP_NO_CDS=1`)' "$stp" project ex.json --out out.json
measure '`example`' "$stp" example --out out.json
measure '`validate`' "$stp" validate ex.json
measure '`project`' "$stp" project ex.json --out out.json
STP_NO_WARMUP=1 measure '`project`, no warm-up thread (`STP_NO_WARMUP=1`)' "$stp" project ex.json --out out.json
measure '`template`' "$stp" template ex.json --out out.xlsx
STP_NO_WARMUP=1 measure '`template`, no warm-up thread' "$stp" template ex.json --out out.xlsx
measure '`report` (no draws)' "$stp" report ex.json --out out.pdf
runs="$national_runs" measure '`national` 44 footprints, 10,000 draws, all documents' "$stp" national nation --out national --draws 10000 --seed 1
echo
echo "load after: $(uptime | sed 's/.*load average: //')"
echo
echo "national, one more run with --timings:"
rm -rf national
"$stp" national nation --out national --draws 10000 --seed 1 --timings 2>&1 >/dev/null | grep '^timings'
