package errcode_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode"
)

// rpcStatusBody is a gRPC status in JSON as grpc-gateway writes one, with
// the ErrorInfo that errgrpc.Status attaches and more details around it.
func rpcStatusBody(code int, message, errorInfo, more string) string {
	return `{"code":` + strconv.Itoa(code) + `,"message":"` + message + `","details":[` +
		`{"@type":"type.googleapis.com/google.rpc.LocalizedMessage","locale":"en","message":"m"},` + errorInfo + more + `]}`
}

const (
	fullInfo    = `{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"CONFR_MEMBER_TOO_MANY","domain":"github.com/rtckit/errcode/server","metadata":{"code":"-522","name":"CONFR_MEMBER_TOO_MANY","remedy":"wait_for_room","set":"server"}}`
	limitInfo   = `{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"REACH_LIMIT","domain":"github.com/rtckit/errcode/gateway","metadata":{"name":"reach_limit","remedy":"slow_down","set":"gateway"}}`
	kindInfo    = `{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"UNAVAILABLE","domain":"github.com/rtckit/errcode/kind","metadata":{"remedy":"retry","retryable":"false"}}`
	foreignInfo = `{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"CONFR_MEMBER_TOO_MANY","domain":"billing.example.com","metadata":{"code":"-522","name":"CONFR_MEMBER_TOO_MANY","set":"server"}}`
)

// TestGRPCGatewayBodies: grpc-gateway's answer for a status of errgrpc's
// reads as the status reads over gRPC, whatever HTTP status it maps to;
// another service's reads as any body, by its status.
func TestGRPCGatewayBodies(t *testing.T) {
	for _, tt := range []struct {
		name      string
		status    int
		body      string
		code      errcode.Code
		reason    errcode.Reason
		kind      errcode.Kind
		retryable bool
		delay     time.Duration
		message   string
	}{
		{"-522, which grpc-gateway answers 429", 429, rpcStatusBody(8, "too many conference members", fullInfo, ""), errcode.ServerConfrMemberTooMany, "", errcode.ResourceExhausted, false, 0, ""},
		{"reach_limit with its RetryInfo", 429, rpcStatusBody(8, "API rate limit reached", limitInfo, `,{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"2.500s"}`), nil, errcode.ReasonReachLimit, errcode.ResourceExhausted, true, 2500 * time.Millisecond, ""},
		{"a kind stated not retryable", 503, rpcStatusBody(14, "the RTC service is unavailable", kindInfo, ""), nil, "", errcode.Unavailable, false, 0, ""},
		{"another service's ErrorInfo", 429, rpcStatusBody(8, "quota", foreignInfo, ""), nil, "", errcode.ResourceExhausted, true, 0, "quota"},
		{"a code's ErrorInfo decides, whatever the status's code", 400, rpcStatusBody(3, "x", fullInfo, ""), errcode.ServerConfrMemberTooMany, "", errcode.ResourceExhausted, false, 0, "x"},
		{"a kind's ErrorInfo in a status of another code", 400, rpcStatusBody(3, "x", kindInfo, ""), nil, "", errcode.InvalidArgument, false, 0, "x"},
		{"an ErrorInfo with a member twice", 429, rpcStatusBody(8, "x", strings.Replace(fullInfo, `"reason"`, `"reason":"X","reason"`, 1), ""), nil, "", errcode.ResourceExhausted, true, 0, "x"},
		{"metadata with a key twice", 429, rpcStatusBody(8, "x", strings.Replace(fullInfo, `"set":"server"`, `"set":"server","set":"ios"`, 1), ""), nil, "", errcode.ResourceExhausted, true, 0, "x"},
		{"a code past gRPC's", 500, `{"code":17,"message":"x","details":[` + fullInfo + `]}`, nil, "", errcode.Unavailable, true, 0, "x"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := errcode.ReadResponse(tt.status, strings.NewReader(tt.body))
			require.Error(t, err)
			var e *errcode.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tt.code, e.Code)
			assert.Equal(t, tt.reason, e.Reason)
			assert.Equal(t, tt.kind, errcode.KindOf(err))
			assert.Equal(t, tt.retryable, errcode.Retryable(err))
			assert.Equal(t, tt.delay, e.RetryAfter)
			assert.Equal(t, tt.message, e.Message, "the writer's own description is not repeated; another's message is kept")
			assert.Equal(t, tt.status, e.StatusCode)
		})
	}
}

// TestDurationValues: a RetryInfo's delay, as JSON writes a Duration.
func TestDurationValues(t *testing.T) {
	info := `{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":`
	for delay, want := range map[string]time.Duration{
		`"2s"`:                       2 * time.Second,
		`"0.000000001s"`:             time.Nanosecond,
		`"1.5s"`:                     1500 * time.Millisecond,
		`"315576000000s"`:            errcode.MaxRetryAfter,
		`"99999999999999999999999s"`: errcode.MaxRetryAfter,
		`"-2s"`:                      0,
		`"2"`:                        0,
		`"s"`:                        0,
		`"1.0000000001s"`:            0,
		`"+2s"`:                      0,
		`"2.-5s"`:                    0,
		`2`:                          0,
	} {
		body := rpcStatusBody(8, "m", limitInfo, ","+info+delay+"}")
		err := errcode.ReadResponse(429, strings.NewReader(body))
		got, _ := errcode.RetryAfter(err)
		assert.Equal(t, want, got, delay)
	}
}
