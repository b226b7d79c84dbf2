package main

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/internal/registry"
)

// Patterns that name a code or a reason in a log line: slog's attributes, in
// text (rtc.set=server rtc.code=-502) or JSON ("set":"server","code":-502);
// the library's own Error texts; error.type values; and, last, any word that
// is a vendor identifier or a gateway reason.
var (
	setAttr     = regexp.MustCompile(`\bset"?[=:]"?([a-z]+)\b`)
	codeAttr    = regexp.MustCompile(`\bcode"?[=:]"?(-?\d+)`)
	reasonAttr  = regexp.MustCompile(`\breason"?[=:]"?([A-Za-z_]+|"[^"]*")`)
	errorText   = regexp.MustCompile(`rtc ([a-z]+) error (?:[A-Za-z_]+ \((-?\d+)\)|(-?\d+): unknown code)`)
	gatewayText = regexp.MustCompile(`rtc gateway error ([A-Za-z_ ]+?)(?: \(HTTP \d+\))?(?::|$)`)
	errorType   = regexp.MustCompile(`\berrcode\.([A-Z][A-Za-z]+)`)
	word        = regexp.MustCompile(`[A-Za-z][A-Za-z_]{3,}`)
)

// annotate copies the lines of in to out, each followed by what rtcerr
// knows of the codes and reasons it names, one line each, in tag's language.
// It exits 0 when a line named something, 1 when none did.
func annotate(in io.Reader, out, stderr io.Writer, sets []string, tag language.Tag) int {
	l := labelsFor(tag)
	w := bufio.NewWriter(out)
	scanner := bufio.NewScanner(in)
	scanner.Buffer(make([]byte, 0, 64<<10), 1<<20)
	status := exitNotFound
	for scanner.Scan() {
		line := scanner.Text()
		fmt.Fprintln(w, line)
		for _, e := range findIn(line, sets) {
			status = exitOK
			advice := l.notRetryable
			if e.Retryable() {
				advice = l.retryable
			}
			head := setName(e)
			if n, ok := number(e); ok {
				head += " " + strconv.Itoa(n)
			}
			fmt.Fprintf(w, "  ↳ %s %s: %s (%s%s%s)%s%s%s\n", head, names(e)[0], e.Description(tag), e.Kind().String(), l.comma, advice, l.semicolon, l.hintInline, e.Hint(tag))
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "rtcerr: %v\n", err)
		return exitNotFound
	}
	if err := scanner.Err(); err != nil {
		fmt.Fprintf(stderr, "rtcerr: reading standard input: %v\n", err)
		return exitNotFound
	}
	return status
}

// findIn returns the entries that line names, each once, in sets.
func findIn(line string, sets []string) []entry {
	var found []entry
	add := func(es ...entry) {
		for _, e := range es {
			if !slices.ContainsFunc(found, func(f entry) bool { return f.Set() == e.Set() && names(f)[0] == names(e)[0] }) {
				found = append(found, e)
			}
		}
	}
	setCode := func(set, code string) {
		if slices.Contains(sets, set) {
			s, _ := errcode.ParseSet(set)
			if n, err := strconv.Atoi(code); err == nil {
				if c, _ := errcode.Lookup(s, n); c != nil {
					add(c)
				}
			}
		}
	}
	if s, c := setAttr.FindStringSubmatch(line), codeAttr.FindStringSubmatch(line); s != nil && c != nil {
		setCode(s[1], c[1])
	}
	if m := reasonAttr.FindStringSubmatch(line); m != nil && slices.Contains(sets, "gateway") {
		add(errcode.Reason(strings.Trim(m[1], `"`)))
	}
	for _, m := range errorText.FindAllStringSubmatch(line, -1) {
		setCode(m[1], m[2]+m[3])
	}
	for _, m := range gatewayText.FindAllStringSubmatch(line, -1) {
		if slices.Contains(sets, "gateway") {
			add(errcode.Reason(m[1]))
		}
	}
	for _, m := range errorType.FindAllStringSubmatch(line, -1) {
		add(lookup(m[1], sets)...)
	}
	for _, w := range word.FindAllString(line, -1) {
		if identifiers()[w] {
			add(lookup(w, sets)...)
		}
	}
	return found
}

// identifiers returns every vendor identifier and gateway reason that is a
// word, to recognize in free text.
func identifiers() map[string]bool {
	ids := map[string]bool{}
	for _, s := range registry.Sets {
		for _, c := range s.Codes {
			ids[c.Name] = true
			for _, a := range c.Aliases {
				ids[a.Name] = true
			}
		}
	}
	for _, r := range registry.Gateway {
		ids[r.Reason] = true
	}
	return ids
}

// didYouMean suggests the codes and reasons that a query that matched
// nothing may have meant: the same number with a minus sign (the server's
// codes are negative), or a name at an edit distance of one or two.
func didYouMean(query string, sets []string) string {
	var near []string
	if n, err := strconv.Atoi(query); err == nil && n > 0 && len(lookup("-"+query, sets)) > 0 {
		near = append(near, "-"+query)
	}
	best := 3
	var close []string
	for _, set := range sets {
		for _, e := range entries(set) {
			for _, name := range append(names(e), goName(e)) {
				d := distance(strings.ToLower(query), strings.ToLower(name))
				switch {
				case d < best:
					best, close = d, []string{name}
				case d == best && !slices.Contains(close, name):
					close = append(close, name)
				}
			}
		}
	}
	near = append(near, close...)
	if len(near) == 0 {
		return ""
	}
	if len(near) > 4 {
		near = near[:4]
	}
	return "; did you mean " + strings.Join(near, ", ") + "?"
}

// distance is the Levenshtein distance between a and b, in bytes, up to a
// bound: queries are short, and only distances of one or two matter.
func distance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return 64
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
