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
//     "status" from 400 to 599), as errhttp.WriteProblem writes in another
//     service, is an *Error with its "detail" (or "title") as Message and
//     its "status" as StatusCode; when its "set", "code" and "name" members
//     name a code of this library consistently, the typed code is restored,
//     and so is a gateway reason ("set": "gateway"), so that errors.Is
//     matches across the hop;
//   - a body that is not a JSON object, that has one of the members above
//     twice, or whose "error" is neither a number nor a string, is an *Error
//     whose Message keeps the start of the body and whose Err says what was
//     wrong: never a success.
//
// Member names match exactly, as the server writes them: "ERROR" is not
// "error". It never panics, whatever the body.
func ParseResponse(body []byte) error { return parseResponse(body, 0) }

// ReadResponse reads a response of the conference server from body, at most
// 1 MiB of it, and interprets it as ParseResponse does, with the HTTP status
// to go by. Only a 2xx status can be a success. A failure status stays in
// the error, and one with no code and no known reason gives the error its
// kind (401 Unauthenticated, 403 PermissionDenied, 404 NotFound,
// 429 ResourceExhausted and retryable, 5xx Unavailable and retryable; a 3xx,
// a redirect that was not followed, Unknown). A problem body counts only
// with a failure status: a 200 whose data happens to have a "title" and a
// "status" is a success. A body that cannot be read is an error of kind
// Unavailable. It does not close body. It serves any HTTP client;
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
	failed := failureStatus(status)
	if len(bytes.TrimSpace(body)) == 0 {
		if failed {
			return &Error{StatusCode: status}
		}
		return nil
	}
	m, err := readMembers(body)
	if err != nil {
		return &Error{StatusCode: status, Message: snippet(body), Err: err}
	}
	if m[memberError] == nil && (failed || status == 0) {
		if p, ok := m.problem(); ok && (failed || p.status >= 400 && p.status <= 599) {
			return fromProblem(p, status)
		}
	}
	e := &Error{StatusCode: status, Message: firstString(m[memberErrorDescription], m[memberMessage], m[memberMsg])}
	raw := m[memberError]
	switch {
	case len(raw) == 0 || string(raw) == "null":
	case raw[0] == '"':
		e.Reason = Reason(firstString(raw))
	default:
		if n, err := strconv.ParseInt(string(raw), 10, 32); err != nil {
			e.Err = fmt.Errorf("errcode: response member \"error\" is %s, not an int32 code", quote(string(raw)))
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

// The members of a response body that the library reads, by position in
// members.
const (
	memberError = iota
	memberErrorDescription
	memberMessage
	memberMsg
	memberTitle // the members of an RFC 9457 problem, as errhttp.WriteProblem writes them
	memberDetail
	memberStatus
	memberSet
	memberCode
	memberName
	numMembers
)

var memberNames = [numMembers]string{
	memberError:            "error",
	memberErrorDescription: "error_description",
	memberMessage:          "message",
	memberMsg:              "msg",
	memberTitle:            "title",
	memberDetail:           "detail",
	memberStatus:           "status",
	memberSet:              "set",
	memberCode:             "code",
	memberName:             "name",
}

// members holds the raw JSON values of the members the library reads; nil
// for those a body does not have.
type members [numMembers][]byte

// readMembers reads the members of the JSON object body that the library
// reads, each under its exact name. A body that is not one JSON object, or
// that has one of those members twice, is an error: encoding/json would let
// the last of two win, and match "ERROR" as "error", so that a body could
// say failure to one reader and success to another.
func readMembers(body []byte) (members, error) {
	var m members
	if !json.Valid(body) {
		var v any
		err := json.Unmarshal(body, &v) // for its description of the fault
		return m, fmt.Errorf("errcode: response body is not a JSON object: %w", err)
	}
	i := skipSpace(body, 0)
	if body[i] != '{' {
		return m, fmt.Errorf("errcode: response body is not a JSON object but %s", jsonKind(body[i]))
	}
	i = skipSpace(body, i+1)
	for body[i] != '}' {
		keyEnd := endOfString(body, i)
		key := body[i+1 : keyEnd-1]
		if bytes.IndexByte(key, '\\') >= 0 {
			var s string
			_ = json.Unmarshal(body[i:keyEnd], &s) // valid, as the whole body is
			key = []byte(s)
		}
		i = skipSpace(body, keyEnd)
		i = skipSpace(body, i+1) // the colon
		valueEnd := endOfValue(body, i)
		for n, name := range memberNames {
			if string(key) == name {
				if m[n] != nil {
					return m, fmt.Errorf("errcode: response body has the member %q twice", name)
				}
				m[n] = body[i:valueEnd]
				break
			}
		}
		i = skipSpace(body, valueEnd)
		if body[i] == ',' {
			i = skipSpace(body, i+1)
		}
	}
	return m, nil
}

// The scanners below read a body that json.Valid accepted, so every index
// they return is within it.

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// endOfString returns the index just past the JSON string that starts at
// b[i].
func endOfString(b []byte, i int) int {
	for i++; b[i] != '"'; i++ {
		if b[i] == '\\' {
			i++
		}
	}
	return i + 1
}

// endOfValue returns the index just past the JSON value that starts at b[i].
func endOfValue(b []byte, i int) int {
	switch b[i] {
	case '"':
		return endOfString(b, i)
	case '{', '[':
		depth := 0
		for ; ; i++ {
			switch b[i] {
			case '"':
				i = endOfString(b, i) - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return i + 1
				}
			}
		}
	}
	for i < len(b) && strings.IndexByte(",}] \t\r\n", b[i]) < 0 {
		i++
	}
	return i
}

// jsonKind names the kind of JSON value that starts with c.
func jsonKind(c byte) string {
	switch c {
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// problem is what a problem body says, decoded.
type problem struct {
	message   string // the detail, else the title
	status    int
	set, name string
	code      []byte
}

// problem reports whether m is an RFC 9457 problem: a string "title" or
// "detail", and a numeric "status".
func (m *members) problem() (problem, bool) {
	status, err := strconv.Atoi(string(m[memberStatus]))
	message := firstString(m[memberDetail], m[memberTitle])
	if message == "" || err != nil {
		return problem{}, false
	}
	return problem{message: message, status: status, set: firstString(m[memberSet]), name: firstString(m[memberName]), code: m[memberCode]}, true
}

// fromProblem restores what a problem names: a code, when its set, number
// and name agree, or a gateway reason; else only the message and the status.
func fromProblem(p problem, status int) *Error {
	if status == 0 {
		status = p.status
	}
	e := &Error{StatusCode: status, Message: p.message}
	set, err := ParseSet(p.set)
	switch {
	case err != nil:
		return e
	case set == SetGateway:
		if len(p.code) == 0 && p.name != "" {
			e.Reason = Reason(p.name)
		}
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
func firstString(values ...[]byte) string {
	for _, raw := range values {
		var s string
		if len(raw) > 0 && raw[0] == '"' && json.Unmarshal(raw, &s) == nil && s != "" {
			return s
		}
	}
	return ""
}

// quote returns s quoted as a Go string, at most maxQuoted bytes of it, so
// that a peer's bytes in an error message stay on one line.
func quote(s string) string { return strconv.Quote(shorten(s, maxQuoted)) }

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
