package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"

	"connectrpc.com/connect"
	kerrors "github.com/go-kratos/kratos/v2/errors"
	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/protobuf/types/known/emptypb"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errconnect"
	"github.com/rtckit/errcode/errgrpc"
	"github.com/rtckit/errcode/errhttp"
	"github.com/rtckit/errcode/internal/testkit"
)

func Example_main() {
	main()
	// Output:
	// grpc-gateway, full: HTTP 429 application/json, Retry-After ""; read back: errcode.ServerConfrMemberTooMany, retryable false
	// grpc-gateway, limited: HTTP 429 application/json, Retry-After ""; read back: errcode.ReasonReachLimit, retryable true
	// grpc-gateway with errhttp, full: HTTP 409 application/problem+json, Retry-After ""; read back: errcode.ServerConfrMemberTooMany, retryable false
	// grpc-gateway with errhttp, limited: HTTP 429 application/problem+json, Retry-After "2"; read back: errcode.ReasonReachLimit, retryable true
}

// classes are every failure class of the library, by their index as a
// string, as the services below answer them.
var classes = testkit.Classes()

func byIndex(name string) error {
	i, err := strconv.Atoi(name)
	if err != nil || i < 0 || i >= len(classes) {
		return nil
	}
	return classes[i].Err
}

// TestGRPCGateway: a gRPC service with errgrpc behind grpc-gateway, with
// its default error handler and with errhttp's, answers every failure class
// so that errhttp reads it back as the service stated it.
func TestGRPCGateway(t *testing.T) {
	conn, stop, err := serveGRPC(byIndex, errgrpc.AnswerEveryError())
	require.NoError(t, err)
	t.Cleanup(stop)
	for _, gw := range []struct {
		name         string
		opts         []runtime.ServeMuxOption
		wholeSeconds bool
	}{
		{"default error handler: a google.rpc.Status in JSON", nil, false},
		{"errhttp's: a problem", []runtime.ServeMuxOption{runtime.WithErrorHandler(answerAsErrhttp)}, true},
	} {
		mux, err := newGateway(conn, gw.opts...)
		require.NoError(t, err)
		srv := httptest.NewServer(mux)
		for i, c := range classes {
			resp, err := http.Get(srv.URL + "/v1/rooms/" + strconv.Itoa(i))
			require.NoError(t, err)
			// The last writer is grpc-gateway's handler: the default one
			// passes the status on, errhttp's answers what errgrpc reads of
			// it, where the 502 rule turns a peer's refusal of credentials
			// into the gateway's Unavailable.
			want := errcode.AnswerFor(c.Err)
			if gw.wholeSeconds {
				want = testkit.WholeSeconds(errcode.AnswerFor(errgrpc.FromError(errgrpc.Status(c.Err, language.English).Err())))
			}
			testkit.AssertReadBack(t, want, errhttp.FromHTTPResponse(resp), gw.name+": "+c.Name)
		}
		srv.Close()
	}
}

// TestGRPCGatewayAnswersAsErrhttp: with errhttp's error handler, a capacity
// limit is 409, not the 429 that invites a retry, a rate limit carries its
// Retry-After, and the problem speaks the client's language.
func TestGRPCGatewayAnswersAsErrhttp(t *testing.T) {
	conn, stop, err := serveGRPC(func(name string) error { return failures[name] })
	require.NoError(t, err)
	t.Cleanup(stop)
	mux, err := newGateway(conn, runtime.WithErrorHandler(answerAsErrhttp))
	require.NoError(t, err)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	for _, tt := range []struct {
		room, language   string
		status           int
		retryAfter, lang string
	}{
		{"full", "en", 409, "", "en"},
		{"limited", "en", 429, "2", "en"},
		{"expired", "zh-CN", 401, "", "zh"},
	} {
		req, err := http.NewRequest(http.MethodGet, srv.URL+"/v1/rooms/"+tt.room, nil)
		require.NoError(t, err)
		req.Header.Set("Accept-Language", tt.language)
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		assert.Equal(t, tt.status, resp.StatusCode, tt.room)
		assert.Equal(t, tt.retryAfter, resp.Header.Get("Retry-After"), tt.room)
		assert.Equal(t, tt.lang, resp.Header.Get("Content-Language"), tt.room)
		assert.Equal(t, "application/problem+json", resp.Header.Get("Content-Type"), tt.room)
		_ = resp.Body.Close()
	}
}

// TestKratosClient: a kratos client reads the reason and metadata of
// errgrpc's statuses with its own errors.FromError.
func TestKratosClient(t *testing.T) {
	conn, stop, err := serveGRPC(func(name string) error { return failures[name] })
	require.NoError(t, err)
	t.Cleanup(stop)
	_, err = healthpb.NewHealthClient(conn).Check(context.Background(), &healthpb.HealthCheckRequest{Service: "full"})
	read := kerrors.FromError(err)
	assert.Equal(t, "CONFR_MEMBER_TOO_MANY", read.Reason)
	assert.Equal(t, int32(429), read.Code, "kratos maps RESOURCE_EXHAUSTED to 429 itself")
	assert.Equal(t, map[string]string{"set": "server", "code": "-522", "name": "CONFR_MEMBER_TOO_MANY", "remedy": "wait_for_room"}, read.Metadata)
}

// TestConnectAgainstGRPCGo: a connect client, over the gRPC protocol, with
// errconnect's interceptor, reads a grpc-go server with errgrpc's.
func TestConnectAgainstGRPCGo(t *testing.T) {
	conn, stop, err := serveGRPC(byIndex, errgrpc.AnswerEveryError())
	require.NoError(t, err)
	t.Cleanup(stop)
	client := connect.NewClient[healthpb.HealthCheckRequest, healthpb.HealthCheckResponse](
		&http.Client{Transport: h2c()}, "http://"+conn.Target()+"/grpc.health.v1.Health/Check",
		connect.WithGRPC(), connect.WithInterceptors(errconnect.NewInterceptor()))
	for i, c := range classes {
		_, err := client.CallUnary(context.Background(), connect.NewRequest(&healthpb.HealthCheckRequest{Service: strconv.Itoa(i)}))
		testkit.AssertReadBack(t, errcode.AnswerFor(c.Err), err, "connect client, grpc-go server: "+c.Name)
	}
}

// h2c is a transport that speaks HTTP/2 without TLS, as grpc-go's insecure
// server does.
func h2c() *http.Transport {
	t := &http.Transport{}
	t.Protocols = new(http.Protocols)
	t.Protocols.SetUnencryptedHTTP2(true)
	return t
}

// TestGRPCGoAgainstConnect: a grpc-go client, with errgrpc's interceptor,
// reads a connect handler with errconnect's.
func TestGRPCGoAgainstConnect(t *testing.T) {
	const procedure = "/rooms.v1.Rooms/Join"
	mux := http.NewServeMux()
	mux.Handle(procedure, connect.NewUnaryHandler(procedure,
		func(_ context.Context, req *connect.Request[wrapperspb.StringValue]) (*connect.Response[emptypb.Empty], error) {
			return nil, byIndex(req.Msg.GetValue())
		}, connect.WithInterceptors(errconnect.NewInterceptor(errconnect.AnswerEveryError()))))
	srv := httptest.NewUnstartedServer(mux)
	srv.EnableHTTP2 = true
	srv.StartTLS()
	t.Cleanup(srv.Close)
	tlsConfig := srv.Client().Transport.(*http.Transport).TLSClientConfig.Clone()
	tlsConfig.NextProtos = []string{"h2"}
	conn, err := grpc.NewClient(srv.Listener.Addr().String(),
		grpc.WithTransportCredentials(credentials.NewTLS(tlsConfig)),
		grpc.WithUnaryInterceptor(errgrpc.UnaryClientInterceptor()))
	require.NoError(t, err)
	t.Cleanup(func() { _ = conn.Close() })
	for i, c := range classes {
		err := conn.Invoke(context.Background(), procedure, wrapperspb.String(strconv.Itoa(i)), &emptypb.Empty{})
		testkit.AssertReadBack(t, errcode.AnswerFor(c.Err), err, "grpc-go client, connect handler: "+c.Name)
	}
}
