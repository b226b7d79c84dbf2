package errcode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestParsingDoesNotAllocate: parsing any identifier of any set, as every
// set's Parse function does, allocates nothing.
func TestParsingDoesNotAllocate(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates on its own")
	}
	for _, set := range codeSets {
		for _, c := range Codes(set) {
			for _, name := range append([]string{c.String()}, c.Aliases()...) {
				var v int32
				allocs := testing.AllocsPerRun(20, func() { v, _ = parseValue(set, name) })
				assert.Zero(t, allocs, "parse %s %s", set, name)
				assert.Equal(t, int32(c.Int()), v, "%s %s", set, name)
			}
		}
	}
}
