package main

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errhttp"
	"github.com/rtckit/errcode/internal/testkit"
)

func Example_main() {
	main()
	// Output:
	// full: HTTP 409 application/problem+json, Retry-After ""; read back: errcode.ServerConfrMemberTooMany, retryable false
	// limited: HTTP 429 application/problem+json, Retry-After "2"; read back: errcode.ReasonReachLimit, retryable true
}

// TestEveryClass: the kratos server answers every failure class as errhttp
// does, and errhttp reads it back as the handler's error said.
func TestEveryClass(t *testing.T) {
	classes := testkit.Classes()
	srv := httptest.NewServer(newServer(func(room string) error {
		i, _ := strconv.Atoi(room)
		return classes[i].Err
	}))
	t.Cleanup(srv.Close)
	for i, c := range classes {
		resp, err := http.Get(srv.URL + "/v1/rooms/" + strconv.Itoa(i))
		require.NoError(t, err)
		want := errcode.AnswerFor(c.Err)
		read := errhttp.FromHTTPResponse(resp)
		assert.Equal(t, want.HTTPStatus, resp.StatusCode, c.Name)
		assert.Equal(t, want.Kind, errcode.KindOf(read), c.Name)
		assert.Equal(t, want.Retryable, errcode.Retryable(read), c.Name)
		assert.Equal(t, want.Remedy, errcode.RemedyOf(read), c.Name)
		code, _ := errcode.CodeOf(read)
		assert.Equal(t, want.Code, code, c.Name)
		delay, _ := errcode.RetryAfter(read)
		assert.Equal(t, (want.RetryAfter+time.Second-1)/time.Second*time.Second, delay, c.Name)
	}
}
