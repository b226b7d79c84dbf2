package errcode

import (
	"errors"
	"fmt"
	"log/slog"

	"golang.org/x/text/language"
)

// Reason is the string "error" of a failure from the vendor's REST gateway,
// which every REST call passes before it reaches the conference server: the
// gateway authenticates the app's token and applies rate limits. A Reason is
// an error, and matches its Kind with errors.Is, as codes do.
//
// The same HTTP status can need opposite handling: both ReasonReachLimit and
// ReasonResourceLimited come with a 429, but only the first passes with a
// retry. A Reason is its wire text, exactly, so an unknown reason from a newer
// gateway is kept as it is; Known tells.
type Reason string

// The reasons and their table are in gateway.go, which internal/mkcodes
// writes from internal/registry.

// reasons is the gateway's table, indexed by the reasons' lengths: few
// reasons share a length, so a lookup compares at most a couple of strings,
// which is faster than hashing one for a map.
type reasons struct {
	byLength [][]uint8 // byLength[len(r)] lists the positions in entries of the reasons of that length
	entries  []reasonEntry
}

// reasonEntry is one row of the gateway's table.
type reasonEntry struct {
	reason     Reason
	goName     string
	kind       Kind
	retryable  bool
	remedy     Remedy
	httpStatus int    // as a service answers its own client
	error      string // what Error returns
	texts      [numLanguages]text
}

// index returns the position of r in the table.
func (t *reasons) index(r Reason) (int, bool) {
	if len(r) >= len(t.byLength) {
		return 0, false
	}
	for _, i := range t.byLength[len(r)] {
		if t.entries[i].reason == r {
			return int(i), true
		}
	}
	return 0, false
}

// Reasons returns every reason that the gateway's documentation lists, in its
// order.
func Reasons() []Reason {
	out := make([]Reason, len(reasonTable.entries))
	for i := range reasonTable.entries {
		out[i] = reasonTable.entries[i].reason
	}
	return out
}

// ParseReason returns the reason that s spells, exactly as the gateway sends
// it ("reach_limit", "Request Entity Too Large"). An unknown reason is kept as
// it is, and Known reports false; only an empty s is an error.
func ParseReason(s string) (Reason, error) {
	if s == "" {
		return "", errors.New("errcode: empty gateway reason")
	}
	return Reason(s), nil
}

// String returns the reason's wire text, exactly.
func (r Reason) String() string { return string(r) }

// Set returns SetGateway: every reason, known or not, is the gateway's.
func (Reason) Set() Set { return SetGateway }

// GoName returns the name of r's constant in this package, such as
// "ReasonReachLimit", or "" for an unknown reason.
func (r Reason) GoName() string {
	if i, ok := reasonTable.index(r); ok {
		return reasonTable.entries[i].goName
	}
	return ""
}

// Known reports whether the gateway's documentation lists r.
func (r Reason) Known() bool {
	_, ok := reasonTable.index(r)
	return ok
}

// Error returns a stable English text with the reason and its description:
// "rtc gateway error reach_limit: API rate limit reached". An unknown reason
// is cut to a bounded length and escaped, as it comes from the peer; the
// empty Reason, which is no reason, says so.
func (r Reason) Error() string {
	if i, ok := reasonTable.index(r); ok {
		return reasonTable.entries[i].error
	}
	if r == "" {
		return "rtc gateway error: no reason"
	}
	return "rtc gateway error " + peerText(string(r)) + ": unknown reason"
}

// Is reports whether target is the same reason, or r's Kind.
func (r Reason) Is(target error) bool {
	switch target := target.(type) {
	case Reason:
		return target == r
	case Kind:
		return target == r.Kind()
	}
	return false
}

// Kind returns r's category; Unknown for a reason not in the documentation.
func (r Reason) Kind() Kind {
	if i, ok := reasonTable.index(r); ok {
		return reasonTable.entries[i].kind
	}
	return Unknown
}

// HTTPStatus returns the HTTP status a service answers its own client with
// for r, by the rule of [Code]'s HTTPStatus. The gateway's own status is the
// response's (Error.StatusCode).
func (r Reason) HTTPStatus() int {
	if i, ok := reasonTable.index(r); ok {
		return reasonTable.entries[i].httpStatus
	}
	return Unknown.HTTPStatus()
}

// Retryable reports whether the same request, sent again unchanged, can
// succeed: true for ReasonReachLimit, after a pause.
func (r Reason) Retryable() bool {
	if i, ok := reasonTable.index(r); ok {
		return reasonTable.entries[i].retryable
	}
	return false
}

// Remedy returns who must do what about r, such as RemedySlowDown for
// ReasonReachLimit; RemedyInvestigate for a reason not in the documentation.
func (r Reason) Remedy() Remedy {
	if i, ok := reasonTable.index(r); ok {
		return reasonTable.entries[i].remedy
	}
	return RemedyInvestigate
}

// Description returns what r means, in the shipped language that best
// matches tag.
func (r Reason) Description(tag language.Tag) string {
	l := languageIndex(tag)
	if i, ok := reasonTable.index(r); ok {
		return reasonTable.entries[i].texts[l].description
	}
	return fmt.Sprintf(shipped[l].unknownReason, peerText(string(r)))
}

// Hint returns what the caller should do about r, in the shipped language
// that best matches tag.
func (r Reason) Hint(tag language.Tag) string {
	l := languageIndex(tag)
	if i, ok := reasonTable.index(r); ok {
		return reasonTable.entries[i].texts[l].hint
	}
	return shipped[l].unknownReasonHint
}

// LogValue logs r as a group of set ("gateway"), reason, kind, retry
// advice, remedy and English description.
func (r Reason) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("set", SetGateway.String()),
		slog.String("reason", peerText(string(r))),
		slog.String("kind", r.Kind().String()),
		slog.Bool("retryable", r.Retryable()),
		slog.String("remedy", r.Remedy().String()),
		slog.String("description", r.Description(language.English)),
	)
}
