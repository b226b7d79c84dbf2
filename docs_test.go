package errcode_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode/internal/registry"
)

// TestDocsNameEverySetOrNone: a paragraph of the docs that lists the sets,
// by their types or their names, lists them all, so that a set added to the
// registry cannot be left out of a list that a person reads as whole. A
// paragraph that names two sets compares them, and may.
func TestDocsNameEverySetOrNone(t *testing.T) {
	files, err := filepath.Glob("docs/*.md")
	require.NoError(t, err)
	files = append(files, "README.md", "CONTRIBUTING.md", "RELEASING.md", "doc.go")
	var types, names []string
	for _, s := range registry.Sets {
		types = append(types, s.Type)
		names = append(names, s.Name)
	}
	checked := 0
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		for _, para := range regexp.MustCompile(`\n\s*(//)?\s*\n`).Split(string(data), -1) {
			checked++
			for _, list := range []struct {
				what  string
				named []string
				find  func(string) *regexp.Regexp
			}{
				{"types", types, func(n string) *regexp.Regexp { return regexp.MustCompile(`\b` + n + `\b`) }},
				{"names", names, func(n string) *regexp.Regexp { return regexp.MustCompile("`" + n + "`") }},
			} {
				var in, out []string
				for _, n := range list.named {
					if list.find(n).MatchString(para) {
						in = append(in, n)
					} else {
						out = append(out, n)
					}
				}
				if len(in) >= 3 {
					assert.Empty(t, out, "%s names the sets' %s %s but not %s:\n%s", file, list.what, strings.Join(in, ", "), strings.Join(out, ", "), para)
				}
			}
		}
	}
	assert.Greater(t, checked, 100, "the docs were read")
}
