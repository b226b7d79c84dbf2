package main

import (
	"bufio"
	"encoding/json"
	"errors"
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

// maxLine is how much of one line rtcerr keeps, echoes and reads for codes:
// a longer line is shown cut, with how many bytes were cut, and costs no
// more memory than this.
const maxLine = 64 << 10

// The library's own texts, which a line's values may hold: an Error text's
// code part (rtc server error TICKET_EXPIRED (-502), rtc ios error 999:
// unknown code) or gateway part (rtc gateway error reach_limit (HTTP 429)),
// and error.type values (errcode.ServerTicketExpired).
var (
	errorText   = regexp.MustCompile(`rtc ([a-z]+) error (?:[A-Za-z_]+ \((-?\d+)\)|(-?\d+): unknown code)`)
	gatewayText = regexp.MustCompile(`rtc gateway error ([A-Za-z_ ]+?)(?: \(HTTP \d+\))?(?::|$)`)
	errorType   = regexp.MustCompile(`\berrcode\.([A-Z][A-Za-z]+)`)
)

// peerKeys are the attributes of the library's log lines whose values are a
// peer's words, or a caller's, and never name a code for rtcerr: a peer can
// write "set=ios code=801" in its message.
var peerKeys = []string{"message", "error_description", "cause", "op", "msg", "description", "hint"}

// annotator finds, in a line, what the library's attributes, texts and
// error.type values name. It is built once per run.
type annotator struct {
	sets        []string
	identifiers map[string][]entry // vendor identifiers and gateway reasons, as words of free text
	constants   map[string][]entry // Go names, as error.type values give them
	byName      map[string]entry   // network failures and kinds by the names logs give them
}

func newAnnotator(sets []string) *annotator {
	a := &annotator{sets: sets, identifiers: map[string][]entry{}, constants: map[string][]entry{}, byName: map[string]entry{}}
	aliases := aliasGoNames()
	for _, set := range sets {
		for _, e := range entries(set) {
			switch set {
			case networkSet, kindSet:
				a.byName[set+"="+e.String()] = e
			default:
				for _, name := range names(e) {
					a.identifiers[name] = append(a.identifiers[name], e)
				}
			}
			for _, name := range append([]string{goName(e)}, aliases[setName(e)+"="+strconv.Itoa(numberOr(e))]...) {
				if name != "" {
					a.constants[name] = append(a.constants[name], e)
				}
			}
		}
	}
	return a
}

// aliasGoNames returns the Go names of the codes' aliases, by set and
// number, from one walk of the registry.
func aliasGoNames() map[string][]string {
	out := map[string][]string{}
	for _, s := range registry.Sets {
		for _, row := range s.Codes {
			for _, alias := range row.Aliases {
				key := s.Name + "=" + strconv.Itoa(int(row.Value))
				out[key] = append(out[key], alias.GoName)
			}
		}
	}
	return out
}

// numberOr returns e's number, or 0 for what has none.
func numberOr(e entry) int {
	n, _ := number(e)
	return n
}

// annotate copies the lines of in to out, each made safe to print and cut
// at maxLine bytes, and each followed by what rtcerr knows of the codes,
// reasons, network failures and kinds it names, one line each, in tag's
// language. It exits 0 when a line named something, 1 when none did.
func annotate(in io.Reader, out, stderr io.Writer, sets []string, tag language.Tag) int {
	l := labelsFor(tag)
	a := newAnnotator(sets)
	w := bufio.NewWriter(out)
	r := bufio.NewReaderSize(in, 64<<10)
	status := exitNotFound
	line := make([]byte, 0, 4<<10)
	for {
		var cut int
		var err error
		line, cut, err = readLine(r, line[:0])
		if len(line) == 0 && cut == 0 && err != nil {
			if !errors.Is(err, io.EOF) {
				_ = w.Flush()
				fmt.Fprintf(stderr, "rtcerr: reading standard input: %v\n", err)
				return exitNotFound
			}
			break
		}
		text := string(line)
		w.WriteString(safe(text))
		if cut > 0 {
			fmt.Fprintf(w, l.cut, cut)
		}
		w.WriteByte('\n')
		for _, f := range a.find(text) {
			status = exitOK
			writeFound(w, f, l, tag)
		}
		if err != nil {
			break
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "rtcerr: %v\n", err)
		return exitNotFound
	}
	return status
}

// readLine reads one line of r into buf, without its end of line, keeping
// at most maxLine bytes (between characters) and counting the bytes it
// drops; err is io.EOF after the last line.
func readLine(r *bufio.Reader, buf []byte) (line []byte, cut int, err error) {
	for {
		chunk, err := r.ReadSlice('\n')
		end := len(chunk)
		done := err == nil
		if done {
			end--
			if end > 0 && chunk[end-1] == '\r' {
				end--
			}
		}
		keep := min(end, maxLine-len(buf))
		if keep < end {
			for keep > 0 && !isRuneStart(chunk[keep]) {
				keep--
			}
		}
		buf = append(buf, chunk[:keep]...)
		cut += end - keep
		switch {
		case done:
			return buf, cut, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		default:
			return buf, cut, err
		}
	}
}

func isRuneStart(b byte) bool { return b&0xc0 != 0x80 }

// found is one thing a line names, and where its attributes disagree.
type found struct {
	e    entry
	note string
}

// writeFound writes the ↳ line of what a line names.
func writeFound(w *bufio.Writer, f found, l labels, tag language.Tag) {
	e := f.e
	advice := l.notRetryable
	if e.Retryable() {
		advice = l.retryable
	}
	head := setName(e)
	if n, ok := number(e); ok {
		head += " " + strconv.Itoa(n)
	}
	name := safe(names(e)[0])
	if c, ok := e.(errcode.Code); ok && !c.Known() {
		name = l.unknown
	}
	fmt.Fprintf(w, "  ↳ %s %s: %s (%s%s%s%s%s)%s%s%s\n", head, name, safe(e.Description(tag)), e.Kind().String(), l.comma, advice, l.comma, e.Remedy(), l.semicolon, l.hintInline, safe(e.Hint(tag)))
	if f.note != "" {
		fmt.Fprintf(w, "    %s%s\n", l.note, safe(f.note))
	}
}

// attr is one attribute of a structured log line: its whole key (with its
// groups, such as rtc.code) and its value, unquoted.
type attr struct{ key, value string }

// group returns the key's groups, "rtc" for rtc.code, and its last part.
func (a attr) group() (string, string) {
	if i := strings.LastIndexByte(a.key, '.'); i >= 0 {
		return a.key[:i], a.key[i+1:]
	}
	return "", a.key
}

// keywords are what a line holds if its attributes or values can name
// anything but a vendor identifier in free text: a line with none of them
// is only scanned for words.
var keywords = []string{"code", "reason", "network", "kind", "errcode.", "rtc "}

// find returns what line names, each once: by the attributes of a group
// that the library's Attr wrote, by the library's own error texts in a
// value that holds one, by error.type values, and by vendor identifiers in
// free text; never by what is inside a peer's words.
func (a *annotator) find(line string) []found {
	var out []found
	add := func(f found) {
		if !slices.ContainsFunc(out, func(g found) bool { return setName(g.e) == setName(f.e) && names(g.e)[0] == names(f.e)[0] }) {
			out = append(out, f)
		}
	}
	keyed := slices.ContainsFunc(keywords, func(k string) bool { return strings.Contains(line, k) })
	trimmed := strings.TrimSpace(line)
	if strings.HasPrefix(trimmed, "{") && strings.HasSuffix(trimmed, "}") && (!keyed || json.Valid([]byte(trimmed))) {
		// A JSON line has no free text: without a keyword, it names nothing.
		if keyed {
			dec := json.NewDecoder(strings.NewReader(trimmed))
			dec.UseNumber()
			var v map[string]any
			if dec.Decode(&v) == nil {
				a.findInAttrs(flatten("", v, nil), add)
			}
		}
		return out
	}
	var attrs []attr
	var free strings.Builder
	structured := scanText(line, func(key, value string) {
		if keyed {
			attrs = append(attrs, attr{key, value})
		}
	}, func(word string) {
		free.WriteString(word)
		free.WriteByte(' ')
	}, keyed)
	if !structured {
		a.findInText(line, add, keyed)
		return out
	}
	a.findInAttrs(attrs, add)
	a.findInText(free.String(), add, false)
	return out
}

// findInAttrs reads the attributes of a structured line: each group the
// library wrote, error texts, error.type values.
func (a *annotator) findInAttrs(attrs []attr, add func(found)) {
	type member struct{ group, key, value string }
	var members []member
	var groups []string
	for _, at := range attrs {
		g, k := at.group()
		switch k {
		case "set", "code", "name", "reason", "network", "kind", "retryable":
			members = append(members, member{g, k, at.value})
			if !slices.Contains(groups, g) {
				groups = append(groups, g)
			}
		}
	}
	for _, g := range groups {
		values := map[string]string{}
		for _, m := range members {
			if _, dup := values[m.key]; m.group == g && !dup {
				values[m.key] = m.value
			}
		}
		a.findInGroup(values, add)
	}
	for _, at := range attrs {
		_, k := at.group()
		switch {
		case slices.Contains(peerKeys, k):
			continue
		case k == "error" || k == "err":
			a.findInErrorText(at.value, add)
		default:
			a.findErrorTypes(at.value, add)
		}
	}
}

// findInGroup reads one group of attributes as the library's Attr writes
// them: set and code (with name, which must agree), else a reason, a network
// failure or a kind, but only in a group that the library wrote (it always
// writes kind and retryable), or, for a reason, that says it is the
// gateway's.
func (a *annotator) findInGroup(g map[string]string, add func(found)) {
	_, hasKind := g["kind"]
	_, hasRetryable := g["retryable"]
	ours := hasKind && hasRetryable
	if set, code := g["set"], g["code"]; set != "" && code != "" {
		if e, ok := a.code(set, code); ok {
			f := found{e: e}
			if name, has := g["name"]; has && !slices.Contains(names(e), name) {
				f.note = fmt.Sprintf("the line's name=%s is not %s %s %s", quote(name), set, code, names(e)[0])
			}
			add(f)
			return
		}
	}
	if r := errcode.Reason(g["reason"]); r != "" && (ours || g["set"] == errcode.SetGateway.String()) && slices.Contains(a.sets, errcode.SetGateway.String()) {
		if !r.Known() && ours && g["kind"] != errcode.Unknown.String() {
			a.kind(g["kind"], add) // a status decided, as the library's precedence has it
		}
		add(found{e: r})
		return
	}
	if !ours {
		return
	}
	if e, ok := a.byName[networkSet+"="+g["network"]]; ok {
		add(found{e: e})
		return
	}
	if _, has := g["set"]; !has && g["reason"] == "" {
		a.kind(g["kind"], add)
	}
}

// kind adds the kind that name names, such as UNAVAILABLE.
func (a *annotator) kind(name string, add func(found)) {
	if e, ok := a.byName[kindSet+"="+name]; ok {
		add(found{e: e})
	}
}

// code returns the code numbered code in the set named set, known or not.
func (a *annotator) code(set, code string) (entry, bool) {
	if !slices.Contains(a.sets, set) {
		return nil, false
	}
	s, err := errcode.ParseSet(set)
	if err != nil {
		return nil, false
	}
	n, err := strconv.Atoi(code)
	if err != nil {
		return nil, false
	}
	c, _ := errcode.Lookup(s, n)
	return c, c != nil
}

// findInErrorText reads an Error text of the library: its first code part,
// or else its gateway part, which come before the peer's message in it.
func (a *annotator) findInErrorText(text string, add func(found)) {
	codeAt, gatewayAt := errorText.FindStringSubmatchIndex(text), gatewayText.FindStringSubmatchIndex(text)
	switch {
	case codeAt != nil && (gatewayAt == nil || codeAt[0] < gatewayAt[0]):
		number := text[max(codeAt[4], codeAt[6]):max(codeAt[5], codeAt[7])]
		if e, ok := a.code(text[codeAt[2]:codeAt[3]], number); ok {
			add(found{e: e})
		}
	case gatewayAt != nil && slices.Contains(a.sets, errcode.SetGateway.String()):
		add(found{e: errcode.Reason(text[gatewayAt[2]:gatewayAt[3]])})
	}
}

// findErrorTypes reads error.type values, errcode.ServerTicketExpired.
func (a *annotator) findErrorTypes(text string, add func(found)) {
	if !strings.Contains(text, "errcode.") {
		return
	}
	for _, m := range errorType.FindAllStringSubmatch(text, -1) {
		for _, e := range a.constants[m[1]] {
			add(found{e: e})
		}
	}
}

// findInText reads free text: error.type values and vendor identifiers as
// words, and, in a line with no attributes, the library's error texts.
func (a *annotator) findInText(text string, add func(found), errorTexts bool) {
	if errorTexts {
		// Words after the library's own part of an error text are the
		// peer's: only those before it are read.
		for _, at := range [][]int{errorText.FindStringIndex(text), gatewayText.FindStringIndex(text)} {
			if at != nil {
				a.findInErrorText(text, add)
				text = text[:at[0]]
			}
		}
	}
	a.findErrorTypes(text, add)
	for start := 0; start < len(text); {
		c := text[start]
		if !isWordByte(c) || c == '_' || c >= '0' && c <= '9' {
			start++
			continue
		}
		end := start + 1
		for end < len(text) && isWordByte(text[end]) {
			end++
		}
		if end-start >= 4 && (start == 0 || text[start-1] != '.') {
			for _, e := range a.identifiers[text[start:end]] {
				add(found{e: e})
			}
		}
		start = end
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// scanText reads line as slog's text handler writes it: key=value pairs,
// with Go-quoted values, between words of free text, which it gives to
// onAttr and onFree. It unquotes values only where unquote is set, and
// reports whether it found any attribute.
func scanText(line string, onAttr func(key, value string), onFree func(word string), unquote bool) bool {
	structured := false
	for i := 0; i < len(line); {
		for i < len(line) && line[i] == ' ' {
			i++
		}
		start := i
		for i < len(line) && line[i] != ' ' && line[i] != '=' && line[i] != '"' {
			i++
		}
		if i > start && i < len(line) && line[i] == '=' {
			key := line[start:i]
			i++
			value := ""
			switch q, err := strconv.QuotedPrefix(line[i:]); {
			case i >= len(line) || line[i] != '"':
				vs := i
				for i < len(line) && line[i] != ' ' {
					i++
				}
				value = line[vs:i]
			case err != nil: // an unterminated quote: the rest is its value, as written
				value, i = line[i+1:], len(line)
			default:
				if unquote {
					value, _ = strconv.Unquote(q)
				}
				i += len(q)
			}
			structured = true
			onAttr(key, value)
			continue
		}
		for i < len(line) && line[i] != ' ' {
			i++
		}
		if i > start {
			onFree(line[start:i])
		}
	}
	return structured
}

// flatten adds the members of v to attrs, with their groups joined by dots.
func flatten(prefix string, v map[string]any, attrs []attr) []attr {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		key := k
		if prefix != "" {
			key = prefix + "." + k
		}
		switch x := v[k].(type) {
		case map[string]any:
			attrs = flatten(key, x, attrs)
		case string:
			attrs = append(attrs, attr{key, x})
		case json.Number:
			attrs = append(attrs, attr{key, x.String()})
		case bool:
			attrs = append(attrs, attr{key, strconv.FormatBool(x)})
		}
	}
	return attrs
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
