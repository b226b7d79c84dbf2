package errhttp

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode"
)

// TestGenericClientReadsAProblem: a client with nothing but net/http, over a
// real connection, sees the status, Vary, Content-Language and an RFC 9457
// body; and a capacity limit is not a status it would retry by itself.
func TestGenericClientReadsAProblem(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		WriteProblem(w, r, &errcode.Error{Code: errcode.ServerConfrMemberTooMany, Op: "join", Message: "member limit 50"})
	}))
	t.Cleanup(srv.Close)
	req, err := http.NewRequest(http.MethodPost, srv.URL+"/join", nil)
	require.NoError(t, err)
	req.Header.Set("Accept-Language", "zh-TW,zh;q=0.9,en;q=0.8")
	resp, err := srv.Client().Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()

	assert.Equal(t, http.StatusConflict, resp.StatusCode, "a full conference is a conflict with its state, not a rate limit")
	assert.Equal(t, "application/problem+json", resp.Header.Get("Content-Type"))
	assert.Equal(t, "zh-Hant", resp.Header.Get("Content-Language"))
	assert.Equal(t, "Accept-Language", resp.Header.Get("Vary"))
	assert.Empty(t, resp.Header.Get("Retry-After"))
	var body map[string]any
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&body))
	assert.Equal(t, errcode.DocBase+"ServerConfrMemberTooMany", body["type"])
	assert.Equal(t, "會議成員過多", body["title"])
	assert.Equal(t, 409.0, body["status"])
	assert.Equal(t, "CONFR_MEMBER_TOO_MANY", body["name"])
	assert.Equal(t, false, body["retryable"])
	assert.NotContains(t, body["detail"], "50", "the peer's message stays in the log")
}
