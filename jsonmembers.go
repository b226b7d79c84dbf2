package errcode

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"
)

// The JSON member reader: the members of a response body that the library
// reads, each under its exact name, read without allocating for a body that
// is a success. encoding/json would let the last of two members of the same
// name win, and match "ERROR" as "error", so that a body could say failure
// to one reader and success to another; this reader rejects the first and
// does not do the second.

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
// for those a body does not have, and for those whose value is null.
type members [numMembers][]byte

// readMembers reads the members of the JSON object body that the library
// reads. A body that is not one JSON object, or that has one of those
// members twice (null or not), is an error.
func readMembers(body []byte) (members, error) {
	var m members
	// The scanners below trust that body is valid JSON: every index they
	// return is then within it. This is the only place that calls them.
	if !json.Valid(body) {
		var v any
		err := json.Unmarshal(body, &v) // for its description of the fault
		return m, fmt.Errorf("errcode: response body is not a JSON object: %w", err)
	}
	i := skipSpace(body, 0)
	if body[i] != '{' {
		return m, fmt.Errorf("errcode: response body is not a JSON object but %s", jsonKind(body[i]))
	}
	var seen [numMembers]bool
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
		for n, name := range memberNames {
			if string(key) == name {
				if seen[n] {
					return m, fmt.Errorf("errcode: response body has the member %q twice", name)
				}
				seen[n] = true
				if value := body[i:valueEnd]; string(value) != "null" {
					m[n] = value
				}
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
