package errcode

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Limits on what is read of a response and kept of what cannot be parsed.
const (
	maxResponseBody = 1 << 20 // bytes ReadResponse reads
	maxSnippet      = 256     // bytes of an unparsable body kept in Error.Message
)

// ParseResponse reads the JSON body of a conference server response:
//
//   - a numeric "error" of 0, or no "error" at all, is success: nil;
//   - any other number is an *Error with that ServerCode, known or not, and
//     the body's "error_description" (or "message", or "msg") as Message;
//   - a string "error", as the REST gateway sends ("auth_bad_access_token"),
//     is an *Error with that Reason, known or not, and no Code;
//   - an RFC 9457 problem (no "error", a string "title" or "detail" and a
//     numeric "status"), as errhttp.WriteProblem writes in another service,
//     is an *Error with its "detail" (or "title") as Message; when its "set",
//     "code" and "name" members name a code of this library consistently,
//     the typed code is restored, and so is a gateway reason ("set":
//     "gateway"), so that errors.Is matches across the hop. Without a
//     response status, the problem's "status" is kept;
//   - a body that is not a JSON object, or an "error" that is neither, is an
//     *Error whose Message keeps the start of the body and whose Err says
//     what was wrong.
//
// Field names match as encoding/json matches them, ignoring case. It never
// panics, whatever the body.
func ParseResponse(body []byte) error { return parseResponse(body, 0) }

// ReadResponse reads a response of the conference server from body, at most
// 1 MiB of it, and interprets it as ParseResponse does, with the HTTP status
// to go by: a failure status (400 or more) stays in the error, and one with no
// code and no known reason gives the error its kind (401 Unauthenticated,
// 403 PermissionDenied, 404 NotFound, 429 ResourceExhausted and retryable,
// 5xx Unavailable and retryable). A body that cannot be read is an error of
// kind Unavailable. It does not close body. It serves any HTTP client;
// errhttp.FromHTTPResponse calls it for net/http's.
func ReadResponse(status int, body io.Reader) error {
	var data []byte
	if body != nil {
		var err error
		data, err = io.ReadAll(io.LimitReader(body, maxResponseBody+1))
		if err != nil {
			return &Error{StatusCode: status, Message: snippet(data), Err: fmt.Errorf("errcode: reading the response body: %w: %w", Unavailable, err)}
		}
		if len(data) > maxResponseBody {
			return &Error{StatusCode: status, Message: snippet(data), Err: fmt.Errorf("errcode: response body exceeds %d bytes", maxResponseBody)}
		}
	}
	return parseResponse(data, status)
}

func parseResponse(body []byte, status int) error {
	failed := status >= 400
	if len(bytes.TrimSpace(body)) == 0 {
		if failed {
			return &Error{StatusCode: status}
		}
		return nil
	}
	var r response
	if err := json.Unmarshal(body, &r); err != nil {
		return &Error{StatusCode: status, Message: snippet(body), Err: fmt.Errorf("errcode: response body is not a JSON object: %w", err)}
	}
	if len(r.Error) == 0 {
		// No "error": perhaps a problem. Only then are its fields decoded,
		// so that the server's own responses pay nothing for them.
		var p problemFields
		if json.Unmarshal(body, &p) == nil {
			if prob, ok := p.problem(); ok {
				return fromProblem(prob, status)
			}
		}
	}
	e := &Error{StatusCode: status, Message: firstString(r.ErrorDescription, r.Message, r.Msg)}
	raw := r.Error
	switch {
	case len(raw) == 0 || string(raw) == "null":
	case raw[0] == '"':
		_ = json.Unmarshal(raw, &e.Reason) // a string, as the whole body parsed
	default:
		if n, err := strconv.ParseInt(string(raw), 10, 32); err != nil {
			e.Err = fmt.Errorf("errcode: response field \"error\" is %s, not an int32 code", snippet(raw))
		} else if n != 0 {
			e.Code = ServerCode(n)
		}
	}
	if e.Code == nil && e.Reason == "" && e.Err == nil && !failed {
		return nil
	}
	if e.Code == nil && e.Reason == "" && e.Message == "" {
		// Nothing else says what went wrong: keep the start of the body.
		e.Message = snippet(body)
	}
	return e
}

// response holds the fields of a response body that say whether it failed
// and why, undecoded: each can be of any JSON type.
type response struct {
	Error            json.RawMessage `json:"error"`
	ErrorDescription json.RawMessage `json:"error_description"`
	Message          json.RawMessage `json:"message"`
	Msg              json.RawMessage `json:"msg"`
}

// problemFields holds the fields of an RFC 9457 problem, as
// errhttp.WriteProblem writes them, undecoded.
type problemFields struct {
	Title  json.RawMessage `json:"title"`
	Detail json.RawMessage `json:"detail"`
	Status json.RawMessage `json:"status"`
	Set    json.RawMessage `json:"set"`
	Code   json.RawMessage `json:"code"`
	Name   json.RawMessage `json:"name"`
}

// problem is what a problem body says, decoded.
type problem struct {
	message   string // the detail, else the title
	status    int
	set, name string
	code      json.RawMessage
}

// problem reports whether r is an RFC 9457 problem: a string "title" or
// "detail", and a numeric "status".
func (r *problemFields) problem() (problem, bool) {
	status, err := strconv.Atoi(string(r.Status))
	message := firstString(r.Detail, r.Title)
	if message == "" || err != nil {
		return problem{}, false
	}
	return problem{message: message, status: status, set: firstString(r.Set), name: firstString(r.Name), code: r.Code}, true
}

// fromProblem restores what a problem names: a code, when its set, number
// and name agree, or a gateway reason; else only the message and the status.
func fromProblem(p problem, status int) *Error {
	if status == 0 {
		status = p.status
	}
	e := &Error{StatusCode: status, Message: p.message}
	if p.set == "gateway" && len(p.code) == 0 && p.name != "" {
		e.Reason = Reason(p.name)
		return e
	}
	set, err := ParseSet(p.set)
	if err != nil {
		return e
	}
	n, err := strconv.ParseInt(string(p.code), 10, 32)
	if err != nil {
		return e
	}
	if c, _ := Lookup(set, int(n)); c != nil && n != 0 && c.String() == p.name {
		e.Code = c
	}
	return e
}

// firstString returns the first of values that is a non-empty JSON string.
func firstString(values ...json.RawMessage) string {
	for _, raw := range values {
		var s string
		if len(raw) > 0 && raw[0] == '"' && json.Unmarshal(raw, &s) == nil && s != "" {
			return s
		}
	}
	return ""
}

// snippet returns the start of b as valid UTF-8, at most maxSnippet bytes
// of it, with "…" where it was cut.
func snippet(b []byte) string {
	// Invalid bytes become U+FFFD, which is longer: convert, then cut.
	s := strings.ToValidUTF8(string(b[:min(len(b), 2*maxSnippet)]), "\uFFFD")
	if len(b) > 2*maxSnippet && len(s) <= maxSnippet {
		return s + "…"
	}
	return shorten(s, maxSnippet)
}
