package errconnect_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"connectrpc.com/connect"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"google.golang.org/protobuf/types/known/emptypb"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errconnect"
	"github.com/rtckit/errcode/internal/testkit"
)

const joinProcedure = "/rooms.v1.Rooms/Join"

// failures are what the handler returns, by the request's value: every
// failure class of the library, by its index, and a few by name.
var failures = func() map[string]error {
	m := map[string]error{
		"expired": &errcode.Error{Code: errcode.ServerTicketExpired, Message: "ticket expired at 1542350943"},
		"full":    &errcode.Error{Code: errcode.ServerConfrMemberTooMany},
		"limited": &errcode.Error{Reason: errcode.ReasonReachLimit, StatusCode: 429, RetryAfter: 2 * time.Second},
		"invoice": connect.NewError(connect.CodeNotFound, errors.New("invoice 7 not found")), // another team's, its own
		"norows":  errors.New("load room: sql: no rows in result set"),                       // the service's own
	}
	for i, c := range testkit.Classes() {
		m[strconv.Itoa(i)] = c.Err
	}
	return m
}()

// serve starts a connect handler with errconnect's interceptor over
// HTTP/2 and TLS, which the gRPC protocol needs, and returns its URL and a
// client for it.
func serve(t testing.TB, opts ...errconnect.Option) (string, *http.Client) {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle(joinProcedure, connect.NewUnaryHandler(joinProcedure,
		func(_ context.Context, req *connect.Request[wrapperspb.StringValue]) (*connect.Response[emptypb.Empty], error) {
			return nil, failures[req.Msg.GetValue()]
		}, connect.WithInterceptors(errconnect.NewInterceptor(opts...))))
	srv := httptest.NewUnstartedServer(mux)
	srv.EnableHTTP2 = true
	srv.StartTLS()
	t.Cleanup(srv.Close)
	return srv.URL, srv.Client()
}

// protocols are connect's three protocols, as client options.
var protocols = map[string][]connect.ClientOption{
	"connect":  nil,
	"grpc":     {connect.WithGRPC()},
	"grpc-web": {connect.WithGRPCWeb()},
}

func join(t testing.TB, url string, client *http.Client, protocol []connect.ClientOption, value, acceptLanguage string) error {
	t.Helper()
	opts := append([]connect.ClientOption{connect.WithInterceptors(errconnect.NewInterceptor())}, protocol...)
	c := connect.NewClient[wrapperspb.StringValue, emptypb.Empty](client, url+joinProcedure, opts...)
	req := connect.NewRequest(wrapperspb.String(value))
	if acceptLanguage != "" {
		req.Header().Set("Accept-Language", acceptLanguage)
	}
	_, err := c.CallUnary(context.Background(), req)
	return err
}

// TestRoundTripOverEveryProtocol sends every failure class over each of
// connect's protocols, to a real handler whose interceptor answers every
// error (a context error too, which it leaves to connect by default), and
// reads what the client gets.
func TestRoundTripOverEveryProtocol(t *testing.T) {
	url, client := serve(t, errconnect.AnswerEveryError())
	classes := testkit.Classes()
	for name, protocol := range protocols {
		for i, c := range classes {
			err := join(t, url, client, protocol, strconv.Itoa(i), "zh-TW")
			testkit.AssertReadBack(t, errcode.AnswerFor(c.Err), err, name+" "+c.Name)
		}
	}
	t.Logf("%d classes over %d protocols", len(classes), len(protocols))
}

// wire is what a client receives of e: connect's own error as the wire
// gives it, with the same code, message, details and metadata.
func wire(e *connect.Error) *connect.Error {
	w := connect.NewWireError(e.Code(), errors.New(e.Message()))
	for _, d := range e.Details() {
		w.AddDetail(d)
	}
	for k, v := range e.Meta() {
		w.Meta()[k] = v
	}
	return w
}

// TestRoundTripOfEveryChain: Error and FromError keep the answer for every
// failure class in every wrapping, and the next hop answers the same.
func TestRoundTripOfEveryChain(t *testing.T) {
	n := testkit.EveryChain(func(err error) {
		sent := errconnect.Error(err, errcode.MatchLanguage("zh-CN"))
		read := errconnect.FromError(wire(sent))
		testkit.AssertReadBack(t, errcode.AnswerFor(err), read, "in memory")
		var ce *connect.Error
		require.ErrorAs(t, read, &ce)
		assert.Equal(t, sent.Code(), ce.Code())
		assert.Equal(t, sent.Message(), ce.Message(), "the peer's error, as it came")
		if errcode.CredentialsRefused(read) {
			return // the 502 rule: the next hop answers our own Unavailable
		}
		next := errconnect.Error(read, errcode.MatchLanguage("zh-CN"))
		assert.Equal(t, sent.Code(), next.Code())
		assert.Equal(t, sent.Message(), next.Message())
		assert.Len(t, next.Details(), len(sent.Details()))
	})
	t.Logf("%d chains", n)
}

// FuzzRoundTrip checks the round trip over arbitrary chains.
func FuzzRoundTrip(f *testing.F) {
	for _, seed := range testkit.ChainSeeds {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, program []byte) {
		err := testkit.Chain(program[:min(len(program), testkit.MaxProgram)])
		testkit.AssertReadBack(t, errcode.AnswerFor(err), errconnect.FromError(wire(errconnect.Error(err, errcode.MatchLanguage("en")))), "fuzz")
	})
}

// TestAnotherTeamsErrorPassesUnchanged: on both sides, an error that is not
// errcode's is left as it was.
func TestAnotherTeamsErrorPassesUnchanged(t *testing.T) {
	url, client := serve(t)
	for name, protocol := range protocols {
		err := join(t, url, client, protocol, "invoice", "")
		var ce *connect.Error
		require.ErrorAs(t, err, &ce, name)
		assert.Same(t, ce, err, "%s: the client side returns another team's error as it came", name)
		assert.Equal(t, connect.CodeNotFound, ce.Code(), name)
		assert.Equal(t, "invoice 7 not found", ce.Message(), name)
		assert.Empty(t, ce.Details(), name)
		assert.False(t, errconnect.Restores(err), name)

		err = join(t, url, client, protocol, "norows", "")
		require.ErrorAs(t, err, &ce, name)
		assert.Equal(t, connect.CodeUnknown, ce.Code(), "%s: the service's own error, as connect sends it without the interceptor", name)
		assert.Equal(t, "load room: sql: no rows in result set", ce.Message(), name)
	}

	// Read on purpose, another team's error keeps its kind and stays whole.
	foreign := connect.NewWireError(connect.CodeNotFound, errors.New("invoice 7 not found"))
	read := errconnect.FromError(foreign)
	assert.Equal(t, errcode.NotFound, errcode.KindOf(read))
	var ce *connect.Error
	require.ErrorAs(t, read, &ce)
	assert.Same(t, foreign, ce)
	assert.Equal(t, "invoice 7 not found: connect error: code = not_found", read.Error())
}

// TestLanguageAndWire: the client's Accept-Language chooses the
// LocalizedMessage; over the Connect protocol, a ticket that expired is a
// 401 whose JSON body names the code.
func TestLanguageAndWire(t *testing.T) {
	url, client := serve(t)
	for _, tt := range []struct {
		value, language, status, contains string
	}{
		{"expired", "zh-CN", "401", `"reason":"TICKET_EXPIRED"`},
		{"expired", "zh-CN", "401", `ticket过期`},
		{"full", "en", "429", `"reason":"CONFR_MEMBER_TOO_MANY"`},
		{"limited", "en", "429", `"retryDelay":"2s"`},
	} {
		req, err := http.NewRequest(http.MethodPost, url+joinProcedure, strings.NewReader(strconv.Quote(tt.value)))
		require.NoError(t, err)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept-Language", tt.language)
		resp, err := client.Do(req)
		require.NoError(t, err)
		body, _ := io.ReadAll(resp.Body)
		_ = resp.Body.Close()
		t.Logf("%s: HTTP %d %s", tt.value, resp.StatusCode, body)
		assert.Equal(t, tt.status, strconv.Itoa(resp.StatusCode), tt.value)
		assert.Contains(t, string(body), tt.contains, tt.value)
		assert.NotContains(t, string(body), "1542350943", "the peer's message stays with the server")
	}
}
