package errcode

import (
	"log/slog"
	"strconv"

	"golang.org/x/text/language"
)

// Kind is the category of a failure: what it means for the caller, whatever
// set the code comes from. Kinds are numbered exactly as gRPC's canonical
// codes, so codes.Code(k) converts one without this module importing gRPC.
//
// A Kind is an error, and every code matches its own kind with errors.Is, as
// syscall.Errno matches fs.ErrPermission:
//
//	errors.Is(err, errcode.Unauthenticated) // a server TOKEN_AUTHZ_FAIL, an Android CALL_TICKET_INVALID, …
type Kind uint8

// The kinds and their facts and texts are in kinds.go, which
// internal/mkcodes writes from internal/registry.

// kindEntry is one kind's row.
type kindEntry struct {
	name       string // as gRPC spells it in JSON
	goName     string
	error      string // in plain words
	httpStatus int    // as grpc-gateway maps it; numbers, not net/http's constants, which would cost every user megabytes of binary
	retryable  bool   // when nothing more specific is known
	remedy     Remedy // likewise
	texts      [numLanguages]text
}

func (k Kind) valid() bool { return int(k) < len(kinds) }

// String returns the kind's name as gRPC spells it in JSON: "NOT_FOUND",
// "UNAUTHENTICATED", or "Kind(N)" for a value past Unauthenticated.
func (k Kind) String() string {
	if k.valid() {
		return kinds[k].name
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// kindNamed returns the kind that String names, such as "NOT_FOUND".
func kindNamed(name string) (Kind, bool) {
	for k := range kinds {
		if kinds[k].name == name {
			return Kind(k), true
		}
	}
	return 0, false
}

// GoName returns the name of k's constant in this package, such as
// "NotFound", or "" for a value past Unauthenticated.
func (k Kind) GoName() string {
	if k.valid() {
		return kinds[k].goName
	}
	return ""
}

// Error returns the kind in plain words, such as "not found".
func (k Kind) Error() string {
	if k.valid() {
		return kinds[k].error
	}
	return k.String()
}

// HTTPStatus returns the status grpc-gateway gives the kind, which each
// kind's constant states; 500 for a value past Unauthenticated.
func (k Kind) HTTPStatus() int {
	if k.valid() {
		return kinds[k].httpStatus
	}
	return 500
}

// Retryable reports whether a failure of this kind is worth retrying when
// nothing more specific is known: Unavailable, DeadlineExceeded and
// ResourceExhausted (a rate limit, after a pause). A code's own Retryable
// says more, and wins: a capacity limit is ResourceExhausted but not
// retryable.
func (k Kind) Retryable() bool { return k.valid() && kinds[k].retryable }

// Remedy returns who must do what about a failure of this kind when nothing
// more specific is known: RemedyRetry for Unavailable and DeadlineExceeded,
// RemedySlowDown for ResourceExhausted (alone, a rate limit),
// RemedyRefreshToken for Unauthenticated (alone, a 401 of the gateway's),
// RemedyInvestigate for Unknown, Internal and DataLoss, RemedyNone for OK
// and Canceled, and RemedyFixRequest otherwise.
func (k Kind) Remedy() Remedy {
	if k.valid() {
		return kinds[k].remedy
	}
	return RemedyInvestigate
}

// Description returns what a failure of this kind means, in the shipped
// language that best matches tag, for failures that carry no code, such as
// an HTTP status from the RTC gateway.
func (k Kind) Description(tag language.Tag) string {
	if !k.valid() {
		k = Unknown
	}
	return kinds[k].texts[languageIndex(tag)].description
}

// Hint returns what to do about a failure of this kind, in the shipped
// language that best matches tag.
func (k Kind) Hint(tag language.Tag) string {
	if !k.valid() {
		k = Unknown
	}
	return kinds[k].texts[languageIndex(tag)].hint
}

// LogValue logs the kind as its name.
func (k Kind) LogValue() slog.Value { return slog.StringValue(k.String()) }

// kindOfStatus is the kind of an HTTP failure status with no code to say more:
// the mapping of the RTC REST API's documented statuses.
func kindOfStatus(status int) Kind {
	switch {
	case status >= 200 && status < 300:
		return OK
	case status < 400 || status > 599:
		return Unknown // a redirect, an interim status, or no status HTTP defines, is no answer
	case status == 401:
		return Unauthenticated
	case status == 403:
		return PermissionDenied
	case status == 404:
		return NotFound
	case status == 429:
		return ResourceExhausted
	case status >= 500:
		return Unavailable
	case status == 408:
		return DeadlineExceeded
	case status == 409:
		return Aborted
	}
	return InvalidArgument
}

// failureStatus reports whether an HTTP status says that a request did not
// succeed: any but 2xx; 0 is no status at all.
func failureStatus(status int) bool { return status != 0 && (status < 200 || status >= 300) }

// Kind returns k itself, so that a Kind in an error chain gives the chain its
// kind, as an error with a Kind method does; Unknown for a value past
// Unauthenticated, which no caller can act on.
func (k Kind) Kind() Kind {
	if !k.valid() {
		return Unknown
	}
	return k
}
