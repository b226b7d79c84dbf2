package errcode

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Set names one of the vendor's code sets. The same number can mean different
// things in different sets, so a code is always read together with its set.
type Set uint8

const (
	// SetServer is the conference server's set: 0 for success, negative numbers for failures.
	SetServer Set = iota + 1
	// SetAndroid is the Android SDK's set: positive numbers.
	SetAndroid
	// SetIOS is the iOS SDK's set: positive numbers.
	SetIOS
	// SetGateway is the set of the REST gateway's reasons: strings, such as
	// "reach_limit", not numbers. A Reason belongs to it; no Code does, so
	// Codes and Lookup have nothing for it (Reasons lists the reasons).
	SetGateway
)

// String returns "server", "android", "ios" or "gateway", or "Set(N)" for
// any other value. These names are stable: problem bodies and gRPC statuses
// carry them.
func (s Set) String() string {
	switch s {
	case SetServer:
		return "server"
	case SetAndroid:
		return "android"
	case SetIOS:
		return "ios"
	case SetGateway:
		return "gateway"
	}
	return "Set(" + strconv.Itoa(int(s)) + ")"
}

// ParseSet returns the set that String names: "server", "android", "ios" or
// "gateway".
func ParseSet(s string) (Set, error) {
	for _, set := range [...]Set{SetServer, SetAndroid, SetIOS, SetGateway} {
		if s == set.String() {
			return set, nil
		}
	}
	return 0, fmt.Errorf("errcode: unknown set %q (want server, android, ios or gateway)", shorten(s, maxQuoted))
}

// sets lists every Set of codes, in order.
var sets = [...]Set{SetServer, SetAndroid, SetIOS}

// Code is what the codes of every set have in common: ServerCode, AndroidCode
// and IOSCode satisfy it, and nothing else can. A Code is an error, so it can
// be returned, wrapped and matched with errors.Is like any other.
type Code interface {
	error
	fmt.Stringer
	// Set returns the set the code belongs to.
	Set() Set
	// Int returns the code's number.
	Int() int
	// Known reports whether the library knows the number: the vendor's
	// table lists it, or the vendor's shipped SDK defines it (Documented
	// tells which).
	Known() bool
	// Description returns what the code means, in the shipped language that
	// best matches tag.
	Description(tag language.Tag) string
	// Hint returns what the caller should do about it, in the shipped
	// language that best matches tag.
	Hint(tag language.Tag) string
	// Kind returns the code's category.
	Kind() Kind
	// HTTPStatus returns the HTTP status that the code's kind maps to.
	HTTPStatus() int
	// Retryable reports whether the same request, sent again unchanged, can succeed.
	Retryable() bool
	// Documented reports whether the vendor's table of error codes lists
	// the code. It is false for the codes that only the vendor's shipped
	// SDKs define, such as IOSCallDesktopFull (826), and for unknown codes.
	Documented() bool
	// GoName returns the name of the code's constant in this package, such
	// as "ServerTicketExpired", or "" for an unknown code. It is
	// meant for tools that generate code or documentation.
	GoName() string
	// Aliases returns the other vendor identifiers that parse to the code:
	// the table lists -501 as both EXCEPTION and BAD_REQUEST, so
	// ServerException.Aliases() is ["BAD_REQUEST"], and the shipped Android
	// SDK names 824 CALL_VIDEO_ISFUll. Most codes have none.
	Aliases() []string

	// isCode seals the interface: only ServerCode, AndroidCode and IOSCode
	// satisfy it, so that methods can be added to it without breaking
	// anyone.
	isCode()
}

// Lookup returns the code numbered value in set, and whether the library
// knows it: the vendor's table lists it, or the vendor's shipped SDK defines
// it (Code.Documented tells which). An unknown number that fits the set's
// type still comes back as a Code, so it is not lost; a number outside int32,
// SetGateway (whose reasons have no numbers) or an unknown set gives nil.
func Lookup(set Set, value int) (Code, bool) {
	if value < math.MinInt32 || value > math.MaxInt32 {
		return nil, false
	}
	switch set {
	case SetServer:
		c := ServerCode(value)
		return c, c.Known()
	case SetAndroid:
		c := AndroidCode(value)
		return c, c.Known()
	case SetIOS:
		c := IOSCode(value)
		return c, c.Known()
	}
	return nil, false
}

// Codes returns every known code of set in the vendor's order, each value
// once; nil for SetGateway, whose reasons Reasons lists, and for an unknown
// set. ServerCodes, AndroidCodes and IOSCodes give the same with their own
// types.
func Codes(set Set) []Code {
	switch set {
	case SetServer:
		return asCodes(ServerCodes())
	case SetAndroid:
		return asCodes(AndroidCodes())
	case SetIOS:
		return asCodes(IOSCodes())
	}
	return nil
}

func asCodes[C Code](codes []C) []Code {
	out := make([]Code, len(codes))
	for i, c := range codes {
		out[i] = c
	}
	return out
}

// CodeOf returns the first Code in err's chain, as errors.As finds it.
func CodeOf(err error) (Code, bool) {
	// errors.As checks each error of the chain for the Code interface by
	// reflection; a plain chain of wraps, the common case, is walked here
	// with type switches instead, several times faster.
	for e := err; e != nil; {
		switch x := e.(type) {
		case *Error:
			if x == nil {
				return nil, false
			}
			if x.Code != nil {
				return x.Code, true
			}
			e = x.Err
			continue
		case Code:
			return x, true
		case interface{ As(any) bool }, interface{ Unwrap() []error }:
			return codeAs(err)
		}
		u, ok := e.(interface{ Unwrap() error })
		if !ok {
			return nil, false
		}
		e = u.Unwrap()
	}
	return nil, false
}

// codeAs is CodeOf for any chain, trees and As methods included.
func codeAs(err error) (Code, bool) {
	var c Code
	if errors.As(err, &c) {
		return c, true
	}
	return nil, false
}

// Is reports whether err matches any of codes, as errors.Is does: for
// example, Is(err, ServerTicketInvalid, ServerTicketExpired).
func Is(err error, codes ...Code) bool {
	for _, c := range codes {
		if errors.Is(err, c) {
			return true
		}
	}
	return false
}

// ParseError is returned when a string or a JSON value names no code of a set.
type ParseError struct {
	Set   Set    // the set that was asked for
	Input string // the input, verbatim
	Err   error  // why a number was rejected, if it looked like one
}

// Error names the input and the set, and the set that the input names a
// code of, if another does.
func (e *ParseError) Error() string {
	msg := "errcode: " + strconv.Quote(shorten(e.Input, maxQuoted)) + " is not a known " + e.Set.String() + " code identifier or an int32 number"
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	for _, set := range sets {
		if set != e.Set && setHasName(set, e.Input) {
			msg += " (it is an identifier of the " + set.String() + " set)"
		}
	}
	return msg
}

// setHasName reports whether name is an identifier of set. It serves error
// messages only, so it reads the public listing rather than the tables.
func setHasName(set Set, name string) bool {
	for _, c := range Codes(set) {
		if c.String() == name || slices.Contains(c.Aliases(), name) {
			return true
		}
	}
	return false
}

// Unwrap returns the cause, such as strconv.ErrRange.
func (e *ParseError) Unwrap() error { return e.Err }

// shorten cuts s to at most n bytes, between characters, with "…" where it
// was cut, so that a huge input does not make a huge message.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// maxQuoted is how much of an input an error message quotes back; the input
// itself stays whole in ParseError.
const maxQuoted = 64

// entry is one row of a set's table: a code, its vendor identifier, the name
// of its Go constant, what to do about it, and where the code comes from.
type entry[C ~int32] struct {
	code      C
	name      string // the vendor identifier, as String returns it
	goName    string
	kind      Kind
	retryable bool
	origin    origin
}

// Spelled out in the tables, retry advice reads better than true and false.
const (
	retry   = true
	noRetry = false
)

// origin is where the library learned of a code.
type origin uint8

const (
	fromTable origin = iota // the vendor's table of error codes
	fromSDK                 // only the vendor's shipped SDK, which the table leaves out
)

// alias is a second vendor identifier for a code that the table lists twice.
type alias[C ~int32] struct {
	code   C
	name   string
	goName string
}

// table is one set's registry. It is built when the package is initialized
// and only read after that; Error's texts are rendered once, on first use.
type table[C ~int32] struct {
	set      Set
	typeName string // the Go type, for String of unknown values
	entries  []entry[C]
	aliases  []alias[C]
	base     int32                // the smallest value in entries
	slots    []uint8              // slots[value-base] is the entry's index plus 1, or 0 for no entry
	texts    [len(shipped)][]text // per shipped language, the set's texts, row for row with entries
	errors   func() []string      // Error's text per entry, rendered on first use
}

// newTable indexes entries by value, so that lookups neither search nor
// allocate. Error's texts are rendered once, on first use rather than at
// init: rendering them all doubles the package's initialization time.
func newTable[C ~int32](set Set, typeName string, entries []entry[C], aliases []alias[C]) *table[C] {
	t := &table[C]{set: set, typeName: typeName, entries: entries, aliases: aliases}
	lo, hi := int32(entries[0].code), int32(entries[0].code)
	for _, e := range entries {
		lo, hi = min(lo, int32(e.code)), max(hi, int32(e.code))
	}
	t.base = lo
	t.slots = make([]uint8, hi-lo+1)
	for i, e := range entries {
		t.slots[int32(e.code)-lo] = uint8(i + 1)
	}
	for l, m := range shipped {
		t.texts[l] = m.texts(set)
	}
	t.errors = sync.OnceValue(func() []string {
		texts := make([]string, len(entries))
		for i, e := range entries {
			texts[i] = "rtc " + set.String() + " error " + e.name + " (" + strconv.Itoa(int(e.code)) + "): " + t.texts[inEnglish][i].description
		}
		return texts
	})
	return t
}

// index returns the position of c in the table.
func (t *table[C]) index(c C) (int, bool) {
	off := int64(c) - int64(t.base)
	if off < 0 || off >= int64(len(t.slots)) || t.slots[off] == 0 {
		return 0, false
	}
	return int(t.slots[off]) - 1, true
}

func (t *table[C]) known(c C) bool {
	_, ok := t.index(c)
	return ok
}

func (t *table[C]) codes() []C {
	codes := make([]C, len(t.entries))
	for i, e := range t.entries {
		codes[i] = e.code
	}
	return codes
}

func (t *table[C]) String(c C) string {
	if i, ok := t.index(c); ok {
		return t.entries[i].name
	}
	return t.typeName + "(" + strconv.Itoa(int(c)) + ")"
}

func (t *table[C]) goName(c C) string {
	if i, ok := t.index(c); ok {
		return t.entries[i].goName
	}
	return ""
}

func (t *table[C]) aliasesOf(c C) []string {
	var names []string
	for _, a := range t.aliases {
		if a.code == c {
			names = append(names, a.name)
		}
	}
	return names
}

func (t *table[C]) Error(c C) string {
	if i, ok := t.index(c); ok {
		return t.errors()[i]
	}
	return "rtc " + t.set.String() + " error " + strconv.Itoa(int(c)) + ": unknown code"
}

// is matches a code of the same set and value, or the code's kind, the way
// syscall.Errno matches fs.ErrPermission.
func (t *table[C]) is(c C, target error) bool {
	switch target := target.(type) {
	case C:
		return target == c
	case Kind:
		return target == t.kind(c)
	}
	return false
}

func (t *table[C]) kind(c C) Kind {
	if i, ok := t.index(c); ok {
		return t.entries[i].kind
	}
	return Unknown
}

func (t *table[C]) documented(c C) bool {
	i, ok := t.index(c)
	return ok && t.entries[i].origin == fromTable
}

func (t *table[C]) retryable(c C) bool {
	if i, ok := t.index(c); ok {
		return t.entries[i].retryable
	}
	return false
}

func (t *table[C]) description(c C, tag language.Tag) string {
	l := languageIndex(tag)
	if i, ok := t.index(c); ok {
		return t.texts[l][i].description
	}
	return fmt.Sprintf(shipped[l].unknown[t.set], int(c))
}

func (t *table[C]) hint(c C, tag language.Tag) string {
	l := languageIndex(tag)
	if i, ok := t.index(c); ok {
		return t.texts[l][i].hint
	}
	return shipped[l].unknownHint
}

// parse accepts a vendor identifier (any alias) or a decimal int32.
func (t *table[C]) parse(s string) (C, error) {
	s = strings.TrimSpace(s)
	if c, ok := t.byName(s); ok {
		return c, nil
	}
	if s == "" || !isDecimal(s) {
		return 0, &ParseError{Set: t.set, Input: s}
	}
	n, err := strconv.ParseInt(s, 10, 32)
	if err != nil {
		return 0, &ParseError{Set: t.set, Input: s, Err: errors.Unwrap(err)}
	}
	return C(n), nil
}

// byName returns the code that a vendor identifier names, any alias included.
func (t *table[C]) byName(name string) (C, bool) {
	for _, e := range t.entries {
		if e.name == name {
			return e.code, true
		}
	}
	for _, a := range t.aliases {
		if a.name == name {
			return a.code, true
		}
	}
	return 0, false
}

// isDecimal reports whether s is an optional sign followed by ASCII digits,
// the only numbers parse accepts: no 0x, no underscores, no spaces inside.
func isDecimal(s string) bool {
	if s[0] == '-' || s[0] == '+' {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func (t *table[C]) marshalJSON(c C) []byte {
	return strconv.AppendInt(nil, int64(c), 10)
}

// unmarshalJSON accepts a JSON number or a JSON string that parse accepts.
// Like encoding/json, it leaves *c alone for null.
func (t *table[C]) unmarshalJSON(c *C, data []byte) error {
	s := string(data)
	switch {
	case s == "null":
		return nil
	case strings.HasPrefix(s, `"`):
		var name string
		if err := json.Unmarshal(data, &name); err != nil {
			return &ParseError{Set: t.set, Input: s, Err: err}
		}
		v, err := t.parse(name)
		if err != nil {
			return err
		}
		*c = v
		return nil
	}
	n, err := strconv.ParseInt(s, 10, 32)
	if err != nil {
		return &ParseError{Set: t.set, Input: s, Err: errors.Unwrap(err)}
	}
	*c = C(n)
	return nil
}

// logValue is the group a code logs as: set, number, identifier, kind and the
// English description, so that a log line is readable without the table.
func (t *table[C]) logValue(c C) slog.Value {
	return slog.GroupValue(
		slog.String("set", t.set.String()),
		slog.Int("code", int(c)),
		slog.String("name", t.String(c)),
		slog.String("kind", t.kind(c).String()),
		slog.String("description", t.description(c, language.English)),
	)
}
