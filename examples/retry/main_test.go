package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode"
)

func Example_main() {
	main()
	// Output:
	// errhttp.Do: 2 attempts, {"error": 0, "id": "c7"}, err <nil>
	// go-retryablehttp: 2 attempts, {"error": 0, "id": "c7"}, err <nil>
	// cenkalti/backoff: 2 attempts, {"error": 0, "id": "c7"}, err <nil>
}

// gateway is a real local RTC gateway that gives the same answer to every
// request, and counts them.
type gateway struct {
	url   string
	calls atomic.Int32
}

func serveGateway(t *testing.T, answer func(http.ResponseWriter, *http.Request)) *gateway {
	g := &gateway{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		g.calls.Add(1)
		_, _ = io.Copy(io.Discard, r.Body)
		answer(w, r)
	}))
	t.Cleanup(srv.Close)
	g.url = srv.URL
	return g
}

var (
	ticketExpired = func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, `{"error": -502, "message": "ticket expired"}`)
	}
	reachLimit = func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(429)
		fmt.Fprint(w, `{"error": "reach_limit", "error_description": "API rate limit reached"}`)
	}
	overloaded = func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(503)
		fmt.Fprint(w, "<html>503 Service Temporarily Unavailable</html>")
	}
	hanging = func(_ http.ResponseWriter, r *http.Request) { <-r.Context().Done() } // until the client gives up
)

// ways are the three retry mechanisms, each creating a conference (a POST,
// not idempotent) with the client it is given.
var ways = []struct {
	name   string
	create func(ctx context.Context, client *http.Client, url string) ([]byte, error)
}{
	{"errhttp.Do", createWithErrhttp},
	{"go-retryablehttp", func(ctx context.Context, client *http.Client, url string) ([]byte, error) {
		return createWithRetryablehttp(ctx, newRetryableClient(client), url)
	}},
	{"cenkalti/backoff", createWithBackoff},
}

// countingClient is a client with a short timeout that counts the
// connections it opens, refused ones included.
func countingClient(dials *atomic.Int32) *http.Client {
	dialer := &net.Dialer{}
	return &http.Client{
		Timeout: 300 * time.Millisecond,
		Transport: &http.Transport{
			DisableKeepAlives: true,
			DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
				dials.Add(1)
				return dialer.DialContext(ctx, network, addr)
			},
		},
	}
}

// TestEachWayFollowsTheAdvice runs each mechanism against each answer of
// the gateway, and counts the attempts it makes.
func TestEachWayFollowsTheAdvice(t *testing.T) {
	for _, tt := range []struct {
		name     string
		answer   func(http.ResponseWriter, *http.Request)
		attempts int32
		is       error
		waited   time.Duration // at least
	}{
		{"-502: a new ticket, not a retry", ticketExpired, 1, errcode.ServerTicketExpired, 0},
		{"429 reach_limit: its Retry-After, then again", reachLimit, 3, errcode.ReasonReachLimit, 2 * time.Second},
		{"503 HTML: retried", overloaded, 3, errcode.Unavailable, 0},
		{"a hang: a POST that may have been carried out is sent once", hanging, 1, errcode.NetworkTimeout, 0},
	} {
		for _, way := range ways {
			t.Run(tt.name+"/"+way.name, func(t *testing.T) {
				g := serveGateway(t, tt.answer)
				start := time.Now()
				var dials atomic.Int32
				body, err := way.create(context.Background(), countingClient(&dials), g.url)
				require.Error(t, err)
				assert.Nil(t, body)
				assert.Equal(t, tt.attempts, g.calls.Load())
				assert.ErrorIs(t, err, tt.is, "%v", err)
				assert.GreaterOrEqual(t, time.Since(start), tt.waited)
			})
		}
	}
}

// TestAClosedPortIsRetried: a refused connection never reached the
// gateway, so even a POST is sent again, three times in all; the last
// failure says what it was.
func TestAClosedPortIsRetried(t *testing.T) {
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	url := "http://" + lis.Addr().String() + "/conferences"
	require.NoError(t, lis.Close())
	for _, way := range ways {
		t.Run(way.name, func(t *testing.T) {
			var dials atomic.Int32
			_, err := way.create(context.Background(), countingClient(&dials), url)
			require.Error(t, err)
			assert.Equal(t, int32(3), dials.Load(), "attempts")
			assert.ErrorIs(t, err, errcode.NetworkConnectionRefused, "%v", err)
			assert.False(t, errcode.MayHaveTakenEffect(err))
		})
	}
}
