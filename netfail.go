package errcode

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strconv"
	"syscall"

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
// NetworkTimeout; the connection errnos ECONNREFUSED, ECONNRESET,
// ECONNABORTED, EPIPE, ENETUNREACH, EHOSTUNREACH and ETIMEDOUT are what they
// say; io.ErrUnexpectedEOF is NetworkTruncated. Telling a name that does not
// exist, an untrusted certificate or a malformed URL takes net's, x509's
// and url's types: errhttp does, and puts the NetworkFailure in the chain.
type NetworkFailure uint8

// networkEntry is one network failure's row.
type networkEntry struct {
	name      string // as ErrorType and logs give it
	goName    string
	kind      Kind
	retryable bool
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
// says, if it says one: itself, a timeout, a connection errno, or an answer
// cut off.
func networkFailureOf(err error) (NetworkFailure, bool) {
	switch x := err.(type) {
	case NetworkFailure:
		return x, x.valid()
	case syscall.Errno:
		switch x {
		case syscall.ECONNREFUSED:
			return NetworkConnectionRefused, true
		case syscall.ECONNRESET, syscall.ECONNABORTED, syscall.EPIPE:
			return NetworkConnectionReset, true
		case syscall.ENETUNREACH, syscall.EHOSTUNREACH:
			return NetworkUnreachable, true
		case syscall.ETIMEDOUT:
			return NetworkTimeout, true
		}
		return 0, false
	case interface{ Timeout() bool }:
		// context.DeadlineExceeded has the method too, and is the context's
		// own deadline, not the network's: the precedence reads it later.
		if x.Timeout() && !errors.Is(err, context.DeadlineExceeded) {
			return NetworkTimeout, true
		}
	}
	if err == io.ErrUnexpectedEOF {
		return NetworkTruncated, true
	}
	return 0, false
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
