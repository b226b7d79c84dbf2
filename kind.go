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

const (
	// OK is success: the server's SUCCESS.
	OK Kind = iota
	// Canceled means the operation was canceled, typically by the caller.
	Canceled
	// Unknown is a failure with no more specific kind, and the kind of any
	// code that is not in the table.
	Unknown
	// InvalidArgument means the request itself is wrong, whatever the state of the system.
	InvalidArgument
	// DeadlineExceeded means the operation timed out before it completed.
	DeadlineExceeded
	// NotFound means the conference, call or stream does not exist (any more).
	NotFound
	// AlreadyExists means what the caller tried to create or join is already there.
	AlreadyExists
	// PermissionDenied means the caller is known but not allowed to do this.
	PermissionDenied
	// ResourceExhausted means a limit was reached. Alone, as for an HTTP 429
	// with nothing more specific, it means a rate limit: pause, then retry
	// with backoff. Capacity limits (members, speakers, video streams, shared
	// desktops) are codes of this kind that are not retryable.
	ResourceExhausted
	// FailedPrecondition means the system is not in the state the operation needs,
	// such as publishing before joining.
	FailedPrecondition
	// Aborted means the operation was cut short by a concurrent event, such as
	// the same user joining from another device.
	Aborted
	// OutOfRange means a value is past the valid range.
	OutOfRange
	// Unimplemented means the operation, client or codec is not supported.
	Unimplemented
	// Internal means something broke inside the service.
	Internal
	// Unavailable means the service or the network is unavailable for now:
	// the request can be retried, with backoff.
	Unavailable
	// DataLoss means unrecoverable loss or corruption of data.
	DataLoss
	// Unauthenticated means the credentials are missing, invalid or expired:
	// a token, a conference ticket, a session.
	Unauthenticated
)

const numKinds = Unauthenticated + 1

// kinds holds, per kind, its name, the name of its Go constant, its error text, the HTTP status that
// grpc-gateway maps it to, and whether a failure of that kind is worth
// retrying when nothing more specific is known. The statuses are numbers,
// not net/http's constants: importing net/http would cost every user of
// this package megabytes of binary.
var kinds = [numKinds]struct {
	name       string
	goName     string
	text       string
	httpStatus int
	retryable  bool
}{
	OK:                 {"OK", "OK", "ok", 200, false},
	Canceled:           {"CANCELLED", "Canceled", "canceled", 499, false}, // gRPC spells it so; 499 is nginx's "client closed request", as in grpc-gateway
	Unknown:            {"UNKNOWN", "Unknown", "unknown error", 500, false},
	InvalidArgument:    {"INVALID_ARGUMENT", "InvalidArgument", "invalid argument", 400, false},
	DeadlineExceeded:   {"DEADLINE_EXCEEDED", "DeadlineExceeded", "deadline exceeded", 504, true},
	NotFound:           {"NOT_FOUND", "NotFound", "not found", 404, false},
	AlreadyExists:      {"ALREADY_EXISTS", "AlreadyExists", "already exists", 409, false},
	PermissionDenied:   {"PERMISSION_DENIED", "PermissionDenied", "permission denied", 403, false},
	ResourceExhausted:  {"RESOURCE_EXHAUSTED", "ResourceExhausted", "resource exhausted", 429, true}, // a rate limit, when nothing more specific is known
	FailedPrecondition: {"FAILED_PRECONDITION", "FailedPrecondition", "failed precondition", 400, false},
	Aborted:            {"ABORTED", "Aborted", "aborted", 409, false},
	OutOfRange:         {"OUT_OF_RANGE", "OutOfRange", "out of range", 400, false},
	Unimplemented:      {"UNIMPLEMENTED", "Unimplemented", "unimplemented", 501, false},
	Internal:           {"INTERNAL", "Internal", "internal error", 500, false},
	Unavailable:        {"UNAVAILABLE", "Unavailable", "unavailable", 503, true},
	DataLoss:           {"DATA_LOSS", "DataLoss", "data loss", 500, false},
	Unauthenticated:    {"UNAUTHENTICATED", "Unauthenticated", "unauthenticated", 401, false},
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
		return kinds[k].text
	}
	return k.String()
}

// HTTPStatus returns the status grpc-gateway gives the kind: 400 for
// InvalidArgument, FailedPrecondition and OutOfRange; 401 Unauthenticated;
// 403 PermissionDenied; 404 NotFound; 409 AlreadyExists and Aborted;
// 429 ResourceExhausted; 499 Canceled; 501 Unimplemented; 503 Unavailable;
// 504 DeadlineExceeded; 500 otherwise.
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

// Description returns what a failure of this kind means, in the shipped
// language that best matches tag, for failures that carry no code, such as
// an HTTP status from the RTC gateway.
func (k Kind) Description(tag language.Tag) string {
	if !k.valid() {
		k = Unknown
	}
	return shipped[languageIndex(tag)].kinds[k].description
}

// Hint returns what to do about a failure of this kind, in the shipped
// language that best matches tag.
func (k Kind) Hint(tag language.Tag) string {
	if !k.valid() {
		k = Unknown
	}
	return shipped[languageIndex(tag)].kinds[k].hint
}

// LogValue logs the kind as its name.
func (k Kind) LogValue() slog.Value { return slog.StringValue(k.String()) }

// kindOfStatus is the kind of an HTTP failure status with no code to say more:
// the mapping of the RTC REST API's documented statuses.
func kindOfStatus(status int) Kind {
	switch {
	case status >= 200 && status < 300:
		return OK
	case status < 400:
		return Unknown // a redirect, or an interim status, is no answer
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

// statusRetryable reports whether an HTTP failure status asks the caller to
// pause and retry: rate limiting (429), overload (5xx) and timeouts (408).
func statusRetryable(status int) bool { return kindOfStatus(status).Retryable() }
