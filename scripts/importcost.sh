#!/usr/bin/env bash
# Measures what importing errcode costs a program, and fails past the targets.
# It gates only on what is the same on every machine:
#   - package errcode's init, from GODEBUG=inittrace=1: no allocation at all,
#     since its tables are static data (its time is reported, not gated: a
#     slower or busier machine takes longer);
#   - binary size: internal/tools/importcost/witherrcode at most 168 KiB
#     larger than the same program with golang.org/x/text/message
#     (withmessage). The texts are most of it: every set of codes, the
#     gateway's reasons, the network failures and the kinds, each in three
#     languages; then the methods every code's type must link for the Code
#     interface (a remedy each) and the precedence. The gate leaves about
#     10 KiB of room, what a new set with its texts needs, so that the next
#     batch of codes raises it only if it is larger than that.
set -euo pipefail
cd "$(dirname "$0")/.."

max_init_bytes=0
max_init_allocs=0
max_size_diff=172032
runs=20

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
(
	cd internal/tools
	go build -o "$dir/witherrcode" ./importcost/witherrcode
	go build -o "$dir/withmessage" ./importcost/withmessage
)

best_us= bytes= allocs=
for _ in $(seq "$runs"); do
	# init github.com/rtckit/errcode @0.90 ms, 0.039 ms clock, 8192 bytes, 33 allocs
	line=$(GODEBUG=inittrace=1 "$dir/witherrcode" 2>&1 >/dev/null | grep '^init github.com/rtckit/errcode ')
	us=$(echo "$line" | awk '{ printf "%d", $5 * 1000 }')
	bytes=$(echo "$line" | awk '{ print $8 }')
	allocs=$(echo "$line" | awk '{ print $10 }')
	if [ -z "$best_us" ] || [ "$us" -lt "$best_us" ]; then best_us=$us; fi
done
with=$(wc -c < "$dir/witherrcode" | tr -d " ")
without=$(wc -c < "$dir/withmessage" | tr -d " ")
diff=$((with - without))

echo "init: ${bytes} bytes in ${allocs} allocations (targets ≤ ${max_init_bytes} bytes, ≤ ${max_init_allocs} allocations); ${best_us} µs, the fastest of $runs runs (reported only)"
echo "binary: ${with} bytes with errcode, ${without} with x/text/message only: ${diff} bytes difference (target ≤ ${max_size_diff})"

status=0
if [ "$bytes" -gt "$max_init_bytes" ]; then echo "FAIL: init allocates over ${max_init_bytes} bytes"; status=1; fi
if [ "$allocs" -gt "$max_init_allocs" ]; then echo "FAIL: init makes over ${max_init_allocs} allocations"; status=1; fi
if [ "$diff" -gt "$max_size_diff" ]; then echo "FAIL: errcode adds over ${max_size_diff} bytes"; status=1; fi
exit $status
