package errcode_test

import (
	"errors"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/internal/testkit"
)

// Bodies shaped as the RTC server and its REST gateway send them.
const (
	successBody  = testkit.SuccessBody
	codeBody     = testkit.CodeBody
	gatewayBody  = testkit.GatewayBody
	htmlBody     = testkit.HTMLBody
	floatBody    = testkit.FloatBody
	objectBody   = testkit.ObjectBody
	hugeCodeBody = testkit.HugeCodeBody
)

func TestParseResponse(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		code    errcode.Code
		reason  errcode.Reason
		message string
		cause   bool // Err says what could not be parsed
	}{
		{"success", successBody, nil, "", "", false},
		{"no error field", `{"id": "x"}`, nil, "", "", false},
		{"null error", `{"error": null}`, nil, "", "", false},
		{"empty", "", nil, "", "", false},
		{"blank", " \n", nil, "", "", false},
		{"server code", codeBody, errcode.ServerTicketExpired, "", "ticket expired at 1542350943", false},
		{"unknown server code", `{"error": -999, "message": "new"}`, errcode.ServerCode(-999), "", "new", false},
		{"msg field", `{"error": -301, "msg": "gone"}`, errcode.ServerConfrNotExist, "", "gone", false},
		{"first message field that is a string", `{"error": -301, "error_description": "", "message": 5, "msg": "gone"}`, errcode.ServerConfrNotExist, "", "gone", false},
		{"member names match exactly", `{"Error": -502, "Error_Description": "late"}`, nil, "", "", false},
		{"an escaped name is the same name", `{"\u0065rror": -502, "message": "late"}`, errcode.ServerTicketExpired, "", "late", false},
		{"a member twice", `{"error": 0, "error": -502}`, nil, "", `{"error": 0, "error": -502}`, true},
		{"nested members are data", `{"data": {"error": -502, "error": 0}, "error": 0}`, nil, "", "", false},
		{"gateway string", gatewayBody, nil, "auth_bad_access_token", "Unable to authenticate due to corrupt access token", false},
		{"not JSON", htmlBody, nil, "", htmlBody, true},
		{"JSON array", `[1,2]`, nil, "", `[1,2]`, true},
		{"JSON string", `"error"`, nil, "", `"error"`, true},
		{"JSON boolean", ` true`, nil, "", ` true`, true},
		{"JSON null", `null`, nil, "", `null`, true},
		{"JSON number", `-502`, nil, "", `-502`, true},
		{"float code", floatBody, nil, "", floatBody, true},
		{"object code", objectBody, nil, "", objectBody, true},
		{"code beyond int32", hugeCodeBody, nil, "", hugeCodeBody, true},
		{"description of the wrong type", `{"error": -502, "error_description": 7}`, errcode.ServerTicketExpired, "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := errcode.ParseResponse([]byte(tt.body))
			if tt.code == nil && tt.reason == "" && !tt.cause {
				assert.NoError(t, err)
				return
			}
			var e *errcode.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tt.code, e.Code)
			assert.Equal(t, tt.reason, e.Reason)
			assert.Equal(t, tt.message, e.Message)
			assert.Equal(t, tt.cause, e.Err != nil, "%v", e.Err)
			assert.Zero(t, e.StatusCode)
		})
	}
}

func TestParseResponseKeepsABoundedSnippet(t *testing.T) {
	body := strings.Repeat("界", 1000) // 3 bytes each: the cut falls inside a character
	var e *errcode.Error
	require.ErrorAs(t, errcode.ParseResponse([]byte(body)), &e)
	assert.LessOrEqual(t, len(e.Message), 256+len("…"))
	assert.True(t, strings.HasPrefix(body, strings.TrimSuffix(e.Message, "…")), "the snippet is the start of the body, cut between characters")

	require.ErrorAs(t, errcode.ParseResponse([]byte("\xff\xfe not json")), &e)
	assert.Equal(t, "\uFFFD not json", e.Message, "invalid UTF-8 is replaced, not kept raw")
}

func TestReadResponse(t *testing.T) {
	tests := []struct {
		name      string
		status    int
		body      string
		ok        bool
		code      errcode.Code
		reason    errcode.Reason
		kind      errcode.Kind
		retryable bool
	}{
		{"200 success", 200, successBody, true, nil, "", errcode.OK, false},
		{"204 empty", 204, "", true, nil, "", errcode.OK, false},
		{"200 with a code", 200, codeBody, false, errcode.ServerTicketExpired, "", errcode.Unauthenticated, false},
		{"200 not JSON", 200, htmlBody, false, nil, "", errcode.Unknown, false},
		{"401 gateway", 401, gatewayBody, false, nil, "auth_bad_access_token", errcode.Unauthenticated, false},
		{"403 empty", 403, "", false, nil, "", errcode.PermissionDenied, false},
		{"404 not JSON", 404, "not found", false, nil, "", errcode.NotFound, false},
		{"429", 429, `{"error":"too_many_requests"}`, false, nil, "too_many_requests", errcode.ResourceExhausted, true},
		{"502 html", 502, htmlBody, false, nil, "", errcode.Unavailable, true},
		{"503 success-shaped", 503, successBody, false, nil, "", errcode.Unavailable, true},
		{"500 with a code", 500, `{"error": -554}`, false, errcode.ServerPubInactive, "", errcode.Unavailable, true},
		{"400 with a code", 400, `{"error": -200}`, false, errcode.ServerRequestParamsError, "", errcode.InvalidArgument, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := errcode.ReadResponse(tt.status, strings.NewReader(tt.body))
			if tt.ok {
				assert.NoError(t, err)
				return
			}
			var e *errcode.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tt.status, e.StatusCode)
			assert.Equal(t, tt.code, e.Code)
			assert.Equal(t, tt.reason, e.Reason)
			assert.Equal(t, tt.kind, errcode.KindOf(err))
			assert.Equal(t, tt.retryable, errcode.Retryable(err))
			assert.ErrorIs(t, err, tt.kind)
			if tt.body != "" && tt.code == nil && tt.reason == "" {
				assert.NotEmpty(t, e.Message, "the body is kept")
			}
		})
	}
}

func TestReadResponseLimits(t *testing.T) {
	assert.NoError(t, errcode.ReadResponse(200, nil), "no body")
	assert.Error(t, errcode.ReadResponse(500, nil))

	err := errcode.ReadResponse(200, strings.NewReader(`{"error": 0, "pad": "`+strings.Repeat("x", 1<<20)+`"}`))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "exceeds")
	var e *errcode.Error
	require.ErrorAs(t, err, &e)
	assert.True(t, strings.HasPrefix(e.Message, `{"error": 0, "pad": "xxx`), "the start of the body is kept")

	err = errcode.ReadResponse(200, iotest.ErrReader(errors.New("connection reset")))
	require.Error(t, err)
	assert.ErrorIs(t, err, errcode.Unavailable)
	assert.True(t, errcode.Retryable(err))
	assert.Contains(t, err.Error(), "connection reset")
}
