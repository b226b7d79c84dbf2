package errhttp

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode"
)

// gateway answers as the RTC gateway does, with answers[i] for the i-th
// request and the last one after that, and counts the requests; each
// answer is a status, a Retry-After and a body.
type gateway struct {
	answers []answerOf
	calls   atomic.Int32
	bodies  []string // the request bodies, in order
}

type answerOf struct {
	status     int
	retryAfter string
	body       string
}

func (g *gateway) serve(t *testing.T) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := int(g.calls.Add(1))
		body, _ := io.ReadAll(r.Body)
		g.bodies = append(g.bodies, string(body))
		a := g.answers[min(n, len(g.answers))-1]
		if a.retryAfter != "" {
			w.Header().Set("Retry-After", a.retryAfter)
		}
		w.WriteHeader(a.status)
		_, _ = io.WriteString(w, a.body)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

var (
	ticketExpired   = answerOf{200, "", `{"error": -502, "message": "ticket expired"}`}
	pubInactive     = answerOf{200, "", `{"error": -554}`}
	joined          = answerOf{200, "", `{"error": 0, "id": "c7"}`}
	unauthorized    = answerOf{401, "", `{"error": "unauthorized", "error_description": "token expired"}`}
	resourceLimited = answerOf{429, "", `{"error": "resource_limited"}`}
	reachLimit      = answerOf{429, "7", `{"error": "reach_limit"}`}
	overloadedHTML  = answerOf{503, "", `<html><body>503 Service Temporarily Unavailable</body></html>`}
)

// TestCheckRetry asks CheckRetry about each answer of a real local gateway,
// as go-retryablehttp would, and checks that the body is left whole.
func TestCheckRetry(t *testing.T) {
	for _, tt := range []struct {
		name   string
		answer answerOf
		retry  bool
		wait   time.Duration // Backoff's, where the answer asks for one
	}{
		{"401 unauthorized: no retry mends a token", unauthorized, false, 0},
		{"429 resource_limited: the plan's limit", resourceLimited, false, 0},
		{"-502 in a 200 body: a new ticket, not a retry", ticketExpired, false, 0},
		{"429 reach_limit waits its Retry-After", reachLimit, true, 7 * time.Second},
		{"503 with an HTML body", overloadedHTML, true, 0},
		{"a retryable code in a 200 body", pubInactive, true, 0},
		{"a success", joined, false, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := &gateway{answers: []answerOf{tt.answer}}
			for _, method := range []string{http.MethodGet, http.MethodPost} {
				req, err := http.NewRequest(method, g.serve(t), strings.NewReader(`{"room":7}`))
				require.NoError(t, err)
				resp, err := http.DefaultClient.Do(req)
				require.NoError(t, err)
				retry, err := CheckRetry(req.Context(), resp, nil)
				require.NoError(t, err)
				assert.Equal(t, tt.retry, retry, method)
				if tt.wait > 0 {
					assert.Equal(t, tt.wait, Backoff(time.Second, 30*time.Second, 0, resp))
				}
				body, err := io.ReadAll(resp.Body)
				require.NoError(t, err)
				assert.Equal(t, tt.answer.body, string(body), "the body is left for the caller, whole")
				require.NoError(t, resp.Body.Close())
			}
		})
	}
}

// TestCheckRetryOnTheNetwork: a failure before any answer, on real sockets.
// A POST is retried where it cannot have been carried out (a refused
// connection), not where it may have (a timeout); a GET is retried after
// both.
func TestCheckRetryOnTheNetwork(t *testing.T) {
	client := &http.Client{Timeout: 200 * time.Millisecond}
	for _, tt := range []struct {
		name      string
		url       func(*testing.T) string
		get, post bool
	}{
		{"a closed port", closedPort, true, true},
		{"a server that hangs", hangingServer, true, false},
		{"a server that resets the connection", resettingServer, true, false},
		{"a TLS server the client does not trust", untrustedServer, false, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			url := tt.url(t)
			for method, want := range map[string]bool{http.MethodGet: tt.get, http.MethodPost: tt.post} {
				req, err := http.NewRequest(method, url, strings.NewReader("{}"))
				require.NoError(t, err)
				resp, doErr := client.Do(req)
				require.Error(t, doErr)
				retry, err := CheckRetry(req.Context(), resp, doErr)
				require.NoError(t, err)
				assert.Equal(t, want, retry, "%s: %v", method, doErr)
			}
		})
	}
}

// TestCheckRetryStopsAtTheCallersDeadline: an ended context stops the
// retries, with its error.
func TestCheckRetryStopsAtTheCallersDeadline(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	retry, err := CheckRetry(ctx, &http.Response{StatusCode: 503, Body: http.NoBody}, nil)
	assert.False(t, retry)
	assert.Same(t, context.Canceled, err)

	retry, err = CheckRetry(context.Background(), nil, nil)
	assert.False(t, retry)
	assert.NoError(t, err)
}

// TestCheckRetryLeavesALargeBody: a success larger than CheckRetry reads
// is a success, and the caller reads every byte of it.
func TestCheckRetryLeavesALargeBody(t *testing.T) {
	data := bytes.Repeat([]byte("x"), peekLimit+100)
	resp := &http.Response{StatusCode: 200, Body: io.NopCloser(bytes.NewReader(data)), Header: http.Header{}}
	retry, err := CheckRetry(context.Background(), resp, nil)
	require.NoError(t, err)
	assert.False(t, retry)
	got, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	assert.Equal(t, len(data), len(got))

	// A body that breaks while it is read is a failure cut off: retried if
	// the request is idempotent.
	broken := &http.Response{StatusCode: 200, Body: io.NopCloser(io.MultiReader(strings.NewReader(`{"error":`), errReader{io.ErrUnexpectedEOF})),
		Request: httptest.NewRequest(http.MethodGet, "/", nil)}
	retry, err = CheckRetry(context.Background(), broken, nil)
	require.NoError(t, err)
	assert.True(t, retry)
}

func TestBackoff(t *testing.T) {
	for attempt := range 10 {
		d := Backoff(time.Second, 30*time.Second, attempt, nil)
		assert.GreaterOrEqual(t, d, time.Second, "never less than min")
		assert.LessOrEqual(t, d, 30*time.Second, "never more than max")
	}
	resp := &http.Response{Header: http.Header{"Retry-After": {"100000"}}}
	assert.Equal(t, errcode.MaxRetryAfter, Backoff(time.Second, 30*time.Second, 0, resp), "a peer's delay, capped")
}

// stillClock waits for nothing, so that no test waits for real.
type stillClock struct{ slept []time.Duration }

func (c *stillClock) Now() time.Time { return time.Now() }
func (c *stillClock) Sleep(ctx context.Context, d time.Duration) error {
	c.slept = append(c.slept, d)
	return ctx.Err()
}

// TestDo sends requests to a real local gateway, and counts what it
// receives.
func TestDo(t *testing.T) {
	for _, tt := range []struct {
		name     string
		method   string
		body     func() io.Reader
		answers  []answerOf
		attempts int32
		ok       bool
	}{
		{"503 twice, then joined", http.MethodPost, func() io.Reader { return strings.NewReader(`{"room":7}`) }, []answerOf{overloadedHTML, overloadedHTML, joined}, 3, true},
		{"a ticket that expired: once", http.MethodPost, func() io.Reader { return strings.NewReader(`{"room":7}`) }, []answerOf{ticketExpired, joined}, 1, false},
		{"a rate limit, then joined", http.MethodGet, func() io.Reader { return nil }, []answerOf{reachLimit, joined}, 2, true},
		{"a body that cannot be had again: once", http.MethodPost, func() io.Reader { return io.MultiReader(strings.NewReader(`{"room":7}`)) }, []answerOf{overloadedHTML, joined}, 1, false},
		{"no more than the attempts", http.MethodGet, func() io.Reader { return nil }, []answerOf{overloadedHTML}, 3, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := &gateway{answers: tt.answers}
			req, err := http.NewRequest(tt.method, g.serve(t), tt.body())
			require.NoError(t, err)
			clock := &stillClock{}
			body, err := Do(nil, req, errcode.RetryPolicy{Clock: clock})
			assert.Equal(t, tt.attempts, g.calls.Load())
			if tt.ok {
				require.NoError(t, err)
				assert.Equal(t, joined.body, string(body))
			} else {
				assert.Error(t, err)
			}
			if tt.method == http.MethodPost && tt.attempts > 1 {
				for _, b := range g.bodies {
					assert.Equal(t, `{"room":7}`, b, "the body, sent again whole")
				}
			}
			if tt.answers[0] == reachLimit {
				assert.Equal(t, []time.Duration{7 * time.Second}, clock.slept, "the gateway's Retry-After")
			}
		})
	}
	_, err := Do(nil, nil, errcode.RetryPolicy{})
	assert.Error(t, err)
}

// TestDoNeverSendsAPostTwiceAfterATimeout: a POST that timed out may have
// created the conference; a GET is sent again.
func TestDoNeverSendsAPostTwiceAfterATimeout(t *testing.T) {
	var calls atomic.Int32
	done := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		calls.Add(1)
		<-done
	}))
	t.Cleanup(func() { close(done); srv.Close() })
	client := &http.Client{Timeout: 100 * time.Millisecond}
	for method, want := range map[string]int32{http.MethodPost: 1, http.MethodGet: 3} {
		calls.Store(0)
		req, err := http.NewRequest(method, srv.URL, nil)
		require.NoError(t, err)
		_, err = Do(client, req, errcode.RetryPolicy{Clock: &stillClock{}})
		assert.ErrorIs(t, err, errcode.NetworkTimeout)
		assert.Equal(t, want, calls.Load(), method)
	}
	req, err := http.NewRequest(http.MethodPost, srv.URL, nil)
	require.NoError(t, err)
	req.Header.Set("Idempotency-Key", "create-c7")
	calls.Store(0)
	_, err = Do(client, req, errcode.RetryPolicy{Clock: &stillClock{}})
	assert.Error(t, err)
	assert.Equal(t, int32(3), calls.Load(), "an idempotency key makes a POST safe to send again")
}
