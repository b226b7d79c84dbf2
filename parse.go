package errcode

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
)

// ParseError is returned when a string or a JSON value names no code of a set.
type ParseError struct {
	Set   Set    // the set that was asked for
	Input string // the input, verbatim
	Err   error  // why a number was rejected, if it looked like one
}

// Error names the input and the set, and the set that the input names a
// code of, if another does.
func (e *ParseError) Error() string {
	if e.Set == SetGateway {
		return "errcode: " + quote(e.Input) + ": the gateway's reasons are strings, not codes: ParseReason reads them"
	}
	msg := "errcode: " + quote(e.Input) + " is not a known " + e.Set.String() + " code identifier or an int32 number"
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	for _, set := range codeSets {
		if set != e.Set && setHasName(set, e.Input) {
			msg += " (it is an identifier of the " + set.String() + " set)"
		}
	}
	return msg
}

// Unwrap returns the cause, such as strconv.ErrRange.
func (e *ParseError) Unwrap() error { return e.Err }

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
	for i := range t.entries { // by index: a row is too large to copy
		if e := &t.entries[i]; e.name == name {
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

// unmarshalJSON accepts a JSON number that is a whole int32, however JSON
// writes it, or a JSON string that parse accepts.
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
	// A number is read as a response's body reads it, however JSON writes
	// it: -502, -502.0 and -5.02e2 are the same code.
	n, ok := int32Value(data)
	if !ok || !json.Valid(data) {
		return &ParseError{Set: t.set, Input: s, Err: errors.New("not a JSON number that is a whole int32")}
	}
	*c = C(n)
	return nil
}
