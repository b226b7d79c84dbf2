package errhttp_test

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errhttp"
)

// Bodies shaped as the RTC server and its REST gateway send them.
const (
	successBody = `{"error": 0, "id": "2d1b1e6a", "type": 10, "talkerLimit": 6}`
	codeBody    = `{"error": -502, "error_description": "ticket expired at 1542350943"}`
	gatewayBody = `{"error": "auth_bad_access_token", "error_description": "Unable to authenticate due to corrupt access token", "exception": "com.easemob.oauth.SecurityException", "timestamp": 1542350943210, "duration": 0}`
	htmlBody    = "<html><body><h1>502 Bad Gateway</h1></body></html>"
)

func response(status int, body string) *http.Response {
	rec := httptest.NewRecorder()
	rec.WriteHeader(status)
	_, _ = io.WriteString(rec, body)
	return rec.Result()
}

type closeRecorder struct {
	io.Reader
	closed bool
}

func (c *closeRecorder) Close() error { c.closed = true; return nil }

func TestFromHTTPResponse(t *testing.T) {
	tests := []struct {
		status int
		body   string
		ok     bool
		kind   errcode.Kind
	}{
		{200, successBody, true, errcode.OK},
		{200, codeBody, false, errcode.Unauthenticated},
		{401, gatewayBody, false, errcode.Unauthenticated},
		{502, htmlBody, false, errcode.Unavailable},
	}
	for _, tt := range tests {
		resp := response(tt.status, tt.body)
		body := &closeRecorder{Reader: resp.Body}
		resp.Body = body
		err := errhttp.FromHTTPResponse(resp)
		assert.True(t, body.closed, "the body is closed")
		assert.Equal(t, tt.ok, err == nil, "%d %s: %v", tt.status, tt.body, err)
		assert.Equal(t, tt.kind, errcode.KindOf(err))
		var e *errcode.Error
		if !tt.ok && assert.ErrorAs(t, err, &e) {
			assert.Equal(t, tt.status, e.StatusCode)
		}
	}
}

func TestFromHTTPResponseLimits(t *testing.T) {
	assert.Error(t, errhttp.FromHTTPResponse(nil))
	assert.NoError(t, errhttp.FromHTTPResponse(&http.Response{StatusCode: 200}), "no body")
	assert.Error(t, errhttp.FromHTTPResponse(&http.Response{StatusCode: 500}))

	big := response(200, `{"error": 0, "pad": "`+strings.Repeat("x", 1<<20)+`"}`)
	big.Body = &closeRecorder{Reader: big.Body}
	err := errhttp.FromHTTPResponse(big)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "exceeds")
	assert.True(t, big.Body.(*closeRecorder).closed, "the body is closed after an error too")

	broken := response(200, "")
	broken.Body = io.NopCloser(iotest.ErrReader(errors.New("connection reset")))
	err = errhttp.FromHTTPResponse(broken)
	require.Error(t, err)
	assert.ErrorIs(t, err, errcode.Unavailable)
	assert.True(t, errcode.Retryable(err))
	assert.Contains(t, err.Error(), "connection reset")
}

// TestFromHTTPResponseWithServer goes through a real HTTP round trip.
func TestFromHTTPResponseWithServer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Path == "/expired" {
			_, _ = io.WriteString(w, codeBody)
			return
		}
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = io.WriteString(w, gatewayBody)
	}))
	defer srv.Close()

	resp, err := http.Get(srv.URL + "/expired")
	require.NoError(t, err)
	err = errhttp.FromHTTPResponse(resp)
	assert.ErrorIs(t, err, errcode.ServerTicketExpired)

	resp, err = http.Get(srv.URL + "/conferences")
	require.NoError(t, err)
	err = errhttp.FromHTTPResponse(resp)
	assert.ErrorIs(t, err, errcode.Unauthenticated)
	assert.Equal(t, 401, errcode.KindOf(err).HTTPStatus())
}
