package errcode

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The JSON reader: every JSON value the library reads (a response body, a
// problem, a web SDK report) is read here, members and values alike, under
// one set of rules, without allocating for a body that is a success:
//
//   - a member's name matches exactly: "ERROR" is not "error", and
//     "errortype" is not "errorType" (encoding/json folds case);
//   - a member the reader wants that comes twice is an error, null or not
//     (encoding/json lets the last win), so that no body says failure to one
//     reader and success to another;
//   - a member whose value is null is absent;
//   - a number is read only from a JSON number: a string where a number
//     belongs ("error": "0") is never read as the number.

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
	memberKind
	memberRetryable
	memberRemedy
	memberDetails // a google.rpc.Status's, as grpc-gateway writes one, with "code" and "message"
	numMembers
)

var responseMembers = [numMembers]string{
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
	memberKind:             "kind",
	memberRetryable:        "retryable",
	memberRemedy:           "remedy",
	memberDetails:          "details",
}

// members holds the raw JSON values of the members of a response body that
// the library reads; nil for those a body does not have, and for those
// whose value is null.
type members [numMembers][]byte

// The members of a detail of a google.rpc.Status in JSON, by position.
const (
	detailType = iota
	detailReason
	detailDomain
	detailMetadata
	detailRetryDelay
	numDetailMembers
)

var detailMembers = [numDetailMembers]string{
	detailType:       "@type",
	detailReason:     "reason",
	detailDomain:     "domain",
	detailMetadata:   "metadata",
	detailRetryDelay: "retryDelay",
}

// The members of a web SDK report, by position in webMembers.
const (
	webMemberError = iota
	webMemberErrorType
	webMemberErrorMessage
	numWebMembers
)

var webReportMembers = [numWebMembers]string{
	webMemberError:        "error",
	webMemberErrorType:    "errorType",
	webMemberErrorMessage: "errorMessage",
}

// webMembers holds the raw JSON values of a web SDK report's members.
type webMembers [numWebMembers][]byte

// readMembers reads the members of the JSON object body that names lists
// into m, position for position. A body that is not one JSON object, or
// that has one of those members twice (null or not), is an error, which
// calls the body what.
func readMembers(what string, body []byte, names []string, m [][]byte) error {
	// The scanners below trust that body is valid JSON: every index they
	// return is then within it. This is the only place that calls them.
	if !json.Valid(body) {
		var v any
		err := json.Unmarshal(body, &v) // for its description of the fault
		return fmt.Errorf("errcode: %s is not a JSON object: %w", what, err)
	}
	if i := skipSpace(body, 0); body[i] != '{' {
		return fmt.Errorf("errcode: %s is not a JSON object but %s", what, jsonKind(body[i]))
	}
	var seen uint64 // a bit per name; no reader wants more than 64 members
	return eachMember(body, func(key, value []byte) error {
		for n, name := range names {
			if string(key) == name {
				if seen&(1<<n) != 0 {
					return fmt.Errorf("errcode: %s has the member %q twice", what, name)
				}
				seen |= 1 << n
				if string(value) != "null" {
					m[n] = value
				}
				break
			}
		}
		return nil
	})
}

// eachMember calls f with each member of the JSON object that body, valid
// JSON, holds, in order, and stops at f's first error.
func eachMember(body []byte, f func(key, value []byte) error) error {
	i := skipSpace(body, 0)
	if i == len(body) || body[i] != '{' {
		return fmt.Errorf("errcode: not a JSON object")
	}
	i = skipSpace(body, i+1)
	for body[i] != '}' {
		keyEnd := endOfString(body, i)
		key := body[i+1 : keyEnd-1]
		if bytes.IndexByte(key, '\\') >= 0 {
			key = []byte(stringValue(body[i:keyEnd]))
		}
		i = skipSpace(body, keyEnd)
		i = skipSpace(body, i+1) // the colon
		valueEnd := endOfValue(body, i)
		if err := f(key, body[i:valueEnd]); err != nil {
			return err
		}
		i = skipSpace(body, valueEnd)
		if body[i] == ',' {
			i = skipSpace(body, i+1)
		}
	}
	return nil
}

// eachElement calls f with each element of the JSON array that raw, valid
// JSON, holds; nothing for anything but an array.
func eachElement(raw []byte, f func(value []byte)) {
	i := skipSpace(raw, 0)
	if i == len(raw) || raw[i] != '[' {
		return
	}
	for i = skipSpace(raw, i+1); raw[i] != ']'; {
		end := endOfValue(raw, i)
		f(raw[i:end])
		if i = skipSpace(raw, end); raw[i] == ',' {
			i = skipSpace(raw, i+1)
		}
	}
}

// skipSpace returns the index of the first byte at or after i that is not
// whitespace as RFC 8259 defines it: space, tab, line feed, carriage return.
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

// stringValue returns the value of the JSON string raw, which the reader
// found valid; "" for anything else.
func stringValue(raw []byte) string {
	if len(raw) < 2 || raw[0] != '"' {
		return ""
	}
	if bytes.IndexByte(raw, '\\') < 0 && utf8.Valid(raw) {
		return string(raw[1 : len(raw)-1])
	}
	var s string
	_ = json.Unmarshal(raw, &s)
	return s
}

// firstString returns the first of values that is a non-empty JSON string.
func firstString(values ...[]byte) string {
	for _, raw := range values {
		if s := stringValue(raw); s != "" {
			return s
		}
	}
	return ""
}

// isString reports whether raw is a JSON string.
func isString(raw []byte) bool { return len(raw) > 0 && raw[0] == '"' }

// int32Value returns the whole number that the JSON number raw stands for,
// however it is written (-502, -5.02e2, -502.0), if it fits int32; a string
// is no number.
func int32Value(raw []byte) (int32, bool) {
	// ParseInt's error allocates: it is spared the numbers it cannot read.
	if len(raw) == 0 {
		return 0, false
	}
	if !bytes.ContainsAny(raw, ".eE") {
		if n, err := strconv.ParseInt(string(raw), 10, 32); err == nil {
			return int32(n), true
		}
	}
	f, ok := numberValue(raw)
	if !ok || f != math.Trunc(f) || f < math.MinInt32 || f > math.MaxInt32 {
		return 0, false
	}
	return int32(f), true
}

// numberValue returns the value of the JSON number raw, or false when raw is
// not a number or is beyond float64.
func numberValue(raw []byte) (float64, bool) {
	if len(raw) == 0 || raw[0] != '-' && (raw[0] < '0' || raw[0] > '9') {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(raw), 64)
	return f, err == nil
}

// boolValue returns the value of the JSON boolean raw, or false when raw is
// not a boolean.
func boolValue(raw []byte) (value, ok bool) {
	switch string(raw) {
	case "true":
		return true, true
	case "false":
		return false, true
	}
	return false, false
}
