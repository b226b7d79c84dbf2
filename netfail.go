package errcode

import (
	"context"
	"io"
	"log/slog"
	"strconv"

	"golang.org/x/text/language"
)

// NetworkFailure is how a call failed before any answer: a timeout, a
// connection refused or reset, a network that cannot be reached, an answer
// cut off, or the calling service's configuration (a host name that does not
// exist, a certificate it does not trust, a malformed URL). Like a Kind, it
// is an error with a kind, retry advice and texts, and matches itself and
// its kind with errors.Is.
//
// The precedence (KindOf) reads the first of them from the standard
// library's errors in a chain, such as client.Do's, without this package
// importing net or net/http: an error whose Timeout method reports true is
// NetworkTimeout, unless context.DeadlineExceeded itself is below it (the
// caller's own deadline: see KindOf); the connection errnos of the platform
// are what they say (ECONNREFUSED, ECONNRESET, ECONNABORTED, EPIPE,
// ENETUNREACH, EHOSTUNREACH and ETIMEDOUT; on Windows the Winsock errors of
// the same failures; Plan 9 has no errnos); io.ErrUnexpectedEOF is
// NetworkTruncated. Telling a name that does not exist, a lookup that failed
// for now, an untrusted certificate or a malformed URL takes net's, x509's
// and url's types: errhttp does, and puts the NetworkFailure in the chain.
type NetworkFailure uint8

// networkEntry is one network failure's row.
type networkEntry struct {
	name      string // as ErrorType and logs give it
	goName    string
	kind      Kind
	retryable bool
	remedy    Remedy
	error     string
	texts     [numLanguages]text
}

func (n NetworkFailure) valid() bool { return n > 0 && int(n) < len(networkFailures) }

// String returns the failure's name, such as "connection_refused", or
// "NetworkFailure(N)" for a value that is none.
func (n NetworkFailure) String() string {
	if n.valid() {
		return networkFailures[n].name
	}
	return "NetworkFailure(" + strconv.Itoa(int(n)) + ")"
}

// Error returns a stable English text: "rtc network failure
// connection_refused: the connection was refused".
func (n NetworkFailure) Error() string {
	if n.valid() {
		return networkFailures[n].error
	}
	return "rtc network failure " + n.String()
}

// Kind returns the failure's kind: DeadlineExceeded for a timeout,
// Unavailable for what a retry can mend, Internal for the calling service's
// configuration; Unknown for a value that is none.
func (n NetworkFailure) Kind() Kind {
	if n.valid() {
		return networkFailures[n].kind
	}
	return Unknown
}

// Retryable reports whether a retry, with backoff, can mend the failure.
func (n NetworkFailure) Retryable() bool { return n.valid() && networkFailures[n].retryable }

// Remedy returns who must do what about n: RemedyRetry for what a retry
// can mend, RemedyFixConfiguration for the calling service's configuration;
// RemedyInvestigate for a value that is none.
func (n NetworkFailure) Remedy() Remedy {
	if n.valid() {
		return networkFailures[n].remedy
	}
	return RemedyInvestigate
}

// Is reports whether target is n, or n's Kind.
func (n NetworkFailure) Is(target error) bool {
	switch target := target.(type) {
	case NetworkFailure:
		return target == n
	case Kind:
		return target == n.Kind()
	}
	return false
}

// GoName returns the name of n's constant, such as
// "NetworkConnectionRefused", or "" for a value that is none.
func (n NetworkFailure) GoName() string {
	if n.valid() {
		return networkFailures[n].goName
	}
	return ""
}

// Description returns what happened, in the shipped language that best
// matches tag.
func (n NetworkFailure) Description(tag language.Tag) string {
	if !n.valid() {
		return Unknown.Description(tag)
	}
	return networkFailures[n].texts[languageIndex(tag)].description
}

// Hint returns what to do about it, in the shipped language that best
// matches tag.
func (n NetworkFailure) Hint(tag language.Tag) string {
	if !n.valid() {
		return Unknown.Hint(tag)
	}
	return networkFailures[n].texts[languageIndex(tag)].hint
}

// LogValue logs n as its name.
func (n NetworkFailure) LogValue() slog.Value { return slog.StringValue(n.String()) }

// networkFailureOf returns the network failure that one error of a chain
// says, if it says one: itself, a connection errno of the platform, a
// timeout, or an answer cut off; byTimeout reports that only a Timeout method
// said it, which context.DeadlineExceeded below it overrules (see the
// precedence in classify.go).
func networkFailureOf(err error) (failure NetworkFailure, byTimeout bool) {
	switch x := err.(type) {
	case NetworkFailure:
		if x.valid() {
			return x, false
		}
		return 0, false
	case interface{ Timeout() bool }:
		// context.DeadlineExceeded has the method too, and is the context's
		// own deadline, not the network's: the precedence reads it later.
		if err != context.DeadlineExceeded && x.Timeout() {
			return NetworkTimeout, true
		}
	}
	if err == io.ErrUnexpectedEOF {
		return NetworkTruncated, false
	}
	return errnoFailure(err), false
}

// errnoFailure is the network failure of a connection errno, as one
// platform's errno table gives it: errno_unix.go, errno_windows.go or
// errno_plan9.go.

// errnoEntry is one row of a platform's table of connection errnos.
type errnoEntry struct {
	errno   uintptr
	failure NetworkFailure
}

// failureOfErrno returns the failure that table gives errno, or 0.
func failureOfErrno(table []errnoEntry, errno uintptr) NetworkFailure {
	for _, e := range table {
		if e.errno == errno {
			return e.failure
		}
	}
	return 0
}

// windowsErrnos is Windows' table: the Winsock errors (WSAE…) that its
// socket calls return, and the Win32 errors that overlapped I/O reports for
// the same failures. syscall defines few of them by name on Windows, and its
// ECONNREFUSED there is a value of Go's own that no socket returns, so the
// numbers are written here, as Windows documents them; errno_windows_test.go
// checks them against syscall's names where it has one.
var windowsErrnos = [...]errnoEntry{
	{10061, NetworkConnectionRefused}, // WSAECONNREFUSED
	{1225, NetworkConnectionRefused},  // ERROR_CONNECTION_REFUSED
	{10054, NetworkConnectionReset},   // WSAECONNRESET
	{10053, NetworkConnectionReset},   // WSAECONNABORTED
	{10052, NetworkConnectionReset},   // WSAENETRESET
	{64, NetworkConnectionReset},      // ERROR_NETNAME_DELETED: the connection was reset, as overlapped I/O reports it
	{1236, NetworkConnectionReset},    // ERROR_CONNECTION_ABORTED
	{109, NetworkConnectionReset},     // ERROR_BROKEN_PIPE
	{10051, NetworkUnreachable},       // WSAENETUNREACH
	{10065, NetworkUnreachable},       // WSAEHOSTUNREACH
	{1231, NetworkUnreachable},        // ERROR_NETWORK_UNREACHABLE
	{1232, NetworkUnreachable},        // ERROR_HOST_UNREACHABLE
	{10060, NetworkTimeout},           // WSAETIMEDOUT
	{121, NetworkTimeout},             // ERROR_SEM_TIMEOUT
}

// NetworkFailureOf returns the first network failure in err's chain: a
// NetworkFailure, or what the standard library's errors say of one (see
// NetworkFailure). errors.Is(err, NetworkConnectionRefused) holds only where
// the value itself is in the chain, as errhttp.ReadBody puts it; this reads
// one from any chain, such as client.Do's own error.
func NetworkFailureOf(err error) (NetworkFailure, bool) {
	var f finds
	f.walk(err, false)
	return f.network, f.network != 0
}
