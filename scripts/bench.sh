#!/usr/bin/env bash
# Runs the benchmarks and prints each beside what it is judged against, as
# benchstat ratios from one run. BENCHMARKS.md holds its output.
#
#   scripts/bench.sh [count]              (count defaults to 10)
#   BENCH_FILE=saved.txt scripts/bench.sh  (render a saved run)
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-10}
benchstat="go run golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da"
out=$(mktemp)
trap 'rm -f "$out"' EXIT

if [ -n "${BENCH_FILE:-}" ]; then # render a saved run instead
	cp "$BENCH_FILE" "$out"
else
	{
		go test -run '^$' -bench . -benchmem -count "$count" . ./errhttp
		(cd errgrpc && go test -run '^$' -bench . -benchmem -count "$count" .)
	} | tee "$out" >&2
fi
echo "Reproduce: scripts/bench.sh $count"
echo

# compare prints benchstat's table of time per operation for the named
# benchmarks, the baseline first, and each one's ratio to the baseline.
compare() {
	local title=$1
	shift
	local filter=".name:($(echo "$*" | sed 's/ / OR /g')) .unit:sec/op"
	local columns=".name@($*)"
	echo "### $title"
	echo
	echo '```'
	$benchstat -filter "$filter" -col "$columns" "$out"
	echo
	# benchstat's CSV: a row of names, a row of units, then a row per
	# benchmark; each column after the baseline's is sec/op, CI, vs base, P.
	$benchstat -format csv -filter "$filter" -col "$columns" "$out" | awk -F, -v names="$*" '
		/^,sec\/op/ { rows = 1; next }
		rows && $1 != "" && $1 != "geomean" {
			n = split(names, name, " ")
			row = $1
			sub(/^\*\/?/, "", row)   # "*/chrome-zh-CN-2" → "chrome-zh-CN-2"
			sub(/-[0-9]+$/, "", row)  # drop GOMAXPROCS
			row = (row == "") ? "" : " (" row ")"
			for (i = 2; i <= n; i++) {
				t = $(4 * (i - 1))
				if (t + 0 < $2 + 0) printf "%s%s is %.1fx faster than %s\n", name[i], row, $2 / t, name[1]
				else printf "%s%s takes %.1fx the time of %s\n", name[i], row, t / $2, name[1]
			}
		}'
	echo '```'
	echo
}

compare "Description against x/text (baseline: a cached Printer.Sprintf)" \
	PrinterSprintf Description PrinterSprintfNewPrinter CatalogExecute SliceIndex
compare "A gateway reason's Description against x/text (baseline: a cached Printer.Sprintf)" \
	ReasonPrinterSprintf ReasonDescription
compare "The other hot paths against the floor (a bare slice index)" \
	SliceIndex String Error Description Parse ErrorsIs ErrorsIsKind
compare "A tag outside the common ones goes through the matcher" \
	Description DescriptionUncommonTag
compare "MatchLanguage against x/text's parsing and matching of the whole header" \
	MatchLanguageXText MatchLanguage
compare "MatchLanguage on the costliest header a peer can send, against a browser's header with as many entries" \
	MatchLanguageBrowser MatchLanguageWorst
compare "ParseResponse against encoding/json decoding the same body into a struct" \
	ParseResponseJSON ParseResponse
compare "errhttp.WriteProblem against encoding/json encoding the same problem to a recorder" \
	WriteProblemJSON WriteProblem
compare "RetryPolicy.Do against the loop a user writes by hand around Retryable (two retryable failures, then a success, no waiting)" \
	RetryLoopByHand Retry
compare "errgrpc.Status against the same status built by hand with status.New(...).WithDetails(...)" \
	StatusByHand Status
echo "### Everything"
echo
echo '```'
$benchstat "run=$out"
echo '```'
