package errcode

import (
	"fmt"
	"log/slog"
	"strconv"

	"golang.org/x/text/language"
)

// table is one set's registry, as internal/mkcodes writes it from
// internal/registry: static data, indexed by value, that is only read.
type table[C ~int32] struct {
	set      Set
	typeName string // the Go type, for String of unknown values
	// slots[uint32(value)&(len(slots)-1)] is the position in entries of
	// value's row plus 1, or 0 for none. len(slots) is the smallest power of
	// two at which every code of the set has a slot of its own, as
	// internal/mkcodes picks it, so that a lookup neither searches nor
	// allocates, and dense and sparse sets are indexed alike.
	slots   []uint8
	entries []entry[C]
	aliases []alias[C]
}

// entry is one row of a set's table.
type entry[C ~int32] struct {
	code       C
	name       string // the vendor identifier, as String returns it
	goName     string
	kind       Kind
	retryable  bool
	remedy     Remedy
	httpStatus int // as a service answers its own client
	origin     origin
	error      string             // what Error returns
	texts      [numLanguages]text // per shipped language
}

// text is a description and a hint in one language.
type text struct {
	description string
	hint        string
}

// origin is where the library learned of a code.
type origin uint8

const (
	fromTable origin = iota // the vendor's table of error codes
	fromSDK                 // only the vendor's shipped SDK, which the table leaves out
	fromDemo                // only the vendor's web demo, which labels what it reads from the server
)

// alias is a second vendor identifier for a code.
type alias[C ~int32] struct {
	code   C
	name   string
	goName string
}

// row returns c's row, or nil when the set does not know c. A value that
// shares a code's slot is turned away by the check of the row's code.
func (t *table[C]) row(c C) *entry[C] {
	if s := t.slots[uint32(c)&uint32(len(t.slots)-1)]; s != 0 {
		if e := &t.entries[s-1]; e.code == c {
			return e
		}
	}
	return nil
}

func (t *table[C]) known(c C) bool { return t.row(c) != nil }

func (t *table[C]) codes() []C {
	codes := make([]C, len(t.entries))
	for i := range t.entries {
		codes[i] = t.entries[i].code
	}
	return codes
}

func (t *table[C]) String(c C) string {
	if e := t.row(c); e != nil {
		return e.name
	}
	return t.typeName + "(" + strconv.Itoa(int(c)) + ")"
}

func (t *table[C]) goName(c C) string {
	if e := t.row(c); e != nil {
		return e.goName
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
	if e := t.row(c); e != nil {
		return e.error
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
	if e := t.row(c); e != nil {
		return e.kind
	}
	return Unknown
}

func (t *table[C]) documented(c C) bool {
	e := t.row(c)
	return e != nil && e.origin == fromTable
}

func (t *table[C]) httpStatus(c C) int {
	if e := t.row(c); e != nil {
		return e.httpStatus
	}
	return Unknown.HTTPStatus()
}

func (t *table[C]) retryable(c C) bool {
	e := t.row(c)
	return e != nil && e.retryable
}

func (t *table[C]) remedy(c C) Remedy {
	if e := t.row(c); e != nil {
		return e.remedy
	}
	return RemedyInvestigate
}

func (t *table[C]) description(c C, tag language.Tag) string {
	l := languageIndex(tag)
	if e := t.row(c); e != nil {
		return e.texts[l].description
	}
	return fmt.Sprintf(shipped[l].unknown[t.set], int(c))
}

func (t *table[C]) hint(c C, tag language.Tag) string {
	l := languageIndex(tag)
	if e := t.row(c); e != nil {
		return e.texts[l].hint
	}
	return shipped[l].unknownHint
}

func (t *table[C]) marshalJSON(c C) []byte {
	return strconv.AppendInt(nil, int64(c), 10)
}

// logValue is the group a code logs as: set, number, identifier, kind, retry
// advice, remedy and the English description, so that a log line is readable
// without the table.
func (t *table[C]) logValue(c C) slog.Value {
	return slog.GroupValue(
		slog.String("set", t.set.String()),
		slog.Int("code", int(c)),
		slog.String("name", t.String(c)),
		slog.String("kind", t.kind(c).String()),
		slog.Bool("retryable", t.retryable(c)),
		slog.String("remedy", t.remedy(c).String()),
		slog.String("description", t.description(c, language.English)),
	)
}
