package errcode_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/internal/testkit"
)

var forgery = testkit.Forgery

func assertOneLine(t *testing.T, s string) { t.Helper(); testkit.AssertOneLine(t, s) }

// TestOneFailureOneLine: whatever a peer or a cause says, Error and LogValue
// give one bounded line, and the fields keep the text verbatim.
func TestOneFailureOneLine(t *testing.T) {
	for name, err := range map[string]*errcode.Error{
		"cause":   {Code: errcode.ServerTicketExpired, Err: errors.New(forgery)},
		"message": {Message: forgery, StatusCode: 500},
		"reason":  {Reason: errcode.Reason(forgery), StatusCode: math.MaxInt},
		"op":      {Op: forgery, Code: errcode.ServerException},
		"all": {Op: forgery, Code: errcode.ServerException, Reason: errcode.Reason(forgery), Message: forgery, StatusCode: math.MinInt,
			Err: fmt.Errorf("wrapped: %w", &errcode.Error{Message: forgery, Err: errors.New(forgery)})},
	} {
		t.Run(name, func(t *testing.T) {
			assertOneLine(t, err.Error())
			assert.Contains(t, err.Error(), testkit.ForgeryEscaped+"AAA")

			var buf bytes.Buffer
			slog.New(slog.NewTextHandler(&buf, nil)).Error("failed", "err", err)
			assert.Equal(t, 1, strings.Count(buf.String(), "\n"), "%.300q", buf.String())
			for _, a := range err.LogValue().Group() {
				assertOneLine(t, a.Value.String())
			}
		})
	}
	// What the library reads keeps the peer's text verbatim in the field,
	// however it bounds and escapes it when printing.
	said := forgery[:8<<10]
	body, err := json.Marshal(map[string]any{"error": -502, "error_description": said})
	require.NoError(t, err)
	var e *errcode.Error
	require.ErrorAs(t, errcode.ParseResponse(body), &e)
	assert.Equal(t, said, e.Message, "the field keeps the text verbatim")
	assertOneLine(t, e.Error())
}

// TestLibraryErrorsAreOneLine: the errors the library builds itself quote
// what they repeat of a peer's bytes.
func TestLibraryErrorsAreOneLine(t *testing.T) {
	for _, body := range []string{
		"{\"error\": [1,\n\"INFO payment ok\u202e\"]}",
		"{\"error\": {\"\u2028\": \"\x1b[2J\"}}",
		"\x1b[2J\n<html>" + forgery,
		`{"error": 0, "error": -502}`,
		"[\"\\u202e\"]",
	} {
		err := errcode.ParseResponse([]byte(body))
		require.Error(t, err, "%q", body)
		assertOneLine(t, err.Error())
		if cause := errors.Unwrap(err); cause != nil {
			assertOneLine(t, cause.Error())
		}
	}
	_, err := errcode.ParseServerCode("\x1b]0;t\x07\n" + forgery)
	assertOneLine(t, err.Error())
	_, err = errcode.ParseSet("\u202e" + forgery)
	assertOneLine(t, err.Error())
	assertOneLine(t, errcode.Reason(forgery).Error())
}

func TestRetryAfterIsCapped(t *testing.T) {
	for _, asked := range []time.Duration{10 * 365 * 24 * time.Hour, math.MaxInt64, errcode.MaxRetryAfter + 1} {
		delay, ok := errcode.RetryAfter(fmt.Errorf("w: %w", &errcode.Error{RetryAfter: asked}))
		assert.True(t, ok)
		assert.Equal(t, errcode.MaxRetryAfter, delay, "%v", asked)
	}
	delay, ok := errcode.RetryAfter(&errcode.Error{RetryAfter: 90 * time.Second})
	assert.True(t, ok)
	assert.Equal(t, 90*time.Second, delay)
	_, ok = errcode.RetryAfter(&errcode.Error{RetryAfter: -time.Second})
	assert.False(t, ok)
	assert.LessOrEqual(t, errcode.MaxRetryAfter, 24*time.Hour)
}

// TestContextErrors: a canceled or timed-out context is what gRPC says it
// is, wrapped or not.
func TestContextErrors(t *testing.T) {
	for _, tt := range []struct {
		err       error
		kind      errcode.Kind
		status    int
		retryable bool
	}{
		{context.Canceled, errcode.Canceled, 499, false},
		{fmt.Errorf("join: %w", context.Canceled), errcode.Canceled, 499, false},
		{context.DeadlineExceeded, errcode.DeadlineExceeded, 504, true},
		{errors.Join(errors.New("a"), fmt.Errorf("b: %w", context.DeadlineExceeded)), errcode.DeadlineExceeded, 504, true},
		{&errcode.Error{Op: "join", Err: context.DeadlineExceeded}, errcode.DeadlineExceeded, 504, true},
	} {
		assert.Equal(t, tt.kind, errcode.KindOf(tt.err), "%v", tt.err)
		assert.Equal(t, tt.status, errcode.AnswerFor(tt.err).HTTPStatus, "%v", tt.err)
		assert.Equal(t, tt.retryable, errcode.Retryable(tt.err), "%v", tt.err)
		a := errcode.AnswerFor(tt.err)
		assert.Equal(t, errcode.Answer{Kind: tt.kind, Retryable: tt.retryable, Remedy: tt.kind.Remedy(), HTTPStatus: tt.status}, a)
	}
	assert.Equal(t, errcode.ServerTicketExpired.Kind(), errcode.KindOf(fmt.Errorf("%w: %w", context.Canceled, errcode.ServerTicketExpired)),
		"a code says more than a context error")
}

// TestNoBodyFlipsSuccessAndFailure: a body is read one way only, whatever
// tricks of JSON or HTTP it tries.
func TestNoBodyFlipsSuccessAndFailure(t *testing.T) {
	problem := `{"type": "x", "title": "t", "status": 401, "detail": "d", "set": "server", "code": -502, "name": "TICKET_EXPIRED"}`
	for _, tt := range []struct {
		name   string
		status int
		body   string
		ok     bool
		code   errcode.Code
		kind   errcode.Kind
	}{
		{"data with a title and a status", 200, `{"id":"c1","title":"Weekly sync","status":1}`, true, nil, errcode.OK},
		{"a problem with 200", 200, problem, true, nil, errcode.OK},
		{"a problem with 401", 401, problem, false, errcode.ServerTicketExpired, errcode.Unauthenticated},
		{"a problem without a status", 0, problem, false, errcode.ServerTicketExpired, errcode.Unauthenticated},
		{"a problem status that is no failure, without a status", 0, `{"title": "t", "status": 200, "set": "server", "code": -502, "name": "TICKET_EXPIRED"}`, true, nil, errcode.OK},
		{"another case is another member", 200, `{"error":-502,"ERROR":0}`, false, errcode.ServerTicketExpired, errcode.Unauthenticated},
		{"another case is no error", 200, `{"ERROR":-502}`, true, nil, errcode.OK},
		{"a member twice", 200, `{"error":-502,"error":0}`, false, nil, errcode.Unknown},
		{"a member twice, one escaped", 200, `{"error":0,"\u0065rror":-502}`, false, nil, errcode.Unknown},
		{"a message twice", 200, `{"error":0,"message":"a","message":"b"}`, false, nil, errcode.Unknown},
		{"a redirect with no body", 302, "", false, nil, errcode.Unknown},
		{"a redirect with a success body", 301, `{"error": 0}`, false, nil, errcode.Unknown},
		{"an interim status", 100, "", false, nil, errcode.Unknown},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			if tt.status == 0 {
				err = errcode.ParseResponse([]byte(tt.body))
			} else {
				err = errcode.ReadResponse(tt.status, strings.NewReader(tt.body))
			}
			if tt.ok {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			code, _ := errcode.CodeOf(err)
			assert.Equal(t, tt.code, code)
			assert.Equal(t, tt.kind, errcode.KindOf(err))
			assert.False(t, errcode.Retryable(err))
		})
	}
}

// TestCarelessCallers: a nil *Error in an error, and kinds outside gRPC's
// 17, neither panic nor leak into an answer.
func TestCarelessCallers(t *testing.T) {
	var nilError *errcode.Error
	for _, err := range []error{nilError, fmt.Errorf("w: %w", nilError), errors.Join(nilError)} {
		assert.NotPanics(t, func() {
			assert.Equal(t, errcode.Unknown, errcode.KindOf(err))
			assert.False(t, errcode.Retryable(err))
			assert.Equal(t, errcode.Answer{Kind: errcode.Unknown, Remedy: errcode.RemedyInvestigate, HTTPStatus: 500}, errcode.AnswerFor(err))
			assert.False(t, errcode.CredentialsRefused(err))
			_, ok := errcode.CodeOf(err)
			assert.False(t, ok)
			_, ok = errcode.RetryAfter(err)
			assert.False(t, ok)
			assert.Equal(t, errcode.Describe(errcode.Unknown, english), errcode.Describe(err, english))
			assert.NotEmpty(t, err.Error())
		})
	}
	assert.NotPanics(t, func() {
		assert.Equal(t, "rtc error", nilError.Error())
		assert.Equal(t, "UNKNOWN", nilError.LogValue().Group()[0].Value.String())
		assert.False(t, nilError.Is(errcode.Unknown) || nilError.As(new(errcode.Code)))
		assert.NoError(t, nilError.Unwrap())
	})
	for _, k := range []errcode.Kind{17, 200, math.MaxUint8} {
		a := errcode.AnswerFor(fmt.Errorf("w: %w", k))
		assert.Equal(t, errcode.Answer{Kind: errcode.Unknown, Remedy: errcode.RemedyInvestigate, HTTPStatus: 500}, a)
		assert.Equal(t, errcode.Unknown, errcode.KindOf(&errcode.Error{Err: k}))
		assert.Equal(t, errcode.Unknown, k.Kind())
	}
}

// TestCredentialsRefusedOverGRPC: a peer's UNAUTHENTICATED or
// PERMISSION_DENIED with no code, as errgrpc.FromError reads it (an *Error
// whose cause is the kind), is the service's own credentials refused, as a
// gateway 401 or 403 is.
func TestCredentialsRefusedOverGRPC(t *testing.T) {
	for _, k := range []errcode.Kind{errcode.Unauthenticated, errcode.PermissionDenied} {
		err := fmt.Errorf("call svc-b: %w", &errcode.Error{Message: "bad token for svc-b", Err: k})
		assert.True(t, errcode.CredentialsRefused(err), "%v", k)
		assert.Equal(t, errcode.Answer{Kind: errcode.Unavailable, Retryable: true, Remedy: errcode.RemedyRetry, HTTPStatus: 502}, errcode.AnswerFor(err))
	}
	for _, err := range []error{
		errcode.Unauthenticated, // the service's own verdict on its client
		&errcode.Error{Err: errcode.NotFound},
		&errcode.Error{Code: errcode.ServerTokenAuthzFail, Err: errcode.Unauthenticated},
		&errcode.Error{Reason: errcode.ReasonForbiddenOp, Err: errcode.PermissionDenied},
	} {
		assert.False(t, errcode.CredentialsRefused(err), "%v", err)
	}
}
