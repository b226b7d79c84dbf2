// Command rtcerr looks up the RTC service's error codes: what a number or an
// identifier means in each set that has it, and what to do about it.
//
// Usage:
//
//	rtcerr [-lang tag] [-set server|android|ios] [-json | -markdown] code...
//	rtcerr -list [-lang tag] [-set ...] [-json | -markdown]
//
// A code is a number (814, -502), a vendor identifier (TICKET_EXPIRED,
// EMErrorCallBusy) or a Go constant (ServerTicketExpired). A number can be a
// code of several sets with different meanings: 814 prints both the Android
// and the iOS code.
//
// The language follows -lang, else LC_ALL, LC_MESSAGES or LANG (zh_CN.UTF-8
// gives Chinese, zh_TW.UTF-8 Traditional Chinese), else English.
//
// Exit status: 0 when every code was found, 1 when any was not (the others
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

	"golang.org/x/text/language"

	"github.com/rtckit/errcode"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, os.Getenv))
}

const (
	exitOK       = 0
	exitNotFound = 1
	exitUsage    = 2
)

// run is the whole command, for tests to call in-process.
func run(args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	flags := flag.NewFlagSet("rtcerr", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() {
		fmt.Fprint(stderr, "usage: rtcerr [-lang tag] [-set server|android|ios] [-json | -markdown] code...\n       rtcerr -list [flags]\n\n")
		flags.PrintDefaults()
	}
	lang := flags.String("lang", "", "language of descriptions and hints: en, zh, zh-Hant, or any tag or locale (default: from LC_ALL, LC_MESSAGES, LANG)")
	setName := flags.String("set", "", "look in one set only: server, android or ios")
	list := flags.Bool("list", false, "print every code")
	asJSON := flags.Bool("json", false, "print a JSON array")
	asMarkdown := flags.Bool("markdown", false, "print a Markdown table")
	queries, err := parseArgs(flags, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	usage := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "rtcerr: "+format+"\n", a...)
		flags.Usage()
		return exitUsage
	}
	if *asJSON && *asMarkdown {
		return usage("-json and -markdown exclude each other")
	}
	if *list != (len(queries) == 0) {
		return usage("give codes to look up, or -list")
	}
	sets := []errcode.Set{errcode.SetServer, errcode.SetAndroid, errcode.SetIOS}
	if *setName != "" {
		set, err := errcode.ParseSet(*setName)
		if err != nil {
			return usage("%v", err)
		}
		sets = []errcode.Set{set}
	}
	tag := chooseLanguage(*lang, getenv)

	var found []errcode.Code
	status := exitOK
	if *list {
		for _, set := range sets {
			found = append(found, errcode.Codes(set)...)
		}
	}
	for _, query := range queries {
		matched := lookup(query, sets)
		if len(matched) == 0 {
			fmt.Fprintf(stderr, "rtcerr: %s: no such code in %s\n", query, setNames(sets))
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

// lookup returns the known codes that arg names in sets: by number, vendor
// identifier or Go constant name.
func lookup(arg string, sets []errcode.Set) []errcode.Code {
	arg = strings.TrimPrefix(strings.TrimSpace(arg), "errcode.")
	var codes []errcode.Code
	for _, set := range sets {
		for _, c := range errcode.Codes(set) {
			if matches(c, arg) {
				codes = append(codes, c)
			}
		}
	}
	return codes
}

func matches(c errcode.Code, arg string) bool {
	if arg == c.String() || arg == errcode.GoName(c) || arg == strconv.Itoa(c.Int()) {
		return true
	}
	for _, alias := range errcode.Aliases(c) {
		if arg == alias {
			return true
		}
	}
	return false
}

func setNames(sets []errcode.Set) string {
	names := make([]string, len(sets))
	for i, s := range sets {
		names[i] = s.String()
	}
	if len(names) == 1 {
		return "the " + names[0] + " set"
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
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

func advice(c errcode.Code) string {
	if c.Retryable() {
		return "retryable"
	}
	return "not retryable"
}

func writeText(w io.Writer, codes []errcode.Code, tag language.Tag) error {
	var b strings.Builder
	for i, c := range codes {
		if i > 0 {
			b.WriteString("\n")
		}
		names := append([]string{c.String()}, errcode.Aliases(c)...)
		fmt.Fprintf(&b, "%s %d %s (errcode.%s)\n", c.Set(), c.Int(), strings.Join(names, ", "), errcode.GoName(c))
		fmt.Fprintf(&b, "  description: %s\n", c.Description(tag))
		fmt.Fprintf(&b, "  hint:        %s\n", c.Hint(tag))
		fmt.Fprintf(&b, "  kind:        %s, HTTP %d, %s\n", c.Kind().String(), c.HTTPStatus(), advice(c))
		if !errcode.Documented(c) {
			b.WriteString("  source:      the vendor's shipped SDK; the vendor's table leaves it out\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// record is a code as -json prints it.
type record struct {
	Set         string            `json:"set"`
	Name        string            `json:"name"`
	Aliases     []string          `json:"aliases"`
	Code        int               `json:"code"`
	Go          string            `json:"go"`
	Kind        string            `json:"kind"`
	HTTPStatus  int               `json:"http_status"`
	Retryable   bool              `json:"retryable"`
	Source      string            `json:"source"` // "table", or "sdk" for a code that only the shipped SDK defines
	Description map[string]string `json:"description"`
	Hint        map[string]string `json:"hint"`
}

// source says where a code comes from: the vendor's table, or only the
// vendor's shipped SDK.
func source(c errcode.Code) string {
	if errcode.Documented(c) {
		return "table"
	}
	return "sdk"
}

func writeJSON(w io.Writer, codes []errcode.Code) error {
	records := make([]record, len(codes))
	for i, c := range codes {
		r := record{
			Set:         c.Set().String(),
			Name:        c.String(),
			Aliases:     append([]string{}, errcode.Aliases(c)...),
			Code:        c.Int(),
			Go:          "errcode." + errcode.GoName(c),
			Kind:        c.Kind().String(),
			HTTPStatus:  c.HTTPStatus(),
			Retryable:   c.Retryable(),
			Source:      source(c),
			Description: map[string]string{},
			Hint:        map[string]string{},
		}
		for _, tag := range errcode.Languages() {
			r.Description[tag.String()] = c.Description(tag)
			r.Hint[tag.String()] = c.Hint(tag)
		}
		records[i] = r
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(records)
}

func writeMarkdown(w io.Writer, codes []errcode.Code, tag language.Tag) error {
	var b strings.Builder
	b.WriteString("| Set | Code | Identifier | Go constant | Kind | HTTP | Retry | Description |\n")
	b.WriteString("|---|---:|---|---|---|---:|---|---|\n")
	for _, c := range codes {
		names := "`" + strings.Join(append([]string{c.String()}, errcode.Aliases(c)...), "`, `") + "`"
		if !errcode.Documented(c) {
			names += " (SDK only)"
		}
		retry := "no"
		if c.Retryable() {
			retry = "yes"
		}
		fmt.Fprintf(&b, "| %s | %d | %s | `%s` | %s | %d | %s | %s |\n",
			c.Set(), c.Int(), names, errcode.GoName(c), c.Kind().String(), c.HTTPStatus(), retry, strings.ReplaceAll(c.Description(tag), "|", `\|`))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
