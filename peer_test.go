package errcode_test

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode"
)

// TestPeerTextIsBounded: a peer's huge or hostile text makes one bounded log
// line, and the fields keep it whole.
func TestPeerTextIsBounded(t *testing.T) {
	huge := strings.Repeat("界", 300*1024) // 900 KiB
	body := `{"error": -502, "error_description": "` + huge + `"}`
	err := errcode.ReadResponse(200, strings.NewReader(body))
	var e *errcode.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, huge, e.Message, "the field keeps the text verbatim")
	msg := err.Error()
	assert.Less(t, len(msg), 1024)
	assert.True(t, strings.HasSuffix(msg, "…"))
	assert.True(t, utf8.ValidString(msg), "cut between characters")

	forged := &errcode.Error{Code: errcode.ServerTicketExpired, Reason: "x\ny", Message: "expired\n2026/11/26 12:00:00 INFO all good\x1b[2J\u202e"}
	msg = forged.Error()
	assert.NotContains(t, msg, "\n")
	assert.NotContains(t, msg, "\x1b")
	assert.NotContains(t, msg, "\u202e")
	assert.Contains(t, msg, `expired\n2026/11/26 12:00:00 INFO all good\x1b[2J\u202e`)
	assert.Contains(t, msg, `rtc gateway error x\ny`)

	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, nil)).Error("failed", "err", forged)
	assert.Equal(t, 1, strings.Count(buf.String(), "\n"), "one failure, one log line: %q", buf.String())
	assert.NotContains(t, buf.String(), "\x1b")

	buf.Reset()
	slog.New(slog.NewJSONHandler(&buf, nil)).Error("failed", "err", &errcode.Error{Message: huge})
	assert.Less(t, buf.Len(), 2048)

	short := &errcode.Error{Message: "plain words, 中文"}
	assert.Equal(t, "plain words, 中文", short.Error(), "printable text is left as it is")
}

func TestDescribeIsForPeople(t *testing.T) {
	for _, err := range []error{
		errors.New("dial tcp 10.0.0.5:443: connection refused"),
		fmt.Errorf("call: %w", errors.New("java.lang.NullPointerException")),
		&errcode.Error{Message: "org.apache.shiro.authz.UnauthorizedException"},
	} {
		got := errcode.Describe(err, english)
		assert.Equal(t, errcode.Describe(errcode.Unknown, english), got)
	}
	gateway := errcode.ReadResponse(503, strings.NewReader("<html>10.0.0.5</html>"))
	assert.Equal(t, errcode.Describe(errcode.Unavailable, english), errcode.Describe(gateway, english))
}

func TestRetryAfter(t *testing.T) {
	_, ok := errcode.RetryAfter(nil)
	assert.False(t, ok)
	_, ok = errcode.RetryAfter(errcode.ServerPubInactive)
	assert.False(t, ok)
	_, ok = errcode.RetryAfter(&errcode.Error{Code: errcode.ServerPubInactive})
	assert.False(t, ok, "no delay was asked for")
	d, ok := errcode.RetryAfter(fmt.Errorf("w: %w", &errcode.Error{Reason: errcode.ReasonReachLimit, RetryAfter: 3 * time.Second}))
	assert.True(t, ok)
	assert.Equal(t, 3*time.Second, d)
}

func TestCredentialsRefused(t *testing.T) {
	for _, tt := range []struct {
		err     error
		refused bool
	}{
		{nil, false},
		{errors.New("x"), false},
		{errcode.ReasonAuthBadAccessToken, true},
		{&errcode.Error{Reason: errcode.ReasonUnauthorized, StatusCode: 401}, true},
		{&errcode.Error{Reason: errcode.ReasonInvalidGrant, StatusCode: 400}, true},
		{&errcode.Error{Reason: errcode.ReasonForbiddenOp, StatusCode: 403}, false}, // a known reason that is not about tokens keeps its own advice
		{&errcode.Error{StatusCode: 401}, true},
		{&errcode.Error{StatusCode: 403}, true},
		{&errcode.Error{Reason: errcode.ReasonReachLimit, StatusCode: 429}, false},
		{&errcode.Error{StatusCode: 404}, false},
		{&errcode.Error{Code: errcode.ServerTicketExpired, StatusCode: 401}, false},
		{errcode.Unauthenticated, false},
	} {
		assert.Equal(t, tt.refused, errcode.CredentialsRefused(tt.err), "%v", tt.err)
	}
}

func TestReadProblem(t *testing.T) {
	for _, tt := range []struct {
		name    string
		status  int
		body    string
		code    errcode.Code
		reason  errcode.Reason
		message string
		kind    errcode.Kind
		statusK int
	}{
		{"a code", 401, `{"type": "t", "title": "t", "status": 401, "detail": "d", "set": "server", "code": -502, "name": "TICKET_EXPIRED"}`, errcode.ServerTicketExpired, "", "d", errcode.Unauthenticated, 401},
		{"an unknown code", 500, `{"title": "t", "status": 500, "detail": "d", "set": "ios", "code": 999, "name": "IOSCode(999)"}`, errcode.IOSCode(999), "", "d", errcode.Unknown, 500}, // a code, even unknown, wins over the status derived from it
		{"a reason", 429, `{"title": "t", "status": 429, "detail": "d", "set": "gateway", "name": "reach_limit"}`, nil, errcode.ReasonReachLimit, "d", errcode.ResourceExhausted, 429},
		{"no status but the problem's", 0, `{"title": "Gone", "status": 404}`, nil, "", "Gone", errcode.NotFound, 404},
		{"the name disagrees", 401, `{"title": "t", "status": 401, "set": "server", "code": -502, "name": "BAD"}`, nil, "", "t", errcode.Unauthenticated, 401},
		{"success is no failure", 400, `{"title": "t", "status": 400, "set": "server", "code": 0, "name": "SUCCESS"}`, nil, "", "t", errcode.InvalidArgument, 400},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := errcode.ReadResponse(tt.status, strings.NewReader(tt.body))
			var e *errcode.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tt.code, e.Code)
			assert.Equal(t, tt.reason, e.Reason)
			assert.Equal(t, tt.message, e.Message)
			assert.Equal(t, tt.kind, errcode.KindOf(err))
			assert.Equal(t, tt.statusK, e.StatusCode)
		})
	}
	// The conference server's success body has a numeric "type": not a problem.
	assert.NoError(t, errcode.ReadResponse(200, strings.NewReader(successBody)))
}

func TestAnswerFor(t *testing.T) {
	for _, tt := range []struct {
		name string
		err  error
		want errcode.Answer
		text string
	}{
		{"a code", fmt.Errorf("w: %w", &errcode.Error{Code: errcode.ServerConfrTalkerTooMany, Message: "talker limit 6"}),
			errcode.Answer{Code: errcode.ServerConfrTalkerTooMany, Kind: errcode.ResourceExhausted, Remedy: errcode.RemedyWaitForRoom, HTTPStatus: 409}, errcode.ServerConfrTalkerTooMany.Description(english)},
		{"a reason", &errcode.Error{Reason: errcode.ReasonReachLimit, StatusCode: 429},
			errcode.Answer{Reason: errcode.ReasonReachLimit, Kind: errcode.ResourceExhausted, Retryable: true, Remedy: errcode.RemedySlowDown, HTTPStatus: 429}, errcode.ReasonReachLimit.Description(english)},
		{"an unknown reason", &errcode.Error{Reason: "new", StatusCode: 503},
			errcode.Answer{Kind: errcode.Unavailable, Retryable: true, Remedy: errcode.RemedyRetry, HTTPStatus: 503}, errcode.Unavailable.Description(english)},
		{"the service's own token", &errcode.Error{Reason: errcode.ReasonUnauthorized, StatusCode: 401},
			errcode.Answer{Kind: errcode.Unavailable, Retryable: true, Remedy: errcode.RemedyRetry, HTTPStatus: 502}, errcode.Unavailable.Description(english)},
		{"a foreign error", errors.New("dial tcp 10.0.0.5:443"),
			errcode.Answer{Kind: errcode.Unknown, Remedy: errcode.RemedyInvestigate, HTTPStatus: 500}, errcode.Unknown.Description(english)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := errcode.AnswerFor(tt.err)
			assert.Equal(t, tt.want, a)
			assert.Equal(t, tt.text, a.Description(english))
			assert.Equal(t, a.Description(simplified)+"。"+a.Hint(simplified)+"。", a.Describe(simplified))
		})
	}
}
