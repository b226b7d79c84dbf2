package errgrpc_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/grpc/test/bufconn"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errgrpc"
)

// failures are what the test service's handlers return, by the service name
// a request asks for.
var failures = map[string]error{
	"expired":   errcode.FromServer(-502, "ticket expired at 1542350943"),
	"network":   &errcode.Error{Code: errcode.AndroidNetworkError, Message: "java.net.SocketException: reset", RetryAfter: 3 * time.Second},
	"ratelimit": &errcode.Error{Reason: errcode.ReasonReachLimit, StatusCode: 429, RetryAfter: 1500 * time.Millisecond},
	"token":     &errcode.Error{Reason: errcode.ReasonAuthBadAccessToken, StatusCode: 401, Message: "Unable to authenticate due to corrupt access token"},
	"kind":      fmt.Errorf("lookup: %w", errcode.NotFound),
	"status":    status.Error(codes.FailedPrecondition, "a status of the handler's own"),
	"foreign":   errors.New("dial tcp 10.0.0.5:443: connection refused"),
	"unknown":   errcode.FromIOS(999, "new"),
	"deadline":  context.DeadlineExceeded, // as a handler's ctx.Err() is
	"canceled":  fmt.Errorf("query: %w", context.Canceled),
	"norows":    fmt.Errorf("load room: %w", sql.ErrNoRows), // the service's own database, not the RTC service
	"full":      &errcode.Error{Code: errcode.ServerConfrTalkerTooMany, Message: "talker limit 6"},
}

var englishTag = language.English

// health answers Check and Watch with the failure its service names.
type health struct {
	healthpb.UnimplementedHealthServer
}

func (health) Check(_ context.Context, req *healthpb.HealthCheckRequest) (*healthpb.HealthCheckResponse, error) {
	if err, ok := failures[req.GetService()]; ok {
		return nil, err
	}
	return &healthpb.HealthCheckResponse{Status: healthpb.HealthCheckResponse_SERVING}, nil
}

func (health) Watch(req *healthpb.HealthCheckRequest, stream healthpb.Health_WatchServer) error {
	if err := stream.Send(&healthpb.HealthCheckResponse{Status: healthpb.HealthCheckResponse_SERVING}); err != nil {
		return err
	}
	return failures[req.GetService()]
}

// connect starts an in-process server with errgrpc's server interceptors
// and returns a client with, or without, its client interceptors.
func connect(t *testing.T, clientInterceptors bool, serverOptions ...errgrpc.Option) healthpb.HealthClient {
	t.Helper()
	lis := bufconn.Listen(1 << 20)
	srv := grpc.NewServer(
		grpc.UnaryInterceptor(errgrpc.UnaryServerInterceptor(serverOptions...)),
		grpc.StreamInterceptor(errgrpc.StreamServerInterceptor(serverOptions...)),
	)
	healthpb.RegisterHealthServer(srv, health{})
	go func() { _ = srv.Serve(lis) }()
	t.Cleanup(srv.Stop)
	opts := []grpc.DialOption{
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return lis.DialContext(ctx) }),
		grpc.WithTransportCredentials(insecure.NewCredentials()),
	}
	if clientInterceptors {
		opts = append(opts, grpc.WithUnaryInterceptor(errgrpc.UnaryClientInterceptor()), grpc.WithStreamInterceptor(errgrpc.StreamClientInterceptor()))
	}
	conn, err := grpc.NewClient("passthrough:///bufnet", opts...)
	require.NoError(t, err)
	t.Cleanup(func() { _ = conn.Close() })
	return healthpb.NewHealthClient(conn)
}

func check(client healthpb.HealthClient, service, acceptLanguage string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if acceptLanguage != "" {
		ctx = metadata.AppendToOutgoingContext(ctx, "accept-language", acceptLanguage)
	}
	_, err := client.Check(ctx, &healthpb.HealthCheckRequest{Service: service})
	return err
}

// TestOverTheWire: a handler returns an errcode error; the client matches
// the same code, reads the message in its language and keeps the advice.
func TestOverTheWire(t *testing.T) {
	client := connect(t, true)

	err := check(client, "expired", "zh-TW")
	require.Error(t, err)
	assert.ErrorIs(t, err, errcode.ServerTicketExpired)
	assert.ErrorIs(t, err, errcode.Unauthenticated)
	assert.False(t, errcode.Retryable(err))
	var e *errcode.Error
	require.ErrorAs(t, err, &e)
	assert.Empty(t, e.Message, "the status's message was Status's own English description, which Error says already")
	assert.Equal(t, "rtc server error TICKET_EXPIRED (-502): conference ticket expired: rpc error: code = Unauthenticated", e.Error())
	var carrier interface{ GRPCStatus() *status.Status }
	require.ErrorAs(t, e, &carrier, "the peer's status is in the *errcode.Error's chain")
	peer := carrier.GRPCStatus()
	assert.Equal(t, errcode.ServerTicketExpired.Description(language.English), peer.Message(), "the status's message is for developers, in English")
	assert.Equal(t, errcode.Describe(errcode.ServerTicketExpired, language.TraditionalChinese), localized(t, peer).GetMessage(), "people read the LocalizedMessage")
	assert.NotContains(t, e.Message, "1542350943", "the peer's message stays with the server")

	err = check(client, "network", "en")
	assert.ErrorIs(t, err, errcode.AndroidNetworkError)
	assert.True(t, errcode.Retryable(err), "retry advice survives the hop")
	delay, ok := errcode.RetryAfter(err)
	assert.True(t, ok)
	assert.Equal(t, 3*time.Second, delay)

	err = check(client, "ratelimit", "en")
	assert.ErrorIs(t, err, errcode.ReasonReachLimit)
	assert.True(t, errcode.Retryable(err))
	delay, _ = errcode.RetryAfter(err)
	assert.Equal(t, 1500*time.Millisecond, delay)

	err = check(client, "unknown", "en")
	assert.ErrorIs(t, err, errcode.IOSCode(999), "an unknown number is kept")

	err = check(client, "kind", "en")
	assert.ErrorIs(t, err, errcode.NotFound)
	assert.Equal(t, errcode.NotFound, errcode.KindOf(err))

	err = check(client, "token", "en")
	assert.Equal(t, errcode.Unavailable, errcode.KindOf(err), "the service's own credentials are not the client's failure")
	assert.NotErrorIs(t, err, errcode.ReasonAuthBadAccessToken)

	err = check(client, "status", "en")
	st, ok := status.FromError(err)
	require.True(t, ok)
	assert.Equal(t, codes.FailedPrecondition, st.Code())
	assert.Equal(t, "a status of the handler's own", st.Message(), "a handler's status passes unchanged, both ways")
	assert.False(t, errcode.Carries(err), "a status without errcode's ErrorInfo is not read on the client")
	assert.Equal(t, errcode.FailedPrecondition, errcode.KindOf(errgrpc.FromError(err)), "FromError reads its kind where asked")

	err = check(client, "foreign", "en")
	assert.Equal(t, errcode.Unknown, errcode.KindOf(err))
	assert.Contains(t, err.Error(), "10.0.0.5", "a foreign error is left to gRPC, which sends its text")

	assert.NoError(t, check(client, "fine", "en"))

	everything := connect(t, true, errgrpc.AnswerEveryError())
	err = check(everything, "foreign", "en")
	assert.Equal(t, errcode.Unknown, errcode.KindOf(err))
	assert.NotContains(t, err.Error(), "10.0.0.5", "with AnswerEveryError, a foreign error's text never leaves the server")
	assert.NotContains(t, err.Error(), "RTC", "nor is it said to be the RTC service's")
	assert.ErrorIs(t, check(everything, "expired", "en"), errcode.ServerTicketExpired)
}

// localized returns st's LocalizedMessage.
func localized(t *testing.T, st *status.Status) *errdetails.LocalizedMessage {
	t.Helper()
	for _, d := range st.Details() {
		if m, ok := d.(*errdetails.LocalizedMessage); ok {
			return m
		}
	}
	require.Fail(t, "no LocalizedMessage", "%v", st.Proto())
	return nil
}

// TestLanguageFromMetadata: the client's language comes from its
// accept-language, or from grpc-gateway's copy of the HTTP header.
func TestLanguageFromMetadata(t *testing.T) {
	client := connect(t, false)
	for _, tt := range []struct {
		key, value string
		want       language.Tag
	}{
		{"accept-language", "zh-CN,zh;q=0.9", language.Chinese},
		{"grpcgateway-accept-language", "zh-TW", language.TraditionalChinese},
		{"other", "zh-TW", language.English},
	} {
		ctx := metadata.AppendToOutgoingContext(context.Background(), tt.key, tt.value)
		_, err := client.Check(ctx, &healthpb.HealthCheckRequest{Service: "expired"})
		st := status.Convert(err)
		assert.Equal(t, codes.Unauthenticated, st.Code())
		assert.Equal(t, errcode.ServerTicketExpired.Description(language.English), st.Message(), "%s: the message is in English, for developers", tt.key)
		m := localized(t, st)
		assert.Equal(t, tt.want.String(), m.GetLocale())
		assert.Equal(t, errcode.Describe(errcode.ServerTicketExpired, tt.want), m.GetMessage())
	}
}

func TestStreams(t *testing.T) {
	client := connect(t, true)
	stream, err := client.Watch(context.Background(), &healthpb.HealthCheckRequest{Service: "network"})
	require.NoError(t, err)
	_, err = stream.Recv()
	require.NoError(t, err)
	_, err = stream.Recv()
	assert.ErrorIs(t, err, errcode.AndroidNetworkError)
	assert.True(t, errcode.Retryable(err))

	stream, err = client.Watch(context.Background(), &healthpb.HealthCheckRequest{Service: "fine"})
	require.NoError(t, err)
	_, err = stream.Recv()
	require.NoError(t, err)
	_, err = stream.Recv()
	assert.Equal(t, io.EOF, err, "the end of a stream is not a failure")
}
