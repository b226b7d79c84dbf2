#!/usr/bin/env bash
# README's test command: every module's tests, with the race detector. The
# modules are the folders with a go.mod, but the maintainers' tools.
#
#   scripts/test.sh [go test flags]   (default: -race)
set -euo pipefail
cd "$(dirname "$0")/.."

flags=("$@")
[ ${#flags[@]} -gt 0 ] || flags=(-race)
for mod in $(find . -name go.mod -not -path './internal/tools/*' -printf '%h\n' | sort); do
	echo "-- $mod"
	(cd "$mod" && go test "${flags[@]}" ./...)
done
