package errcode

import (
	"fmt"
	"log/slog"
	"strconv"
)

// Remedy is what must be done about a failure, and by whom: the library's
// advice as a value that a program can switch on, where a hint says the same
// to a person in words.
//
//	switch errcode.RemedyOf(err) {
//	case errcode.RemedyRejoin:
//		// ask the app to join again, for a new conference ticket
//	case errcode.RemedyRefreshToken:
//		// refresh the app token, and call again
//	case errcode.RemedyWaitForRoom:
//		// tell the user that the conference is full
//	}
//
// Every code, gateway reason, kind and network failure has one, in its row of
// the registry; RemedyOf gives a chain's by the precedence. A remedy retries
// (RemedyRetry, RemedySlowDown) exactly when the failure is retryable. The
// zero value is RemedyNone.
type Remedy uint8

// The remedies and their facts are in remedies.go, which internal/mkcodes
// writes from internal/registry.

// remedyEntry is one remedy's row.
type remedyEntry struct {
	name    string // stable, as logs, problems and ErrorInfo metadata give it
	goName  string
	retries bool
}

func (r Remedy) valid() bool { return int(r) < len(remedies) }

// String returns the remedy's stable name, such as "rejoin" or
// "wait_for_room", as logs, problems and gRPC's ErrorInfo metadata carry
// it; "Remedy(N)" for a value that is none.
func (r Remedy) String() string {
	if r.valid() {
		return remedies[r].name
	}
	return "Remedy(" + strconv.Itoa(int(r)) + ")"
}

// GoName returns the name of r's constant, such as "RemedyRejoin", or ""
// for a value that is none.
func (r Remedy) GoName() string {
	if r.valid() {
		return remedies[r].goName
	}
	return ""
}

// Retries reports whether the remedy is to send the request again:
// RemedyRetry and RemedySlowDown.
func (r Remedy) Retries() bool { return r.valid() && remedies[r].retries }

// ParseRemedy returns the remedy that s names, as String gives it, such as
// "rejoin"; anything else is an error, and RemedyInvestigate.
func ParseRemedy(s string) (Remedy, error) {
	for r := range remedies {
		if remedies[r].name == s {
			return Remedy(r), nil
		}
	}
	return RemedyInvestigate, fmt.Errorf("errcode: unknown remedy %s", quote(s))
}

// MarshalText encodes r as its name.
func (r Remedy) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText accepts a name that ParseRemedy accepts.
func (r *Remedy) UnmarshalText(text []byte) error {
	v, err := ParseRemedy(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// LogValue logs r as its name.
func (r Remedy) LogValue() slog.Value { return slog.StringValue(r.String()) }

// remedier is an error of another package that knows its remedy, as
// errgrpc's reading of a peer's status does.
type remedier interface{ Remedy() Remedy }

// consistentRemedy returns r if it agrees with the advice retryable (a
// remedy retries exactly when the failure is retryable), and otherwise the
// remedy that the advice leaves: RemedyRetry for a retryable failure,
// RemedyInvestigate for one that is not. No remedy that a peer states turns
// a failure that is not retryable into one that is.
func consistentRemedy(r Remedy, retryable bool) Remedy {
	switch {
	case !r.valid():
		r = RemedyInvestigate
	case r.Retries() == retryable:
		return r
	}
	if retryable {
		return RemedyRetry
	}
	return RemedyInvestigate
}
