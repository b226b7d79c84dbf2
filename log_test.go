package errcode_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode"
)

// logged returns what slog's JSON handler writes for value under key "v".
func logged(t *testing.T, value any) map[string]any {
	t.Helper()
	var buf bytes.Buffer
	args := []any{"v", value}
	if a, ok := value.(slog.Attr); ok {
		args = []any{a}
	}
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("m", args...)
	var line map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &line))
	return line
}

func TestLogValue(t *testing.T) {
	tests := []struct {
		name  string
		value any
		want  any
	}{
		{"server", errcode.ServerTicketExpired, map[string]any{"set": "server", "code": -502.0, "name": "TICKET_EXPIRED", "kind": "UNAUTHENTICATED", "description": "conference ticket expired", "retryable": false, "remedy": "rejoin"}},
		{"android", errcode.AndroidCallBusy, map[string]any{"set": "android", "code": 801.0, "name": "CALL_BUSY", "kind": "FAILED_PRECONDITION", "description": "user is busy: a call is in progress", "retryable": false, "remedy": "fix_request"}},
		{"ios unknown", errcode.IOSCode(830), map[string]any{"set": "ios", "code": 830.0, "name": "IOSCode(830)", "kind": "UNKNOWN", "description": "unknown iOS error code 830", "retryable": false, "remedy": "investigate"}},
		{"kind", errcode.ResourceExhausted, "RESOURCE_EXHAUSTED"},
		{"*Error", &errcode.Error{Code: errcode.ServerPubInactive, Op: "publish", Message: "m", StatusCode: 200, Err: errors.New("cause")},
			map[string]any{"set": "server", "code": -554.0, "name": "PUB_INACTIVE", "kind": "UNAVAILABLE", "description": "publishing the stream failed", "op": "publish", "message": "m", "status": 200.0, "cause": "cause", "retryable": true, "remedy": "retry"}},
		{"gateway *Error", &errcode.Error{Reason: "auth_bad_access_token", StatusCode: 401},
			map[string]any{"kind": "UNAUTHENTICATED", "description": "the token is malformed or was not issued by the vendor's service, not merely expired", "reason": "auth_bad_access_token", "status": 401.0, "retryable": false, "remedy": "fix_credentials"}},
		{"gateway *Error, unknown reason", &errcode.Error{Reason: "too_many", StatusCode: 429},
			map[string]any{"kind": "RESOURCE_EXHAUSTED", "description": "too many requests: a rate limit of the RTC service was reached", "reason": "too_many", "status": 429.0, "retryable": true, "remedy": "slow_down"}},
		{"reason", errcode.ReasonReachLimit, map[string]any{"set": "gateway", "reason": "reach_limit", "kind": "RESOURCE_EXHAUSTED", "description": "API rate limit reached", "retryable": true, "remedy": "slow_down"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, logged(t, tt.value)["v"])
		})
	}
}

// TestAttr: a wrapped failure logs the wrapping's text and the library's
// attributes, and a delay as a person reads it.
func TestAttr(t *testing.T) {
	err := fmt.Errorf("join room 7: %w", &errcode.Error{Reason: errcode.ReasonReachLimit, StatusCode: 429, RetryAfter: 1500 * time.Millisecond})
	got := logged(t, errcode.Attr("v", err))
	assert.Equal(t, map[string]any{
		"error": "join room 7: rtc gateway error reach_limit (HTTP 429)", "kind": "RESOURCE_EXHAUSTED", "retryable": true, "remedy": "slow_down",
		"description": "API rate limit reached", "reason": "reach_limit", "status": 429.0, "retry_after": "1.5s",
	}, got["v"])

	got = logged(t, errcode.Attr("v", fmt.Errorf("dial: %w", errcode.ErrnoRefused)))
	assert.Equal(t, map[string]any{
		"error": "dial: connection refused", "kind": "UNAVAILABLE", "retryable": true, "remedy": "retry",
		"description": "the connection was refused", "network": "connection_refused",
	}, got["v"], "a chain with no *Error")
	assert.Equal(t, slog.Attr{}, errcode.Attr("v", nil))
}

func TestGoName(t *testing.T) {
	assert.Equal(t, "ServerSysRefuseChangeRoles", errcode.ServerSysRefuseChangeRoles.GoName())
	assert.Equal(t, "ServerException", errcode.ServerBadRequest.GoName(), "the value's first name")
	assert.Equal(t, "AndroidCallTalkerIsFull", errcode.AndroidCallTalkerIsFull.GoName())
	assert.Equal(t, "IOSCallInvalidID", errcode.IOSCallInvalidID.GoName())
	assert.Empty(t, errcode.AndroidCode(3).GoName())
}

func TestKindTexts(t *testing.T) {
	for k := errcode.OK; k <= errcode.Unauthenticated; k++ {
		for _, tag := range errcode.Languages() {
			assert.NotEmpty(t, k.Description(tag), "%s %s", k, tag)
			assert.NotEmpty(t, k.Hint(tag), "%s %s", k, tag)
		}
		assert.NotEqual(t, k.Description(english), k.Description(simplified), k.String())
		assertEnglish(t, k.Description(english), k.String())
		assertTraditional(t, k.Description(traditional), k.String())
		assertTraditional(t, k.Hint(traditional), k.String())
		assertSimplified(t, k.Description(simplified), k.String())
		assertSimplified(t, k.Hint(simplified), k.String())
	}
	assert.Equal(t, errcode.Unknown.Description(english), errcode.Kind(99).Description(english))
	assert.Equal(t, errcode.Unknown.Hint(simplified), errcode.Kind(99).Hint(simplified))
	assert.Equal(t, "the RTC service is unavailable; try again later", errcode.Describe(&errcode.Error{StatusCode: 503}, english))
	assert.Equal(t, "RTC 服务暂不可用。请稍后再试。", errcode.Describe(errcode.Unavailable, simplified))
}
