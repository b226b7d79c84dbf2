//go:build !race

package errcode

// raceEnabled reports that the race detector, which allocates on its own,
// is on: the allocation tests skip.
const raceEnabled = false
