// Command rtcerr explains the RTC service's error codes and its REST
// gateway's error reasons: what a number, an identifier or a reason means in
// each set that has it, what to do about it, its kind, the HTTP status a
// service answers with, and whether a retry can help.
//
// Usage:
//
//	rtcerr [-lang tag] [-set name] [-json | -markdown] query...
//	rtcerr -list [-lang tag] [-set name] [-json | -markdown]
//
// A query is a number (814, -502), a vendor identifier (TICKET_EXPIRED,
// EMErrorCallBusy, CALL_VIDEO_ISFUll), a gateway reason exactly as the
// gateway sends it (reach_limit, 'Request Entity Too Large') or a Go
// constant (ServerTicketExpired, errcode.ReasonReachLimit). A number can be
// a code of several sets with different meanings: 814 prints both the
// Android and the iOS code.
//
// The language follows -lang, else LC_ALL, LC_MESSAGES or LANG (zh_CN.UTF-8
// gives Chinese, zh_TW.UTF-8 Traditional Chinese), else English. -json
// prints every language and ignores -lang; -markdown prints descriptions
// only.
//
// Exit status: 0 when every query was found, 1 when any was not (the others
// are still printed), 2 on a usage error.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/internal/registry"
)

func main() {
	var stdin io.Reader // nil when it is a terminal: rtcerr reads only a pipe or a file by itself
	if info, err := os.Stdin.Stat(); err == nil && info.Mode()&os.ModeCharDevice == 0 {
		stdin = os.Stdin
	}
	os.Exit(run(os.Args[1:], stdin, os.Stdout, os.Stderr, os.Getenv))
}

const (
	exitOK       = 0
	exitNotFound = 1
	exitUsage    = 2
)

// run is the whole command, for tests to call in-process. stdin is nil when
// it is a terminal.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	flags := flag.NewFlagSet("rtcerr", flag.ContinueOnError)
	// The flag package echoes an unknown flag raw: rtcerr prints its errors
	// itself, escaped, as it prints everything of its input.
	flags.SetOutput(io.Discard)
	flags.Usage = func() {}
	lang := flags.String("lang", "", "the `tag` of the language of descriptions, hints and labels")
	setName := flags.String("set", "", "look in the set of this `name` only")
	list := flags.Bool("list", false, "print every code, then every gateway reason")
	asJSON := flags.Bool("json", false, "print a JSON array, in every language")
	asMarkdown := flags.Bool("markdown", false, "print a Markdown table of descriptions")
	queries, err := parseArgs(flags, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stderr, usageText)
			return exitOK
		}
		fmt.Fprintf(stderr, "%s\n%s", safe(err.Error()), usageText)
		return exitUsage
	}
	usage := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "rtcerr: "+format+"\n", a...)
		fmt.Fprint(stderr, usageText)
		return exitUsage
	}
	if *asJSON && *asMarkdown {
		return usage("-json and -markdown exclude each other")
	}
	readLines := len(queries) == 1 && queries[0] == "-" || len(queries) == 0 && !*list && stdin != nil
	switch {
	case readLines && (*list || *asJSON || *asMarkdown):
		return usage("reading lines (-) prints annotated lines: -list, -json and -markdown do not apply")
	case readLines && stdin == nil:
		return usage("- reads standard input, which is a terminal here")
	case !readLines && *list != (len(queries) == 0):
		return usage("give queries to look up, or -list, or - to annotate lines from standard input")
	}
	sets, searched := allSets, append(slices.Clip(allSets), networkSet, kindSet)
	if *setName != "" {
		if !slices.Contains(searched, *setName) {
			return usage("unknown set %s (want one of %s)", quote(*setName), strings.Join(searched, ", "))
		}
		sets, searched = []string{*setName}, []string{*setName}
	}
	tag := chooseLanguage(*lang, getenv)
	if readLines {
		return annotate(stdin, stdout, stderr, searched, tag)
	}

	var found []entry
	status := exitOK
	if *list {
		for _, set := range sets {
			found = append(found, entries(set)...)
		}
	}
	for _, query := range queries {
		matched := lookup(query, searched)
		if len(matched) == 0 {
			fmt.Fprintf(stderr, "rtcerr: %s: %s%s\n", quote(query), notFound(sets), didYouMean(query, searched))
			status = exitNotFound
		}
		found = append(found, matched...)
	}

	switch {
	case *asJSON:
		err = writeJSON(stdout, found)
	case *asMarkdown:
		err = writeMarkdown(stdout, found, tag)
	default:
		err = writeText(stdout, found, tag)
	}
	if err != nil { // stdout is gone: nothing was printed for sure
		fmt.Fprintf(stderr, "rtcerr: %v\n", err)
		return exitNotFound
	}
	return status
}

// parseArgs parses flags wherever they stand and returns the codes in their
// order. A negative number is a code, not a flag: rtcerr -502 looks up -502.
func parseArgs(flags *flag.FlagSet, args []string) ([]string, error) {
	var codes []string
	for len(args) > 0 {
		switch {
		case args[0] == "--":
			return append(codes, args[1:]...), nil
		case isNegativeNumber(args[0]):
			codes, args = append(codes, args[0]), args[1:]
			continue
		}
		// The flag package would take a negative number for a flag: parse
		// only up to the next one.
		next := 1 + slices.IndexFunc(args[1:], func(a string) bool { return a == "--" || isNegativeNumber(a) })
		if next == 0 {
			next = len(args)
		}
		if err := flags.Parse(args[:next]); err != nil {
			return nil, err
		}
		rest := flags.Args()
		if len(rest) > 0 {
			codes, rest = append(codes, rest[0]), rest[1:]
		}
		args = slices.Concat(rest, args[next:])
	}
	return codes, nil
}

func isNegativeNumber(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil && strings.HasPrefix(s, "-")
}

// entry is what rtcerr prints: a code of one of the sets, a reason of the
// REST gateway, a network failure (networkEntry) or a kind: everything the
// library prints a name of.
type entry interface {
	String() string
	Description(language.Tag) string
	Hint(language.Tag) string
	Kind() errcode.Kind
	HTTPStatus() int
	Retryable() bool
	Remedy() errcode.Remedy
}

// networkEntry is a network failure, with the status a service answers it
// with.
type networkEntry struct{ errcode.NetworkFailure }

func (n networkEntry) HTTPStatus() int { return errcode.AnswerFor(n.NetworkFailure).HTTPStatus }

// The names rtcerr gives the network failures and the kinds, which are no
// sets of the library's: -set takes them, and a query or a line finds them.
const (
	networkSet = "network"
	kindSet    = "kind"
)

// allSets names the sets in the order -list prints them: the codes' sets,
// then the gateway's reasons.
var allSets = func() []string {
	var names []string
	for _, s := range errcode.Sets() {
		names = append(names, s.String())
	}
	return names
}()

// entries returns every known entry of the set that name names.
func entries(name string) []entry {
	var out []entry
	switch name {
	case networkSet:
		for n := errcode.NetworkFailure(1); n.GoName() != ""; n++ {
			out = append(out, networkEntry{n})
		}
		return out
	case kindSet:
		for k := errcode.Kind(0); k.GoName() != ""; k++ {
			out = append(out, k)
		}
		return out
	}
	set, _ := errcode.ParseSet(name)
	if set == errcode.SetGateway {
		for _, r := range errcode.Reasons() {
			out = append(out, r)
		}
		return out
	}
	for _, c := range errcode.Codes(set) {
		out = append(out, c)
	}
	return out
}

// lookup returns the entries that arg names in sets: by number, vendor
// identifier, gateway reason or Go constant name, in any case where nothing
// matches exactly; by a set's prefix, as the catalog's keys spell it
// (server.TICKET_EXPIRED); as a code's String spells an unknown code
// (ServerCode(-999)), which gives that unknown code; or, where nothing else
// matches, by a remedy (rejoin, RemedyRejoin), which gives every entry
// with that remedy.
func lookup(arg string, sets []string) []entry {
	arg = strings.TrimPrefix(strings.TrimSpace(arg), "errcode.")
	if set, rest, ok := strings.Cut(arg, "."); ok && slices.Contains(sets, set) {
		return lookup(rest, []string{set})
	}
	if c, ok := unknownCode(arg, sets); ok {
		return []entry{c}
	}
	for _, equal := range []func(a, b string) bool{func(a, b string) bool { return a == b }, strings.EqualFold} {
		var found []entry
		for _, set := range sets {
			for _, e := range entries(set) {
				matches := func(n string) bool { return equal(arg, n) }
				if slices.ContainsFunc(goNames(e), matches) || slices.ContainsFunc(names(e), matches) {
					found = append(found, e)
				} else if n, ok := number(e); ok && arg == strconv.Itoa(n) {
					found = append(found, e)
				}
			}
		}
		if len(found) > 0 {
			return found
		}
	}
	return withRemedy(arg, sets)
}

// withRemedy returns the entries of sets whose remedy arg names, as its
// String or its constant spells it (rejoin, RemedyRejoin), in any case.
func withRemedy(arg string, sets []string) []entry {
	var found []entry
	for r := errcode.Remedy(0); r.GoName() != ""; r++ {
		if !strings.EqualFold(arg, r.String()) && !strings.EqualFold(arg, r.GoName()) {
			continue
		}
		for _, set := range sets {
			for _, e := range entries(set) {
				if e.Remedy() == r {
					found = append(found, e)
				}
			}
		}
	}
	return found
}

// unknownCode reads a code as String spells one: ServerCode(-999).
func unknownCode(arg string, sets []string) (errcode.Code, bool) {
	typeName, rest, ok := strings.Cut(arg, "(")
	number, ok2 := strings.CutSuffix(rest, ")")
	if !ok || !ok2 {
		return nil, false
	}
	n, err := strconv.Atoi(number)
	if err != nil {
		return nil, false
	}
	for _, rs := range registry.Sets {
		if rs.Type != typeName || !slices.Contains(sets, rs.Name) {
			continue
		}
		s, _ := errcode.ParseSet(rs.Name)
		if c, _ := errcode.Lookup(s, n); c != nil {
			return c, true
		}
	}
	return nil, false
}

// setName returns the name of e's set: "gateway" for a reason, "network"
// for a network failure and "kind" for a kind.
func setName(e entry) string {
	switch e := e.(type) {
	case errcode.Code:
		return e.Set().String()
	case errcode.Reason:
		return errcode.SetGateway.String()
	case networkEntry:
		return networkSet
	}
	return kindSet
}

// number returns e's number; a reason has none.
func number(e entry) (int, bool) {
	if c, ok := e.(errcode.Code); ok {
		return c.Int(), true
	}
	return 0, false
}

// names returns e's identifier, then its aliases.
func names(e entry) []string {
	if c, ok := e.(errcode.Code); ok {
		return append([]string{c.String()}, c.Aliases()...)
	}
	return []string{e.String()}
}

// goNames returns the names of e's Go constants: its own, then its
// aliases' (ServerBadRequest is ServerException).
func goNames(e entry) []string {
	all := []string{goName(e)}
	c, ok := e.(errcode.Code)
	if !ok {
		return all
	}
	for _, s := range registry.Sets {
		if s.Name != c.Set().String() {
			continue
		}
		for _, row := range s.Codes {
			if int(row.Value) == c.Int() {
				for _, a := range row.Aliases {
					all = append(all, a.GoName)
				}
			}
		}
	}
	return all
}

// goName returns the name of e's constant, or "" for an unknown code or
// reason.
func goName(e entry) string {
	switch e := e.(type) {
	case errcode.Code:
		return e.GoName()
	case errcode.Reason:
		return e.GoName()
	case networkEntry:
		return e.GoName()
	case errcode.Kind:
		return e.GoName()
	}
	return ""
}

// source says where a code comes from: the vendor's table, only the
// vendor's shipped SDK, only its web demo, or nowhere the library knows
// ("unknown"); "" for everything else.
func source(e entry) string {
	c, ok := e.(errcode.Code)
	switch {
	case !ok:
		return ""
	case c.Documented():
		return "table"
	case !c.Known():
		return "unknown"
	}
	if row, ok := rowOf(c); ok && row.Origin == registry.Demo {
		return "demo"
	}
	return "sdk"
}

// rowOf returns c's row in the registry.
func rowOf(c errcode.Code) (registry.Code, bool) {
	for _, s := range registry.Sets {
		if s.Name != c.Set().String() {
			continue
		}
		for _, row := range s.Codes {
			if int(row.Value) == c.Int() {
				return row, true
			}
		}
	}
	return registry.Code{}, false
}

// notFound says what was looked in for a query that matched nothing.
func notFound(sets []string) string {
	switch {
	case len(sets) == 1 && sets[0] == "gateway":
		return "no such gateway reason"
	case len(sets) == 1:
		return "no such code in the " + sets[0] + " set"
	}
	return "no such code in any set (" + strings.Join(sets[:len(sets)-1], ", ") + "), and no such gateway reason"
}

// chooseLanguage returns the shipped language for -lang, or else for the
// first of the POSIX locale variables that is set.
func chooseLanguage(flagValue string, getenv func(string) string) language.Tag {
	if flagValue != "" {
		return errcode.MatchLanguage(localeTag(flagValue))
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			return errcode.MatchLanguage(localeTag(v))
		}
	}
	return language.English
}

// localeTag turns a POSIX locale such as zh_TW.UTF-8 or sr_RS@latin into a
// BCP 47 tag such as zh-TW; C and POSIX mean English.
func localeTag(locale string) string {
	locale, _, _ = strings.Cut(locale, ".")
	locale, _, _ = strings.Cut(locale, "@")
	if locale == "C" || locale == "POSIX" {
		return "en"
	}
	return strings.ReplaceAll(locale, "_", "-")
}

func writeText(w io.Writer, found []entry, tag language.Tag) error {
	l := labelsFor(tag)
	var b strings.Builder
	for i, e := range found {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(setName(e))
		if n, ok := number(e); ok {
			fmt.Fprintf(&b, " %d", n)
		}
		if name := goName(e); name != "" {
			fmt.Fprintf(&b, " %s (errcode.%s)\n", safe(strings.Join(names(e), ", ")), name)
		} else {
			fmt.Fprintf(&b, " %s (%s)\n", safe(strings.Join(names(e), ", ")), l.unknown)
		}
		fmt.Fprintf(&b, "  %s%s\n", l.description, e.Description(tag))
		fmt.Fprintf(&b, "  %s%s\n", l.hint, e.Hint(tag))
		advice := l.notRetryable
		if e.Retryable() {
			advice = l.retryable
		}
		fmt.Fprintf(&b, "  %s%s%sHTTP %d%s%s\n", l.kind, e.Kind().String(), l.comma, e.HTTPStatus(), l.comma, advice)
		fmt.Fprintf(&b, "  %s%s\n", l.remedy, e.Remedy())
		switch source(e) {
		case "sdk":
			fmt.Fprintf(&b, "  %s%s\n", l.source, l.sdkOnly)
		case "demo":
			fmt.Fprintf(&b, "  %s%s\n", l.source, l.demoOnly)
		case "unknown":
			fmt.Fprintf(&b, "  %s%s\n", l.source, l.unknownSource)
		}
		if n := disagreement(e); n != "" {
			fmt.Fprintf(&b, "  %s%s\n", l.note, n)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// disagreement returns the registry's note on where the vendor's documents
// disagree about e, or "".
func disagreement(e entry) string {
	if c, ok := e.(errcode.Code); ok {
		row, _ := rowOf(c)
		return row.Disagreement
	}
	return ""
}

// record is an entry as -json prints it. A gateway reason has no code and no
// source.
type record struct {
	Set         string            `json:"set"`
	Name        string            `json:"name"`
	Aliases     []string          `json:"aliases"`
	Code        *int              `json:"code,omitempty"`
	Go          string            `json:"go,omitempty"` // "" for an unknown code, which no constant names
	Kind        string            `json:"kind"`
	HTTPStatus  int               `json:"http_status"`
	Retryable   bool              `json:"retryable"`
	Remedy      string            `json:"remedy"`           // errcode.Remedy's name, such as "rejoin"
	Source      string            `json:"source,omitempty"` // "table"; "sdk" for a code that only a shipped SDK defines; "demo" for one that only the vendor's web demo labels; "unknown" for a code the library does not know
	Description map[string]string `json:"description"`
	Hint        map[string]string `json:"hint"`
}

func writeJSON(w io.Writer, found []entry) error {
	records := make([]record, len(found))
	for i, e := range found {
		all := names(e)
		r := record{
			Set:         setName(e),
			Name:        all[0],
			Aliases:     all[1:],
			Go:          goNameOf(e),
			Kind:        e.Kind().String(),
			HTTPStatus:  e.HTTPStatus(),
			Retryable:   e.Retryable(),
			Remedy:      e.Remedy().String(),
			Source:      source(e),
			Description: map[string]string{},
			Hint:        map[string]string{},
		}
		if n, ok := number(e); ok {
			r.Code = &n
		}
		for _, tag := range errcode.Languages() {
			r.Description[tag.String()] = e.Description(tag)
			r.Hint[tag.String()] = e.Hint(tag)
		}
		records[i] = r
	}
	enc := json.NewEncoder(jsonSafeWriter{w})
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(records)
}

// goNameOf returns e's constant as Go code names it, errcode.ServerTicketExpired,
// or "" for an unknown code.
func goNameOf(e entry) string {
	if name := goName(e); name != "" {
		return "errcode." + name
	}
	return ""
}

func writeMarkdown(w io.Writer, found []entry, tag language.Tag) error {
	l := labelsFor(tag)
	var b strings.Builder
	b.WriteString(l.tableHeader + "\n")
	b.WriteString("|---|---:|---|---|---|---:|---|---|---|\n")
	for _, e := range found {
		code := ""
		if n, ok := number(e); ok {
			code = strconv.Itoa(n)
		}
		identifiers := "`" + safe(strings.Join(names(e), "`, `")) + "`"
		switch source(e) {
		case "sdk":
			identifiers += " (" + l.sdkOnlyShort + ")"
		case "demo":
			identifiers += " (" + l.demoOnlyShort + ")"
		case "unknown":
			identifiers += " (" + l.unknown + ")"
		}
		retry := l.no
		if e.Retryable() {
			retry = l.yes
		}
		constant := ""
		if name := goName(e); name != "" {
			constant = "`" + name + "`"
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %d | %s | %s | %s |\n",
			setName(e), code, identifiers, constant, e.Kind().String(), e.HTTPStatus(), retry, e.Remedy(), strings.ReplaceAll(safe(e.Description(tag)), "|", `\|`))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// maxQuoted is how much of a query an error message echoes.
const maxQuoted = 64

// quote returns a query as it is safe to echo on one line of a terminal: in
// Go's double quotes, with control characters and bidirectional overrides
// escaped, and at most maxQuoted bytes of it.
func quote(query string) string {
	if len(query) > maxQuoted {
		cut := maxQuoted
		for cut > 0 && !utf8.RuneStart(query[cut]) {
			cut--
		}
		return strconv.Quote(query[:cut]) + "…"
	}
	return strconv.Quote(query)
}

// usageText is rtcerr's help, in the style of the go command's.
const usageText = `usage: rtcerr [-lang tag] [-set name] [-json | -markdown] query...
       rtcerr -list [-lang tag] [-set name] [-json | -markdown]
       rtcerr [-lang tag] [-set name] - < log

Rtcerr explains the RTC service's error codes and its REST gateway's error
reasons: what each means, what to do about it (in words, and as a remedy a
program switches on), its kind, the HTTP status your service should answer
its own client with, and whether a retry can help.

A query is one of:

	a number            814, -502 (814 is a code of two sets, and prints both)
	a vendor identifier TICKET_EXPIRED, EMErrorCallBusy, CALL_VIDEO_ISFUll
	a gateway reason    reach_limit, 'Request Entity Too Large'
	a Go constant       ServerTicketExpired, errcode.ReasonReachLimit
	a set and a name    server.TICKET_EXPIRED, gateway.reach_limit
	an unknown code     ServerCode(-999), as the library prints one
	a network failure   connection_refused, errcode.NetworkConnectionRefused
	a kind              UNAVAILABLE, errcode.Unavailable
	a remedy            rejoin, errcode.RemedyRejoin: everything with that remedy

Names match in any case when nothing matches exactly. A query that matches
nothing is answered with the nearest codes and reasons (a number without
its minus sign, a name one or two letters off), and rtcerr exits 1.

With -, or with no query when standard input is a pipe or a file, rtcerr reads
lines, such as pasted logs, and prints each (every control, format and
bidirectional character escaped, and a line longer than 64 KiB cut, with how
much was cut), followed by a line for everything it names: by the attributes
that the library's Attr writes (set= and code=, reason=, network=, kind=, in
slog's text or JSON), by the library's own error texts (rtc server error ...
(-502)), by error.type values (errcode.ServerTicketExpired), and by vendor
identifiers in free text; never by a peer's words inside them (message=,
error_description=, what follows an error text's own part). A reason= that
is not in a group the library wrote is another program's. It exits 0 when
some line named one, 1 when none did.

The flags are:

	-json
		print a JSON array, with descriptions and hints in every language;
		-lang is ignored.
	-lang tag
		the language of descriptions, hints and labels: en, zh, zh-Hant,
		or any tag or locale (zh_TW.UTF-8). By default, the language of
		LC_ALL, LC_MESSAGES or LANG, else English, in every mode but
		-json, which has every language. Notes on where the vendor's
		documents disagree are in English: they are for developers.
	-list
		print every code of every set, then every gateway reason.
	-markdown
		print a Markdown table, with descriptions but not hints.
	-set name
		look in one set only: server, android, ios, web (the web SDK's
		codes), webexit (its exit reasons), gateway (the REST gateway's
		reasons), network (the library's network failures) or kind (its
		kinds). Without -set, -list lists the first six.

-json's "remedy" is the remedy's name, as the library logs it. Its "source"
is "table" for a code of the vendor's table, "sdk" for one that only a
shipped SDK defines, "demo" for one that only the vendor's web demo labels,
and "unknown" for one the library does not know (which has no "go"
constant); a gateway reason, a network failure and a kind have none.

Exit status: 0 when every query was found, 1 when any was not (the others
are still printed), 2 on a usage error.
`

// labels are the words rtcerr's text output puts around the library's, in
// one language, padded to line up.
type labels struct {
	description, hint, kind, remedy, source, note string
	retryable, notRetryable                       string
	comma, semicolon                              string
	hintInline                                    string
	sdkOnly, demoOnly, unknownSource              string
	unknown                                       string // an unknown code, in place of its constant
	tableHeader                                   string // -markdown's
	sdkOnlyShort, demoOnlyShort                   string
	yes, no                                       string
	cut                                           string // a long line's end: %d is how many bytes were cut
}

var (
	englishLabels = labels{
		description: "description: ", hint: "hint:        ", kind: "kind:        ", remedy: "remedy:      ", source: "source:      ", note: "note:        ",
		retryable: "retryable", notRetryable: "not retryable", comma: ", ", semicolon: "; ", hintInline: "hint: ",
		sdkOnly:       "the vendor's shipped SDK; the vendor's table leaves it out",
		demoOnly:      "the vendor's web demo, which labels it; neither the vendor's table nor an SDK defines it",
		unknownSource: "unknown: neither the vendor's table nor its SDKs, as this library knows them, define it",
		unknown:       "unknown code",
		tableHeader:   "| Set | Code | Identifier | Go constant | Kind | HTTP | Retry | Remedy | Description |",
		sdkOnlyShort:  "SDK only", demoOnlyShort: "web demo only", yes: "yes", no: "no",
		cut: "… (%d more bytes cut)",
	}
	chineseLabels = labels{
		description: "说明：", hint: "建议：", kind: "类别：", remedy: "对策：", source: "来源：", note: "备注：",
		retryable: "可重试", notRetryable: "不可重试", comma: "，", semicolon: "；", hintInline: "建议：",
		sdkOnly:       "服务商发布的 SDK；服务商的错误码表未列出",
		demoOnly:      "服务商的 Web 示例程序给出的标签；服务商的错误码表和 SDK 均未定义",
		unknownSource: "未知：本库所知的服务商错误码表和 SDK 均未定义",
		unknown:       "未知错误码",
		tableHeader:   "| 集合 | 错误码 | 标识符 | Go 常量 | 类别 | HTTP | 可重试 | 对策 | 说明 |",
		sdkOnlyShort:  "仅 SDK", demoOnlyShort: "仅 Web 示例程序", yes: "是", no: "否",
		cut: "…（另有 %d 字节已截去）",
	}
	traditionalChineseLabels = labels{
		description: "說明：", hint: "建議：", kind: "類別：", remedy: "對策：", source: "來源：", note: "備註：",
		retryable: "可重試", notRetryable: "不可重試", comma: "，", semicolon: "；", hintInline: "建議：",
		sdkOnly:       "服務供應商發布的 SDK；服務供應商的錯誤碼表未列出",
		demoOnly:      "服務供應商的 Web 範例程式給出的標籤；服務供應商的錯誤碼表與 SDK 皆未定義",
		unknownSource: "未知：本函式庫所知的服務供應商錯誤碼表與 SDK 皆未定義",
		unknown:       "未知錯誤碼",
		tableHeader:   "| 集合 | 錯誤碼 | 識別碼 | Go 常數 | 類別 | HTTP | 可重試 | 對策 | 說明 |",
		sdkOnlyShort:  "僅 SDK", demoOnlyShort: "僅 Web 範例程式", yes: "是", no: "否",
		cut: "…（另有 %d 位元組已截去）",
	}
)

// labelsFor returns the labels of the shipped language tag, which
// chooseLanguage returned.
func labelsFor(tag language.Tag) labels {
	switch tag {
	case language.Chinese:
		return chineseLabels
	case language.TraditionalChinese:
		return traditionalChineseLabels
	}
	return englishLabels
}
