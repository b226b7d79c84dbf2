package errcode

import (
	"fmt"
	"io"
)

// maxResponseBody is how many bytes ReadResponse reads of a body.
const maxResponseBody = 1 << 20

// ParseResponse reads the JSON body of a conference server response on its
// own, with no HTTP status to go by, so the status is lost: a failure that
// the status alone tells (a 500 with an empty body, or with {}) reads as a
// success here. Wherever the status is known, use ReadResponse, or ReadBody
// to keep the body of a success; over net/http, errhttp.ReadBody reads
// client.Do's answer in one call.
//
// It returns nil, a success, in exactly these cases:
//
//   - the body is empty, or only JSON whitespace (space, tab, CR, LF);
//   - the body is a JSON object whose "error" is absent, null, or the number
//     0 however JSON writes it (0, -0, 0.0, 0e5), and which is not a problem
//     (below).
//
// Everything else is an *Error:
//
//   - any other number is an *Error with that ServerCode, known or not, and
//     the body's "error_description" (or "message", or "msg") as Message; a
//     number that is not a whole int32 (1.5, 1e10) is an *Error whose Err
//     says so;
//   - a string "error", as the REST gateway sends ("auth_bad_access_token"),
//     is an *Error with that Reason, known or not, and no Code; the empty
//     string too is a failure, whose Err says the reason is empty;
//   - an RFC 9457 problem (no "error", a string "title" or "detail" and a
//     numeric "status" from 400 to 599, however JSON writes it), as
//     errhttp.WriteProblem writes in another service, is an *Error with its
//     "detail" (or "title") as Message and its "status" as StatusCode; when
//     its "set", "code" and "name" members name a code of this library
//     consistently, the typed code is restored, and so is a gateway reason
//     ("set": "gateway"), so that errors.Is matches across the hop;
//   - a gRPC status in JSON (a numeric "code", a string "message", and
//     "details"), as grpc-gateway answers for a status that errgrpc.Status
//     made, is an *Error with the code or reason that its ErrorInfo names,
//     or the kind, advice and remedy it states, and its RetryInfo's delay,
//     by the rules errcode.FromRPCStatus follows; one with no ErrorInfo of
//     the library's is read as any other body;
//   - a body that is not one JSON object, that has one of the members above
//     twice, or whose "error" is neither a number nor a string, is an *Error
//     whose Message keeps the start of the body and whose Err says what was
//     wrong.
//
// A member whose value is null is treated as absent. Member names match
// exactly, as the server writes them: "ERROR" is not "error". It never
// panics, whatever the body.
func ParseResponse(body []byte) error { return parseResponse(body, 0) }

// ReadResponse reads a response of the conference server from body, at most
// 1 MiB of it, and interprets it as ParseResponse does, with the HTTP status
// to go by. Only a 2xx status can be a success, in the cases ParseResponse
// lists; a status of 0 means that none is known, and the body alone decides,
// as in ParseResponse. A failure status stays in the error, and gives it its kind when it
// has no code and no known reason: 401 Unauthenticated, 403
// PermissionDenied, 404 NotFound, 408 DeadlineExceeded and retryable, 409
// Aborted, 429 ResourceExhausted and retryable, any other 4xx
// InvalidArgument, 5xx Unavailable and retryable, and a 1xx, a 3xx (a
// redirect that was not followed) or a number outside 100–599 Unknown, not
// retryable. A problem body counts only with a
// failure status: a 200 whose data happens to have a "title" and a "status"
// is a success. A body that cannot be read, or whose reader panics, is an
// error of kind Unavailable. It does not close body. It serves any HTTP
// client; errhttp.FromHTTPResponse calls it for net/http's.
func ReadResponse(status int, body io.Reader) error {
	_, err := ReadBody(status, body)
	return err
}

// ReadBody is ReadResponse that also returns the body it read: the success
// payload, for a caller that needs it, with the error nil; or nil and the
// error, for a failure. A body that is cut off (io.ErrUnexpectedEOF) is
// NetworkTruncated, a network failure while it is read is that failure, and
// any other that cannot be read is Unavailable, all retryable; but where the
// caller's own context ended while the body was read (context.Canceled or
// context.DeadlineExceeded in the read's error), the failure is Canceled or
// DeadlineExceeded, as before any answer, whatever the status said.
func ReadBody(status int, body io.Reader) ([]byte, error) {
	data, err := readAll(body)
	if err != nil {
		var kind error = Unavailable
		switch v := classify(err); v.source {
		case sourceContext:
			// The caller's own context ended while the body was read: as
			// before any answer, the answer's status says nothing of it,
			// and is only told.
			return nil, &Error{Message: snippet(data), Err: fmt.Errorf("errcode: reading the body of an HTTP %d answer: %w", status, err)}
		case sourceNetwork:
			kind = v.network
		}
		return nil, &Error{StatusCode: status, Message: snippet(data), Err: fmt.Errorf("errcode: reading the response body: %w: %w", kind, err)}
	}
	if len(data) > maxResponseBody {
		return nil, &Error{StatusCode: status, Message: snippet(data), Err: fmt.Errorf("errcode: response body exceeds %d bytes", maxResponseBody)}
	}
	if err := parseResponse(data, status); err != nil {
		return nil, err
	}
	return data, nil
}

// readAll reads at most one byte more than maxResponseBody of body. A nil
// body, or a nil pointer of a reader type, is an empty body: a reader that
// panics is an error, not a panic in the caller's service.
func readAll(body io.Reader) (data []byte, err error) {
	if body == nil {
		return nil, nil
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("errcode: the body's reader panicked: %v", r)
		}
	}()
	return io.ReadAll(io.LimitReader(body, maxResponseBody+1))
}

func parseResponse(body []byte, status int) error {
	failed := failureStatus(status)
	if skipSpace(body, 0) == len(body) {
		if failed {
			return &Error{StatusCode: status}
		}
		return nil
	}
	var m members
	if err := readMembers("response body", body, responseMembers[:], m[:]); err != nil {
		return &Error{StatusCode: status, Message: snippet(body), Err: err}
	}
	if m[memberError] == nil && (failed || status == 0) {
		if p, ok := m.problem(); ok && (failed || p.status >= 400 && p.status <= 599) {
			return fromProblem(p, status)
		}
		if e, ok := m.rpcStatus(status); ok {
			return e
		}
	}
	// The error is made only once it is known that there is one, so that a
	// success allocates nothing.
	var (
		code   Code
		reason Reason
		cause  error
	)
	switch raw := m[memberError]; {
	case raw == nil:
	case raw[0] == '"':
		reason = Reason(stringValue(raw))
		if reason == "" {
			cause = fmt.Errorf("errcode: response member \"error\" is an empty string, not a reason")
		}
	default:
		if n, ok := int32Value(raw); !ok {
			cause = fmt.Errorf("errcode: response member \"error\" is %s, not an int32 code", quote(string(raw)))
		} else if n != 0 {
			code = ServerCode(n)
		}
	}
	if code == nil && reason == "" && cause == nil && !failed {
		return nil
	}
	message := firstString(m[memberErrorDescription], m[memberMessage], m[memberMsg])
	if code == nil && reason == "" && message == "" {
		// Nothing else says what went wrong: keep the start of the body.
		message = snippet(body)
	}
	return &Error{StatusCode: status, Code: code, Reason: reason, Message: message, Err: cause}
}

// problem is what a problem body says, decoded.
type problem struct {
	message   string // the detail, else the title
	status    int
	set, name string
	code      []byte
	stated    statedKind // the "kind", "retryable" and "remedy" members; kind OK for none
}

// problem reports whether m is an RFC 9457 problem: a string "title" or
// "detail", and a numeric "status" (its whole part counts: 500.5 is 500).
func (m *members) problem() (problem, bool) {
	status, ok := numberValue(m[memberStatus])
	message := firstString(m[memberDetail], m[memberTitle])
	if message == "" || !ok || status < 0 || status >= 1000 {
		return problem{}, false
	}
	p := problem{message: message, status: int(status), set: firstString(m[memberSet]), name: firstString(m[memberName]), code: m[memberCode]}
	if kind, ok := kindNamed(stringValue(m[memberKind])); ok {
		retryable, _ := boolValue(m[memberRetryable]) // no advice is no retry
		remedy, err := ParseRemedy(stringValue(m[memberRemedy]))
		if err != nil {
			remedy = kind.Remedy() // a problem of before remedies, or one that names none
		}
		p.stated = statedKind{kind: kind, retryable: retryable, remedy: remedy}
	}
	return p, true
}

// fromProblem restores what a problem names: a code, when its set, number
// and name agree, or a gateway reason; else the kind and advice it states
// (WriteProblem states them for every failure); and the message and the
// status.
func fromProblem(p problem, status int) *Error {
	if status == 0 {
		status = p.status
	}
	e := &Error{StatusCode: status, Message: p.message}
	if p.stated.kind != OK {
		e.Err = p.stated
	}
	set, err := ParseSet(p.set)
	switch {
	case err != nil:
		return e
	case set == SetGateway:
		if p.code == nil && p.name != "" {
			e.Reason = Reason(p.name)
		}
		return e
	}
	n, ok := int32Value(p.code)
	if !ok {
		return e
	}
	if c, _ := Lookup(set, int(n)); c != nil && n != 0 && c.String() == p.name {
		e.Code, e.Err = c, nil
	}
	return e
}
