package errhttp

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/rtckit/errcode"
)

// answer runs WriteProblem for a request with acceptLanguage and returns the
// recorded response and its decoded body.
func answer(t *testing.T, p ProblemWriter, acceptLanguage string, err error) (*http.Response, map[string]any) {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, "/join", nil)
	req.Header.Set("Accept-Language", acceptLanguage)
	rec := httptest.NewRecorder()
	p.WriteProblem(rec, req, err)
	resp := rec.Result()
	var body map[string]any
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&body))
	return resp, body
}

func TestWriteProblemForACode(t *testing.T) {
	err := fmt.Errorf("join: %w", &errcode.Error{Code: errcode.ServerTicketExpired, Message: "ticket expired at 1542350943", Err: errors.New("dial tcp 10.0.0.5:443")})
	resp, body := answer(t, ProblemWriter{}, "zh-TW,zh;q=0.9", err)
	assert.Equal(t, 401, resp.StatusCode)
	assert.Equal(t, "application/problem+json", resp.Header.Get("Content-Type"))
	assert.Equal(t, "zh-Hant", resp.Header.Get("Content-Language"))
	assert.Equal(t, []string{"Accept-Language"}, resp.Header.Values("Vary"), "the language was chosen from the request")
	tag := language.TraditionalChinese
	assert.Equal(t, map[string]any{
		"type":      "https://pkg.go.dev/github.com/rtckit/errcode#ServerTicketExpired",
		"title":     errcode.ServerTicketExpired.Description(tag),
		"status":    401.0,
		"detail":    errcode.Describe(errcode.ServerTicketExpired, tag),
		"set":       "server",
		"code":      -502.0,
		"name":      "TICKET_EXPIRED",
		"kind":      "UNAUTHENTICATED",
		"retryable": false,
		"remedy":    "rejoin",
		"hint":      errcode.ServerTicketExpired.Hint(tag),
	}, body)
	assert.Empty(t, resp.Header.Get("Retry-After"))
}

func TestWriteProblemTypeBase(t *testing.T) {
	_, body := answer(t, ProblemWriter{TypeBase: "https://errors.example.com/rtc/"}, "en", errcode.AndroidCallTalkerIsFull)
	assert.Equal(t, "https://errors.example.com/rtc/AndroidCallTalkerIsFull", body["type"])
	_, body = answer(t, ProblemWriter{}, "en", errcode.IOSCode(999))
	assert.Equal(t, errcode.DocBase+"IOSCode", body["type"], "an unknown code's type is its type's")
	assert.Equal(t, "IOSCode(999)", body["name"])
	_, body = answer(t, ProblemWriter{}, "en", errcode.Unavailable)
	assert.Equal(t, errcode.DocBase+"Unavailable", body["type"])
	assert.NotContains(t, body, "set")
	assert.NotContains(t, body, "code")
}

// TestWriteProblemOwnCredentials: the gateway refusing this service's own
// token is nothing the client can mend: 502, with none of the gateway's
// words.
func TestWriteProblemOwnCredentials(t *testing.T) {
	for _, tt := range []struct {
		status int
		body   string
	}{
		{401, `{"error": "auth_bad_access_token", "error_description": "Unable to authenticate due to corrupt access token", "exception": "org.apache.usergrid.rest.exceptions.SecurityException"}`},
		{401, `{"error": "unauthorized", "exception": "org.apache.shiro.authz.UnauthorizedException"}`},
		{400, `{"error": "invalid_grant", "error_description": "client_secret does not match"}`},
		{403, ``},
		{401, `<html>401</html>`},
	} {
		upstream := errcode.ReadResponse(tt.status, strings.NewReader(tt.body))
		resp, body := answer(t, ProblemWriter{}, "en", fmt.Errorf("create room: %w", upstream))
		assert.Equal(t, 502, resp.StatusCode, tt.body)
		assert.Equal(t, "UNAVAILABLE", body["kind"], tt.body)
		assert.Equal(t, true, body["retryable"], tt.body)
		assert.Equal(t, errcode.DocBase+"Unavailable", body["type"])
		assert.Equal(t, errcode.Describe(errcode.Unavailable, language.English), body["detail"])
		assert.NotContains(t, body, "set")
		assert.NotContains(t, body, "name")
		raw, _ := json.Marshal(body)
		for _, secret := range []string{"token", "Exception", "apache", "client_secret", "unopened", "html"} {
			assert.NotContains(t, string(raw), secret, tt.body)
		}
	}
}

// A known reason that is not about tokens keeps its own advice, whatever its
// status: a 403 forbidden_op (a feature not enabled, a quota used up) is the
// client's to know, and is not worth retrying.
func TestWriteProblemKnownReasonKeepsItsAdvice(t *testing.T) {
	upstream := errcode.ReadResponse(403, strings.NewReader(`{"error": "forbidden_op", "error_description": "message recall service is unopened"}`))
	resp, body := answer(t, ProblemWriter{}, "en", fmt.Errorf("recall: %w", upstream))
	assert.Equal(t, 403, resp.StatusCode)
	assert.Equal(t, "PERMISSION_DENIED", body["kind"])
	assert.Equal(t, false, body["retryable"])
	assert.Equal(t, "forbidden_op", body["name"])
	assert.NotContains(t, fmt.Sprint(body), "unopened", "the peer's words stay in the log")
}

func TestWriteProblemForAReason(t *testing.T) {
	upstream := &errcode.Error{Reason: errcode.ReasonReachLimit, StatusCode: 429, RetryAfter: 1500 * time.Millisecond, Message: "This request has reached api limit"}
	resp, body := answer(t, ProblemWriter{}, "en-US,en;q=0.5", upstream)
	assert.Equal(t, 429, resp.StatusCode)
	assert.Equal(t, "2", resp.Header.Get("Retry-After"), "the upstream's delay, in whole seconds rounded up")
	assert.Equal(t, "gateway", body["set"])
	assert.Equal(t, "reach_limit", body["name"])
	assert.NotContains(t, body, "code")
	assert.Equal(t, true, body["retryable"])
	assert.Equal(t, errcode.DocBase+"ReasonReachLimit", body["type"])
	assert.NotContains(t, body["detail"], "api limit", "the peer's message stays in the log")

	limited := &errcode.Error{Reason: errcode.ReasonResourceLimited, StatusCode: 429, RetryAfter: time.Minute}
	resp, body = answer(t, ProblemWriter{}, "en", limited)
	assert.Equal(t, 403, resp.StatusCode, "the plan's limit: a 429 would invite a useless retry")
	assert.Empty(t, resp.Header.Get("Retry-After"), "no retry is advised, so no delay is passed on")
	assert.Equal(t, false, body["retryable"])
}

// TestWriteProblemNeverLeaks: what only a log should see never reaches the
// client.
func TestWriteProblemNeverLeaks(t *testing.T) {
	for _, err := range []error{
		errors.New("dial tcp 10.0.0.5:443: connection refused"),
		fmt.Errorf("call: %w", errors.New("java.lang.NullPointerException at 10.0.0.5")),
		&errcode.Error{Code: errcode.ServerPubInactive, Message: "java.lang.NullPointerException at 10.0.0.5"},
		&errcode.Error{StatusCode: 503, Message: "<html>10.0.0.5 upstream</html>"},
		nil,
	} {
		resp, body := answer(t, ProblemWriter{}, "en", err)
		raw, _ := json.Marshal(body)
		assert.NotContains(t, string(raw), "10.0.0.5", "%v", err)
		assert.NotContains(t, string(raw), "Exception", "%v", err)
		assert.GreaterOrEqual(t, resp.StatusCode, 500, "%v", err)
	}
	resp, body := answer(t, ProblemWriter{}, "en", nil)
	assert.Equal(t, 500, resp.StatusCode, "nil is never answered as a success")
	assert.Equal(t, "UNKNOWN", body["kind"])
}

func TestFromHTTPResponseOtherProblems(t *testing.T) {
	for _, tt := range []struct {
		name, body string
		status     int
		message    string
		kind       errcode.Kind
		code       errcode.Code
	}{
		{"someone else's problem", `{"type": "about:blank", "title": "Not Found", "status": 404, "detail": "no such room"}`, 404, "no such room", errcode.NotFound, nil},
		{"title only", `{"title": "Service Unavailable", "status": 503}`, 503, "Service Unavailable", errcode.Unavailable, nil},
		{"a code whose name disagrees", `{"title": "t", "status": 401, "detail": "d", "set": "server", "code": -502, "name": "TICKET_INVALID"}`, 401, "d", errcode.Unauthenticated, nil},
		{"a code of no set", `{"title": "t", "status": 400, "detail": "d", "set": "windows", "code": 803, "name": "CALL_CONNECTION_FAILED"}`, 400, "d", errcode.InvalidArgument, nil},
		{"a code beyond int32", `{"title": "t", "status": 400, "detail": "d", "set": "server", "code": 99999999999, "name": "x"}`, 400, "d", errcode.InvalidArgument, nil},
		{"a well-formed code", `{"title": "t", "status": 400, "detail": "d", "set": "android", "code": 824, "name": "CALL_CONFERENCE_ALREADY_IN_CONFERENCE"}`, 429, "d", errcode.ResourceExhausted, errcode.AndroidCallConferenceAlreadyInConference},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			rec.Header().Set("Content-Type", "application/problem+json")
			rec.WriteHeader(tt.status)
			_, _ = rec.WriteString(tt.body)
			err := FromHTTPResponse(rec.Result())
			var e *errcode.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tt.message, e.Message)
			assert.Equal(t, tt.code, e.Code)
			assert.Equal(t, tt.kind, errcode.KindOf(err))
		})
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		value string
		want  time.Duration
	}{
		{"120", 2 * time.Minute},
		{" 0 ", 0},
		{"Thu, 26 Nov 2026 12:00:30 GMT", 30 * time.Second},
		{"Thu, 26 Nov 2026 11:59:00 GMT", 0},
		{"-5", 0},
		{"soon", 0},
		{"", 0},
		{"3600", time.Hour},
		{"3601", errcode.MaxRetryAfter},
		{"9223372036", errcode.MaxRetryAfter},
		{"99999999999999999999", errcode.MaxRetryAfter},
		{"9223372036854775807", errcode.MaxRetryAfter},
		{"Fri, 31 Dec 9999 23:59:59 GMT", errcode.MaxRetryAfter},
		{"+5", 0},
		{"99999999999999999999garbage", 0}, // RFC 9110 would not parse it: no delay, not an hour
		{"12 34", 0},
		{"\f12", 0}, // only space and tab are optional whitespace
		{"\t12 ", 12 * time.Second},
		{"1.5", 0},
		{"Thu, 26 Nov 2026 12:00:30 GMT junk", 0},
	} {
		assert.Equal(t, tt.want, retryAfter(tt.value, now), "%q", tt.value)
	}

	require.NotPanics(t, func() {
		err := FromHTTPResponse(&http.Response{StatusCode: 500, Header: http.Header{}, Body: (*nilBody)(nil)})
		assert.Equal(t, errcode.Unavailable, errcode.KindOf(err))
	}, "a nil pointer of a body type")

	rec := httptest.NewRecorder()
	rec.Header().Set("Retry-After", "7")
	rec.WriteHeader(429)
	_, _ = rec.WriteString(`{"error": "reach_limit"}`)
	err := FromHTTPResponse(rec.Result())
	delay, ok := errcode.RetryAfter(fmt.Errorf("w: %w", err))
	assert.True(t, ok)
	assert.Equal(t, 7*time.Second, delay)
	assert.True(t, errcode.Retryable(err))
}

// nilBody is a body type whose methods panic on a nil receiver.
type nilBody struct{ r io.Reader }

func (b *nilBody) Read(p []byte) (int, error) { return b.r.Read(p) }
func (b *nilBody) Close() error               { b.r = nil; return nil }

// TestWriteProblemVary: Accept-Language joins a Vary the handler set, once.
func TestWriteProblemVary(t *testing.T) {
	for _, tt := range []struct {
		before []string
		want   []string
	}{
		{nil, []string{"Accept-Language"}},
		{[]string{"Origin"}, []string{"Origin", "Accept-Language"}},
		{[]string{"Origin, accept-language"}, []string{"Origin, accept-language"}},
		{[]string{"*"}, []string{"*"}},
	} {
		rec := httptest.NewRecorder()
		for _, v := range tt.before {
			rec.Header().Add("Vary", v)
		}
		WriteProblem(rec, httptest.NewRequest(http.MethodGet, "/", nil), errcode.ServerTicketExpired)
		assert.Equal(t, tt.want, rec.Result().Header.Values("Vary"), "%q", tt.before)
	}
}

// TestStatusesInviteNoUselessRetry: a limit that no retry passes is never
// answered with the 429 or 503 that generic clients retry by themselves;
// a rate limit is answered 429.
func TestStatusesInviteNoUselessRetry(t *testing.T) {
	for _, tt := range []struct {
		err    error
		status int
		title  string
	}{
		{errcode.ServerConfrMemberTooMany, 409, "too many conference members"},
		{errcode.IOSCallDesktopFull, 409, "maximum number of shared desktops reached"},
		{&errcode.Error{Reason: errcode.ReasonResourceLimited, StatusCode: 429}, 403, "the plan's limit was reached"},
		{&errcode.Error{Reason: errcode.ReasonReachLimit, StatusCode: 429}, 429, "API rate limit reached"},
		{&errcode.Error{StatusCode: 429}, 429, errcode.ResourceExhausted.Description(language.English)},
	} {
		resp, body := answer(t, ProblemWriter{}, "en", tt.err)
		assert.Equal(t, tt.status, resp.StatusCode, "%v", tt.err)
		assert.Equal(t, tt.title, body["title"], "%v", tt.err)
	}
}
