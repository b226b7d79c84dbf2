package errcode_test

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode"
)

// TestEverySuccessPath lists every way a body reads as a success, as
// ParseResponse's doc lists them; the same bodies with a failure status are
// failures.
func TestEverySuccessPath(t *testing.T) {
	for _, body := range []string{
		"",            // empty
		" \t\r\n",     // JSON whitespace only
		`{}`,          // an object without "error"
		`{"id": "x"}`, // the same, with data
		`{"error": null}`,
		`{"error": 0}`,
		`{"error": -0}`,
		`{"error": 0.0}`,
		`{"error": 0e5}`,
		successBody,
		`{"error": 0, "title": "t", "status": 500}`,      // "error" is there: not a problem
		`{"title": "t", "status": 399}`,                  // a problem's status must be a failure's
		`{"title": "", "status": 500}`,                   // a problem needs a title or a detail
		`{"title": "t", "status": "500"}`,                // and a numeric status
		`{"data": {"error": -502}, "error": 0}`,          // nested members are data
		`{"Error": -502}`,                                // names match exactly
		`{"error_description": "only a description"}`,    // what describes no failure is none
		`{"error": null, "title": null, "status": null}`, // null is absent
		` {"error": 0} `,                                 // whitespace around the object
		"{\"error\"\t:\r\n0}",                            // and inside it
		`{"x": [1, {"error": -1}]}`,                      // arrays are data too
	} {
		assert.NoError(t, errcode.ParseResponse([]byte(body)), "%q", body)
		assert.NoError(t, errcode.ReadResponse(200, strings.NewReader(body)), "%q", body)
		assert.Error(t, errcode.ReadResponse(500, strings.NewReader(body)), "%q", body)
		if !raceEnabled {
			data := []byte(body)
			assert.Zero(t, testing.AllocsPerRun(20, func() { _ = errcode.ParseResponse(data) }), "a success allocates: %q", body)
		}
	}
}

// TestFailuresNeverReadAsSuccess holds the bodies that earlier versions
// read as a success, or as less than they say.
func TestFailuresNeverReadAsSuccess(t *testing.T) {
	for _, tt := range []struct {
		name   string
		body   string
		code   errcode.Code
		reason errcode.Reason
		status int
	}{
		{"an empty string error", `{"error": ""}`, nil, "", 0},
		{"a form feed is not JSON whitespace", "\f", nil, "", 0},
		{"nor is an ideographic space", "\u3000", nil, "", 0},
		{"a null error hides no problem", `{"error": null, "title": "t", "status": 500}`, nil, "", 500},
		{"a status with an exponent", `{"title": "t", "status": 5e2}`, nil, "", 500},
		{"a status with a fraction", `{"title": "t", "status": 500.0}`, nil, "", 500},
		{"a code with an exponent", `{"error": -5.02e2}`, errcode.ServerTicketExpired, "", 0},
		{"a code with a fraction of zero", `{"error": -502.0}`, errcode.ServerTicketExpired, "", 0},
		{"a code that is not whole", `{"error": -502.5}`, nil, "", 0},
		{"a code beyond float64", `{"error": 1e400}`, nil, "", 0},
		{"a problem's code with an exponent", `{"title": "t", "status": 401, "set": "server", "code": -5.02e2, "name": "TICKET_EXPIRED"}`, errcode.ServerTicketExpired, "", 401},
		{"a member twice, one null", `{"error": null, "error": -502}`, nil, "", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := errcode.ParseResponse([]byte(tt.body))
			var e *errcode.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tt.code, e.Code)
			assert.Equal(t, tt.reason, e.Reason)
			assert.Equal(t, tt.status, e.StatusCode)
		})
	}
}

// TestTypedNilReader: a nil pointer of a reader type is a careless caller's,
// and gets an error, not a panic in the caller's service.
func TestTypedNilReader(t *testing.T) {
	for _, body := range []io.Reader{(*bytes.Reader)(nil), (*strings.Reader)(nil), (*bytes.Buffer)(nil), nil} {
		var err error
		require.NotPanics(t, func() { err = errcode.ReadResponse(200, body) }, "%T", body)
		if body == nil {
			assert.NoError(t, err, "no body is an empty body")
			continue
		}
		if err != nil {
			assert.Equal(t, errcode.Unavailable, errcode.KindOf(err), "%T: %v", body, err)
		}
	}
	err := errcode.ReadResponse(200, (*strings.Reader)(nil))
	require.Error(t, err, "strings.Reader panics on a nil receiver")
	assert.Contains(t, err.Error(), "panicked")
}

// FuzzParseResponseAgainstEncodingJSON reads every body with the library's
// reader and with one built on encoding/json's tokens, which applies the
// rules of ParseResponse's doc, and fails where they disagree on success,
// code, reason or status.
func FuzzParseResponseAgainstEncodingJSON(f *testing.F) {
	for _, s := range []string{
		successBody, codeBody, gatewayBody, htmlBody, floatBody, objectBody, hugeCodeBody,
		`{"error": ""}`, `{"error": null, "title": "t", "status": 500}`, `{"title": "t", "status": 5e2}`,
		`{"error": -5.02e2}`, "\f", `{"error": 0, "error": -502}`, `{"\u0065rror": -502}`, `{"error": "\ud800"}`,
		`{"title": "t", "status": 401, "set": "server", "code": -502, "name": "TICKET_EXPIRED"}`,
		`{"title": "t", "status": 429, "set": "gateway", "name": "reach_limit"}`, `{} {}`, `{"a":1,}`,
		`{"title": "t", "status": 500, "kind": "INTERNAL", "retryable": false}`, `{"title": "t", "status": 502, "kind": "UNAVAILABLE", "retryable": true, "kind": "OK"}`,
		`{"title": "t", "status": 400, "kind": "CANCELED", "retryable": "yes"}`, `{"title": "t", "status": 500, "kind": "OK"}`,
	} {
		for _, status := range []int{0, 200, 401, 500} {
			f.Add([]byte(s), status)
		}
	}
	f.Fuzz(func(t *testing.T, body []byte, status int) {
		status = status % 1000
		if status < 0 {
			status = -status
		}
		err := errcode.ReadResponse(status, bytes.NewReader(body))
		want := referenceRead(body, status)
		require.Equal(t, want.success, err == nil, "body %q, status %d: %v", body, status, err)
		if err == nil {
			return
		}
		var e *errcode.Error
		require.ErrorAs(t, err, &e)
		assert.Equal(t, want.code, e.Code, "body %q", body)
		assert.Equal(t, want.reason, e.Reason, "body %q", body)
		assert.Equal(t, want.status, e.StatusCode, "body %q", body)
		if want.stated != errcode.OK && want.code == nil && !want.reason.Known() {
			assert.Equal(t, want.stated, errcode.KindOf(err), "body %q: the problem's stated kind", body)
		}
	})
}

// referenced is what referenceRead makes of a body.
type referenced struct {
	success bool
	code    errcode.Code
	reason  errcode.Reason
	status  int
	stated  errcode.Kind // a problem's "kind", when it names one that is not OK
}

// referenceRead applies ParseResponse's documented rules with
// encoding/json's decoder: a second reader, written from the doc, that
// shares none of the library's scanner.
func referenceRead(body []byte, status int) referenced {
	failed := status != 0 && (status < 200 || status >= 300)
	failure := referenced{status: status}
	if len(bytes.Trim(body, " \t\r\n")) == 0 {
		return referenced{success: !failed, status: status}
	}
	members := map[string]json.RawMessage{}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return failure
	}
	names := map[string]bool{"error": true, "error_description": true, "message": true, "msg": true, "title": true, "detail": true, "status": true, "set": true, "code": true, "name": true, "kind": true, "retryable": true}
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return failure
		}
		key := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return failure
		}
		if !names[key] {
			continue
		}
		if seen[key] {
			return failure
		}
		seen[key] = true
		if string(raw) != "null" {
			members[key] = raw
		}
	}
	if tok, err := dec.Token(); err != nil || tok != json.Delim('}') {
		return failure
	}
	if _, err := dec.Token(); err != io.EOF {
		return failure
	}
	str := func(name string) string {
		var s string
		_ = json.Unmarshal(members[name], &s)
		return s
	}
	number := func(name string) (float64, bool) {
		var n json.Number
		if json.Unmarshal(members[name], &n) != nil {
			return 0, false
		}
		f, err := n.Float64()
		return f, err == nil
	}
	whole := func(name string) (int32, bool) {
		f, ok := number(name)
		if !ok || f != math.Trunc(f) || f < math.MinInt32 || f > math.MaxInt32 {
			return 0, false
		}
		return int32(f), true
	}
	raw, hasError := members["error"]
	if !hasError && (failed || status == 0) {
		message := str("detail")
		if message == "" {
			message = str("title")
		}
		p, isNumber := number("status")
		if message != "" && isNumber && p >= 0 && p < 1000 && (failed || p >= 400 && p <= 599) {
			out := referenced{status: status}
			if out.status == 0 {
				out.status = int(p)
			}
			for k := errcode.Kind(1); k.GoName() != ""; k++ {
				if raw, has := members["kind"]; has && raw[0] == '"' && str("kind") == k.String() {
					out.stated = k
				}
			}
			set, err := errcode.ParseSet(str("set"))
			switch {
			case err != nil:
			case set == errcode.SetGateway:
				if _, hasCode := members["code"]; !hasCode && str("name") != "" {
					out.reason = errcode.Reason(str("name"))
				}
			default:
				if n, ok := whole("code"); ok && n != 0 {
					if c, _ := errcode.Lookup(set, int(n)); c != nil && c.String() == str("name") {
						out.code = c
					}
				}
			}
			return out
		}
	}
	out := referenced{status: status}
	switch {
	case !hasError:
		out.success = !failed
	case raw[0] == '"':
		out.reason = errcode.Reason(str("error"))
	default:
		n, ok := whole("error")
		switch {
		case !ok:
		case n != 0:
			out.code = errcode.ServerCode(n)
		default:
			out.success = !failed
		}
	}
	return out
}

// referenceWebReport applies ParseWebReport's documented rules with
// encoding/json's decoder: ok and the three values FromWeb is called with,
// or !ok for a body that is not a report.
func referenceWebReport(body []byte) (code int, errorType, message string, ok bool) {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return 0, "", "", false
	}
	members := map[string]json.RawMessage{}
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return 0, "", "", false
		}
		key := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return 0, "", "", false
		}
		if key != "error" && key != "errorType" && key != "errorMessage" {
			continue
		}
		if seen[key] {
			return 0, "", "", false
		}
		seen[key] = true
		if string(raw) != "null" {
			members[key] = raw
		}
	}
	if tok, err := dec.Token(); err != nil || tok != json.Delim('}') {
		return 0, "", "", false
	}
	if _, err := dec.Token(); err != io.EOF {
		return 0, "", "", false
	}
	for _, name := range []string{"errorType", "errorMessage"} {
		if raw, has := members[name]; has && json.Unmarshal(raw, new(string)) != nil {
			return 0, "", "", false
		}
	}
	_ = json.Unmarshal(members["errorType"], &errorType)
	_ = json.Unmarshal(members["errorMessage"], &message)
	var n json.Number // which encoding/json fills from a string too: "0" is no number
	if raw := members["error"]; len(raw) == 0 || raw[0] == '"' || json.Unmarshal(raw, &n) != nil {
		return 0, "", "", false
	}
	f, err := n.Float64()
	if err != nil || f != math.Trunc(f) || f < math.MinInt32 || f > math.MaxInt32 {
		return 0, "", "", false
	}
	return int(f), errorType, message, true
}

// FuzzParseWebReportAgainstEncodingJSON reads every body with
// ParseWebReport and with a reader built on encoding/json's tokens, and
// fails where they disagree.
func FuzzParseWebReportAgainstEncodingJSON(f *testing.F) {
	for _, s := range []string{
		`{"error": -200, "errorType": "join_fail", "errorMessage": "cause: -523"}`, `{"error":-502,"ERROR":0}`,
		`{"error":-502,"error":0}`, `{"error":"0"}`, `{"error":-200,"errortype":"join_fail"}`, `{"error": 0}`,
		`{"error": -2e2, "errorType": "push_fail"}`, `{"error": 1.5}`, `{"error": -200, "errorType": 7}`,
		`{"error": 0, "errorType": "http_error", "errorMessage": "abort"}`, `[]`, `{"\u0065rror": -9527, "errorType": "network_fail"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		got := errcode.ParseWebReport(body)
		code, errorType, message, ok := referenceWebReport(body)
		if !ok {
			require.Error(t, got, "%q is not a report", body)
			_, hasCode := errcode.CodeOf(got)
			assert.False(t, hasCode, "%q", body)
			assert.Equal(t, errcode.Unknown, errcode.KindOf(got), "%q", body)
			return
		}
		want := errcode.FromWeb(code, errorType, message)
		require.Equal(t, want == nil, got == nil, "%q: %v, want %v", body, got, want)
		if want == nil {
			return
		}
		assert.Equal(t, want.Error(), got.Error(), "%q", body)
		assert.Equal(t, errcode.AnswerFor(want), errcode.AnswerFor(got), "%q", body)
	})
}
