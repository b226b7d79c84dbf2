package errhttp

import (
	"bufio"
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/rtckit/errcode"
)

// TestNetworkFailures makes each failure for real, on this machine's
// loopback, and reads client.Do's answer with ReadBody: what it is, its
// kind, whether a retry can mend it, and what it says to people.
func TestNetworkFailures(t *testing.T) {
	client := &http.Client{Timeout: 500 * time.Millisecond}
	for _, tt := range []struct {
		name      string
		url       func(t *testing.T) string
		failure   errcode.NetworkFailure // 0 where the context's deadline says it
		kind      errcode.Kind
		retryable bool
		taken     bool // whether the request may have been carried out
	}{
		{"a closed port", closedPort, errcode.NetworkConnectionRefused, errcode.Unavailable, true, false},
		{"a server that resets the connection", resettingServer, errcode.NetworkConnectionReset, errcode.Unavailable, true, true},
		{"a server that hangs past the client's timeout", hangingServer, errcode.NetworkTimeout, errcode.DeadlineExceeded, true, true},
		{"a TLS server the client does not trust", untrustedServer, errcode.NetworkUntrustedCertificate, errcode.Internal, false, false},
		{"a body cut mid-stream", cuttingServer, errcode.NetworkTruncated, errcode.Unavailable, true, true},
		{"a malformed URL", func(*testing.T) string { return "http://[::1" }, errcode.NetworkMalformedURL, errcode.Internal, false, false},
		{"a URL without a scheme or host", func(*testing.T) string { return "/relative/only" }, errcode.NetworkMalformedURL, errcode.Internal, false, false},
		{"a URL without a host", func(*testing.T) string { return "http:///nohost" }, errcode.NetworkMalformedURL, errcode.Internal, false, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			body, err := ReadBody(client.Get(tt.url(t)))
			require.Error(t, err)
			t.Logf("%s, %s: %v", errcode.KindOf(err).String(), errcode.ErrorType(err), err)
			assert.Nil(t, body)
			assert.Equal(t, tt.kind, errcode.KindOf(err))
			assert.Equal(t, tt.retryable, errcode.Retryable(err))
			assert.Equal(t, tt.taken, errcode.MayHaveTakenEffect(err), "may it have happened?")
			assert.ErrorIs(t, err, tt.failure)
			assert.Equal(t, tt.failure.Description(language.English)+"; "+tt.failure.Hint(language.English), errcode.Describe(err, language.English))
			if !tt.retryable {
				assert.Contains(t, tt.failure.Hint(language.English), "fix your service's configuration")
			}
		})
	}
}

// TestNameThatDoesNotExist looks up a name under .invalid, which RFC 6761
// reserves so that it never exists.
func TestNameThatDoesNotExist(t *testing.T) {
	_, err := ReadBody(http.Get("http://rtc.example.invalid/"))
	require.Error(t, err)
	var dns *net.DNSError
	require.ErrorAs(t, err, &dns)
	t.Logf("%s, %s: %v", errcode.KindOf(err).String(), errcode.ErrorType(err), err)
	if !dns.IsNotFound {
		// No name server answered: the lookup failed for now, which a retry
		// may mend.
		assert.ErrorIs(t, err, errcode.NetworkDNSTemporary)
		assert.True(t, errcode.Retryable(err))
		return
	}
	assert.ErrorIs(t, err, errcode.NetworkNameNotFound)
	assert.Equal(t, errcode.Internal, errcode.KindOf(err))
	assert.False(t, errcode.Retryable(err))
}

// TestReadBody: the body of a success comes back whole; a failure's status
// and Retry-After are kept.
func TestReadBody(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/busy" {
			w.Header().Set("Retry-After", "2")
			w.WriteHeader(http.StatusTooManyRequests)
			_, _ = w.Write([]byte(`{"error": "reach_limit"}`))
			return
		}
		_, _ = w.Write([]byte(`{"error": 0, "id": "c1"}`))
	}))
	t.Cleanup(srv.Close)
	body, err := ReadBody(srv.Client().Get(srv.URL + "/join"))
	require.NoError(t, err)
	assert.Equal(t, `{"error": 0, "id": "c1"}`, string(body))

	body, err = ReadBody(srv.Client().Get(srv.URL + "/busy"))
	assert.Nil(t, body)
	assert.ErrorIs(t, err, errcode.ReasonReachLimit)
	delay, _ := errcode.RetryAfter(err)
	assert.Equal(t, 2*time.Second, delay)

	_, err = ReadBody(nil, nil)
	assert.Error(t, err)
}

// closedPort returns the URL of a port that was listened on and closed.
func closedPort(t *testing.T) string {
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := lis.Addr().String()
	require.NoError(t, lis.Close())
	return "http://" + addr + "/"
}

// resettingServer reads a request and resets the connection, with no
// answer.
func resettingServer(t *testing.T) string {
	return "http://" + serveConns(t, func(conn net.Conn) {
		_, _ = http.ReadRequest(bufio.NewReader(conn))
		_ = conn.(*net.TCPConn).SetLinger(0) // close with a reset, not a goodbye
		_ = conn.Close()
	}) + "/"
}

// serveConns listens on loopback until the test ends, hands every
// connection to handle, and returns the address.
func serveConns(t *testing.T, handle func(net.Conn)) string {
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { _ = lis.Close() })
	go func() {
		for {
			conn, err := lis.Accept()
			if err != nil {
				return
			}
			handle(conn)
		}
	}()
	return lis.Addr().String()
}

// hangingServer accepts and never answers, until the test ends.
func hangingServer(t *testing.T) string {
	done := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { <-done }))
	t.Cleanup(func() { close(done); srv.Close() })
	return srv.URL
}

// untrustedServer is a TLS server whose certificate no client trusts but
// its own.
func untrustedServer(t *testing.T) string {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// cuttingServer promises 100 bytes, sends 10 and hangs up.
func cuttingServer(t *testing.T) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Length", "100")
		_, _ = w.Write([]byte(`{"error": 0`))
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				_ = conn.Close()
			}
		}
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestTimeoutsOfTheNetworkAndOfTheCaller holds the one rule that tells
// NetworkTimeout from DeadlineExceeded, with real timeouts on loopback: every
// timeout of a call (a client's Timeout, a transport's ResponseHeaderTimeout
// or TLSHandshakeTimeout, a dial's) is the network's, retryable; the
// caller's own context's deadline is DeadlineExceeded with no network
// failure, and its cancellation Canceled, before an answer or while its body
// is read, whatever the status said.
func TestTimeoutsOfTheNetworkAndOfTheCaller(t *testing.T) {
	const short = 100 * time.Millisecond
	silentTLS := func(t *testing.T) string { // accepts, and never speaks TLS
		return "https://" + serveConns(t, func(conn net.Conn) { t.Cleanup(func() { _ = conn.Close() }) }) + "/"
	}
	slowBody := func(t *testing.T) string { // an answer whose body never ends, of the status the path names
		done := make(chan struct{})
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			status, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/"))
			w.WriteHeader(status)
			_, _ = w.Write([]byte(`{"error": `))
			w.(http.Flusher).Flush()
			<-done
		}))
		t.Cleanup(func() { close(done); srv.Close() })
		return srv.URL + "/503"
	}
	slowSuccess := func(t *testing.T) string { return strings.TrimSuffix(slowBody(t), "503") + "200" }
	for _, tt := range []struct {
		name      string
		client    *http.Client
		url       func(*testing.T) string
		ctx       func() (context.Context, context.CancelFunc)
		failure   errcode.NetworkFailure
		kind      errcode.Kind
		retryable bool
	}{
		{"http.Client.Timeout", &http.Client{Timeout: short}, hangingServer, nil, errcode.NetworkTimeout, errcode.DeadlineExceeded, true},
		{"ResponseHeaderTimeout", &http.Client{Transport: &http.Transport{ResponseHeaderTimeout: short}}, hangingServer, nil, errcode.NetworkTimeout, errcode.DeadlineExceeded, true},
		{"TLSHandshakeTimeout", &http.Client{Transport: &http.Transport{TLSHandshakeTimeout: short}}, silentTLS, nil, errcode.NetworkTimeout, errcode.DeadlineExceeded, true},
		{"http.Client.Timeout while the body of a 200 is read", &http.Client{Timeout: 300 * time.Millisecond}, slowSuccess, nil, errcode.NetworkTimeout, errcode.DeadlineExceeded, true},
		{"the caller's deadline", http.DefaultClient, hangingServer, func() (context.Context, context.CancelFunc) {
			return context.WithTimeout(context.Background(), short)
		}, 0, errcode.DeadlineExceeded, true},
		{"the caller's deadline while the body is read", http.DefaultClient, slowBody, func() (context.Context, context.CancelFunc) {
			return context.WithTimeout(context.Background(), 300*time.Millisecond)
		}, 0, errcode.DeadlineExceeded, true},
		{"the caller's cancellation while the body is read", http.DefaultClient, slowBody, func() (context.Context, context.CancelFunc) {
			ctx, cancel := context.WithCancel(context.Background())
			time.AfterFunc(300*time.Millisecond, cancel)
			return ctx, cancel
		}, 0, errcode.Canceled, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.Background(), context.CancelFunc(func() {})
			if tt.ctx != nil {
				ctx, cancel = tt.ctx()
			}
			defer cancel()
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, tt.url(t), nil)
			require.NoError(t, err)
			_, err = ReadBody(tt.client.Do(req))
			require.Error(t, err)
			t.Logf("%s: %v", errcode.ErrorType(err), err)
			assert.Equal(t, tt.kind, errcode.KindOf(err))
			assert.Equal(t, tt.retryable, errcode.Retryable(err))
			got, isNetwork := errcode.NetworkFailureOf(err)
			assert.Equal(t, tt.failure, got)
			assert.Equal(t, tt.failure != 0, isNetwork)
			if tt.failure == 0 {
				assert.NotEqual(t, 503, errcode.AnswerFor(err).HTTPStatus, "the caller's own context is not the peer's 503")
			}
		})
	}
}
