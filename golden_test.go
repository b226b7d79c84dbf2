package errcode_test

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/rtckit/errcode"
)

// update rewrites the golden files with what the library says now:
//
//	go test . -run Golden -update
var update = flag.Bool("update", false, "rewrite testdata/*.golden with the current texts")

// TestTextsGolden pins what the library says of each code, reason and kind:
// its kind, status and retry advice, and every text it shows people (its
// description and hint, and Describe's line) in every language. A change of text shows in a review as a change of
// testdata/texts.golden; the rule tests (hints say retry only when
// retryable, the 请 rule, one term per concept) say whether it is right.
func TestTextsGolden(t *testing.T) {
	var b strings.Builder
	entry := func(head string, d interface {
		Description(language.Tag) string
		Hint(language.Tag) string
	}, err error) {
		b.WriteString(head + "\n")
		a := errcode.AnswerFor(err)
		advice := "not retryable"
		if a.Retryable {
			advice = "retryable"
		}
		fmt.Fprintf(&b, "  kind: %s, HTTP %d, %s\n", a.Kind.String(), a.HTTPStatus, advice)
		for _, tag := range errcode.Languages() {
			fmt.Fprintf(&b, "  %s description: %s\n  %s hint:        %s\n  %s describe:    %s\n",
				tag, d.Description(tag), tag, d.Hint(tag), tag, errcode.Describe(err, tag))
		}
	}
	for _, set := range allSets {
		for _, c := range errcode.Codes(set) {
			entry(fmt.Sprintf("%s %d %s", set, c.Int(), c.String()), c, c)
		}
	}
	for _, r := range errcode.Reasons() {
		entry("gateway "+r.String(), r, r)
	}
	for k := errcode.Kind(0); k.GoName() != ""; k++ {
		entry("kind "+k.String(), k, k)
	}
	for n := errcode.NetworkFailure(1); n.GoName() != ""; n++ {
		entry("network "+n.String(), n, n)
	}
	for _, set := range allSets {
		unknown, _ := errcode.Lookup(set, 99999)
		entry("unknown "+set.String()+" code", unknown, unknown)
	}
	entry("unknown gateway reason", errcode.Reason("new_reason"), errcode.Reason("new_reason"))
	got := b.String()

	const path = "testdata/texts.golden"
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test . -run Golden -update to write it")
	if line, w, g, differ := firstDifference(string(want), got); differ {
		t.Errorf("%s differs from line %d on; if the change is meant, run go test . -run Golden -update\nwant: %s\ngot:  %s", path, line, w, g)
	}
}

// firstDifference returns the first line, counted from 1, at which want and
// got differ, and that line of each.
func firstDifference(want, got string) (line int, w, g string, differ bool) {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		if i >= len(wl) || i >= len(gl) || wl[i] != gl[i] {
			if i < len(wl) {
				w = wl[i]
			}
			if i < len(gl) {
				g = gl[i]
			}
			return i + 1, w, g, true
		}
	}
	return 0, "", "", false
}
