// Command splice replaces a generated part of a Markdown file with what it
// reads on standard input, or with the index of the guides in docs/. It
// serves go generate:
//
//	go run ./cmd/rtcerr -list -markdown -lang en | go run ./internal/splice docs/codes.md codes
//	go run ./internal/splice -guides docs README.md guides
//
// The part is between the lines "<!-- BEGIN generated: NAME -->" and
// "<!-- END generated: NAME -->", which the tests that check the part read
// too.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	guides := flag.String("guides", "", "write the index of the guides in this `folder` instead of reading standard input")
	flag.Parse()
	if err := run(flag.Args(), *guides, os.Stdin); err != nil {
		fmt.Fprintln(os.Stderr, "splice:", err)
		os.Exit(1)
	}
}

func run(args []string, guides string, in io.Reader) error {
	if len(args) != 2 {
		return errors.New("usage: splice [-guides folder] FILE NAME < part")
	}
	var part string
	var err error
	if guides != "" {
		part, err = index(guides, filepath.Dir(args[0]))
	} else {
		var b []byte
		b, err = io.ReadAll(in)
		part = string(b)
	}
	if err != nil {
		return err
	}
	return splice(args[0], args[1], part)
}

// markers returns the lines around the part called name.
func markers(name string) (begin, end string) {
	return "<!-- BEGIN generated: " + name + " -->\n", "<!-- END generated: " + name + " -->"
}

// splice writes part between the markers of name in file.
func splice(file, name, part string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	begin, end := markers(name)
	head, rest, ok := strings.Cut(string(data), begin)
	if !ok {
		return fmt.Errorf("%s has no %q", file, begin)
	}
	_, tail, ok := strings.Cut(rest, end)
	if !ok {
		return fmt.Errorf("%s has no %q", file, end)
	}
	return os.WriteFile(file, []byte(head+begin+part+end+tail), 0o644)
}

// index lists the guides in folder, by title: each guide's title is its
// first line ("# Title"), and its summary the paragraph after it. Links are
// relative to the folder of the file that holds the index.
func index(folder, from string) (string, error) {
	paths, err := filepath.Glob(filepath.Join(folder, "*.md"))
	if err != nil {
		return "", err
	}
	type guide struct{ title, summary, link string }
	var all []guide
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return "", err
		}
		var lines []string
		s := bufio.NewScanner(f)
		for s.Scan() && len(lines) < 3 {
			lines = append(lines, s.Text())
		}
		_ = f.Close()
		if len(lines) < 3 || !strings.HasPrefix(lines[0], "# ") || lines[1] != "" || lines[2] == "" {
			return "", fmt.Errorf("%s: want a title, a blank line and a one-line summary", p)
		}
		link, err := filepath.Rel(from, p)
		if err != nil {
			return "", err
		}
		all = append(all, guide{strings.TrimPrefix(lines[0], "# "), lines[2], filepath.ToSlash(link)})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].title < all[j].title })
	var b strings.Builder
	for _, g := range all {
		fmt.Fprintf(&b, "- [%s](%s): %s\n", g.title, g.link, lowerFirst(g.summary))
	}
	return b.String(), nil
}

// lowerFirst lowers the first letter of a summary, which follows a colon,
// but not of an acronym's.
func lowerFirst(s string) string {
	if len(s) < 2 || s[1] >= 'A' && s[1] <= 'Z' {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
