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
load_before="$(uptime | sed 's/.*load average: //')"

# median of a column of numbers
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# The commands are measured round by round (each round runs every command once, in this order), so that a
# spell in which the machine runs slower or faster falls on every command alike: on a shared VM the same
# command can take a quarter longer a few minutes later. Row i: label, environment, command.
labels=(); envs=(); cmds=()
row() { labels+=("$1"); envs+=("$2"); cmds+=("$3"); }
row '`java -version`' '' 'java -version'
row '`project`, no archive (`STP_NO_CDS=1`)' 'STP_NO_CDS=1' '"$stp" project ex.json --out out.json'
row '`example`' '' '"$stp" example --out out.json'
row '`validate`' '' '"$stp" validate ex.json'
row '`project`' '' '"$stp" project ex.json --out out.json'
row '`project`, no warm-up thread (`STP_NO_WARMUP=1`)' 'STP_NO_WARMUP=1' '"$stp" project ex.json --out out.json'
row '`template`' '' '"$stp" template ex.json --out out.xlsx'
row '`template`, no warm-up thread' 'STP_NO_WARMUP=1' '"$stp" template ex.json --out out.xlsx'
row '`report` (no draws)' '' '"$stp" report ex.json --out out.pdf'
national_row=${#labels[@]}
row '`national` 44 footprints, 10,000 draws, all documents' '' '"$stp" national nation --out national --draws 10000 --seed 1'

for i in "${!labels[@]}"; do : > "times.$i"; done
for round in $(seq "$runs"); do
  for i in "${!labels[@]}"; do
    if [ "$i" = "$national_row" ] && [ "$round" -gt "$national_runs" ]; then
      continue
    fi
    rm -rf out.json out.xlsx out.pdf out national
    eval "set -- ${cmds[$i]}"
    ( if [ -n "${envs[$i]}" ]; then export "${envs[$i]}"; fi
      exec /usr/bin/time -f "%e %U %S" -o t.txt "$@" >/dev/null 2>&1 ) || { echo "failed: $*" >&2; cat t.txt >&2; }
    tail -1 t.txt >> "times.$i"
  done
done

echo "load before: $load_before"
echo "java: $(java -version 2>&1 | head -1)"
echo
echo "| command | median wall | median CPU (user+sys) |"
echo "| --- | ---: | ---: |"
for i in "${!labels[@]}"; do
  wall="$(awk '{print $1}' "times.$i" | median)"
  cpu="$(awk '{printf "%.2f\n", $2 + $3}' "times.$i" | median)"
  printf '| %s | %s s | %s s |\n' "${labels[$i]}" "$wall" "$cpu"
done
echo
echo "load after: $(uptime | sed 's/.*load average: //')"
echo
echo "national, one more run with --timings:"
rm -rf national
"$stp" national nation --out national --draws 10000 --seed 1 --timings 2>&1 >/dev/null | grep '^timings'
