package errgrpc_test

import (
	"context"
	"net"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/status"
	"google.golang.org/grpc/test/bufconn"
	"google.golang.org/protobuf/proto"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errgrpc"
)

// TestPlainClientReadsAnErrcodeServer: a grpc-go client with no errcode
// interceptor reads everything from the status alone: the code, the English
// message, and the details through status.FromError and errdetails.
func TestPlainClientReadsAnErrcodeServer(t *testing.T) {
	client := connect(t, false)
	err := check(client, "full", "zh-CN")
	st, ok := status.FromError(err)
	require.True(t, ok)
	assert.Equal(t, codes.ResourceExhausted, st.Code())
	assert.Equal(t, "too many speakers in the conference", st.Message())
	var info *errdetails.ErrorInfo
	var localized *errdetails.LocalizedMessage
	var help *errdetails.Help
	for _, d := range st.Details() {
		switch d := d.(type) {
		case *errdetails.ErrorInfo:
			info = d
		case *errdetails.LocalizedMessage:
			localized = d
		case *errdetails.Help:
			help = d
		case *errdetails.RetryInfo:
			t.Errorf("a capacity limit carries no RetryInfo: %v", d)
		}
	}
	require.NotNil(t, info)
	assert.Equal(t, "CONFR_TALKER_TOO_MANY", info.GetReason())
	assert.Equal(t, errcode.ErrorInfoDomain(errcode.SetServer), info.GetDomain())
	assert.Equal(t, map[string]string{"set": "server", "code": "-523", "name": "CONFR_TALKER_TOO_MANY", "remedy": "wait_for_room"}, info.GetMetadata())
	require.NotNil(t, localized)
	assert.Equal(t, "zh", localized.GetLocale())
	assert.Equal(t, "会议主播太多。请以观众身份加入或留在会议中，或等待主播离开。", localized.GetMessage())
	require.NotNil(t, help)
	assert.Equal(t, "https://pkg.go.dev/github.com/rtckit/errcode#ServerConfrTalkerTooMany", help.GetLinks()[0].GetUrl())
}

// TestServiceErrorOverTheWire: a service's own error (sql.ErrNoRows from its
// database) reaches a plain client as gRPC sends it without errcode's
// interceptors; with AnswerEveryError, as UNKNOWN in words that say nothing
// of the RTC service, and none of its own.
func TestServiceErrorOverTheWire(t *testing.T) {
	st := status.Convert(check(connect(t, false), "norows", "en"))
	t.Logf("default: %v", st.Proto())
	assert.Equal(t, codes.Unknown, st.Code())
	assert.Equal(t, "load room: sql: no rows in result set", st.Message(), "gRPC's own handling of a foreign error: its text")
	assert.Empty(t, st.Details())

	st = status.Convert(check(connect(t, false, errgrpc.AnswerEveryError()), "norows", "en"))
	t.Logf("AnswerEveryError: %v", st.Proto())
	assert.Equal(t, codes.Unknown, st.Code())
	assert.Equal(t, errcode.Unknown.Description(englishTag), st.Message())
	assert.NotContains(t, st.Message(), "sql")
	assert.NotContains(t, st.Message(), "RTC")
}

// badger is a plain grpc-go service of another team: it fails with an
// ErrorInfo of its own domain, whose words happen to be errcode's.
type badger struct {
	healthpb.UnimplementedHealthServer
}

func (badger) Check(context.Context, *healthpb.HealthCheckRequest) (*healthpb.HealthCheckResponse, error) {
	st, err := status.New(codes.FailedPrecondition, "account frozen").WithDetails(&errdetails.ErrorInfo{
		Reason: "TICKET_EXPIRED", Domain: "accounts.example.com",
		Metadata: map[string]string{"set": "server", "code": "-502", "name": "TICKET_EXPIRED"},
	})
	if err != nil {
		return nil, err
	}
	return nil, st.Err()
}

// TestErrcodeClientReadsAPlainServer: an errcode client reads a status of a
// plain grpc-go server, with no errcode interceptor, as foreign: its code
// gives the kind, and its ErrorInfo of another domain is never mistaken for
// errcode's.
func TestErrcodeClientReadsAPlainServer(t *testing.T) {
	lis := bufconn.Listen(1 << 20)
	srv := grpc.NewServer()
	healthpb.RegisterHealthServer(srv, badger{})
	go func() { _ = srv.Serve(lis) }()
	t.Cleanup(srv.Stop)
	conn, err := grpc.NewClient("passthrough:///plain",
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return lis.DialContext(ctx) }),
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithUnaryInterceptor(errgrpc.UnaryClientInterceptor()),
	)
	require.NoError(t, err)
	t.Cleanup(func() { _ = conn.Close() })

	_, err = healthpb.NewHealthClient(conn).Check(context.Background(), &healthpb.HealthCheckRequest{})
	require.Error(t, err)
	assert.False(t, errcode.Carries(err), "the interceptor leaves another service's status as it came")
	st, ok := status.FromError(err)
	require.True(t, ok)
	assert.Equal(t, codes.FailedPrecondition, st.Code())
	assert.Equal(t, "account frozen", st.Message())
	assert.Len(t, st.Details(), 1)

	read := errgrpc.FromError(err)
	_, isCode := errcode.CodeOf(read)
	assert.False(t, isCode, "another domain's ErrorInfo is not errcode's")
	assert.NotErrorIs(t, read, errcode.ServerTicketExpired)
	assert.Equal(t, errcode.FailedPrecondition, errcode.KindOf(read))
	again, ok := status.FromError(read)
	require.True(t, ok)
	assert.True(t, proto.Equal(st.Proto(), again.Proto()), "FromError's result gives the status exactly as it came")
}

// billing is another team's service on the same connection pool: a plain
// grpc-go server that fails with a NotFound of its own, with details.
type billing struct {
	healthpb.UnimplementedHealthServer
}

func (billing) Check(context.Context, *healthpb.HealthCheckRequest) (*healthpb.HealthCheckResponse, error) {
	st, err := status.New(codes.NotFound, "invoice 7 not found").WithDetails(&errdetails.ResourceInfo{ResourceType: "invoice", ResourceName: "7"})
	if err != nil {
		return nil, err
	}
	return nil, st.Err()
}

// relay is our service: its handler calls billing through a connection with
// errgrpc's client interceptor, and returns what it gets.
type relay struct {
	healthpb.UnimplementedHealthServer
	billing healthpb.HealthClient
}

func (r relay) Check(ctx context.Context, req *healthpb.HealthCheckRequest) (*healthpb.HealthCheckResponse, error) {
	return r.billing.Check(ctx, req)
}

// serve starts srv on an in-process listener and returns a client of it
// whose connection has errgrpc's client interceptors.
func serve(t *testing.T, srv *grpc.Server) healthpb.HealthClient {
	t.Helper()
	lis := bufconn.Listen(1 << 20)
	go func() { _ = srv.Serve(lis) }()
	t.Cleanup(srv.Stop)
	conn, err := grpc.NewClient("passthrough:///bufnet",
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return lis.DialContext(ctx) }),
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithUnaryInterceptor(errgrpc.UnaryClientInterceptor()),
		grpc.WithStreamInterceptor(errgrpc.StreamClientInterceptor()),
	)
	require.NoError(t, err)
	t.Cleanup(func() { _ = conn.Close() })
	return healthpb.NewHealthClient(conn)
}

// TestAnotherTeamsStatusPassesUnchanged: behind both of errgrpc's
// interceptors, another service's failure reaches our client exactly as that
// service sent it, never as the RTC service's.
func TestAnotherTeamsStatusPassesUnchanged(t *testing.T) {
	billingServer := grpc.NewServer()
	healthpb.RegisterHealthServer(billingServer, billing{})
	ours := grpc.NewServer(grpc.UnaryInterceptor(errgrpc.UnaryServerInterceptor()), grpc.StreamInterceptor(errgrpc.StreamServerInterceptor()))
	healthpb.RegisterHealthServer(ours, relay{billing: serve(t, billingServer)})
	client := serve(t, ours)

	_, err := client.Check(context.Background(), &healthpb.HealthCheckRequest{})
	st, ok := status.FromError(err)
	require.True(t, ok)
	t.Logf("on the wire: %v", st.Proto())
	assert.Equal(t, codes.NotFound, st.Code())
	assert.Equal(t, "invoice 7 not found", st.Message())
	require.Len(t, st.Details(), 1)
	assert.True(t, proto.Equal(&errdetails.ResourceInfo{ResourceType: "invoice", ResourceName: "7"}, st.Details()[0].(proto.Message)))
	assert.False(t, errcode.Carries(err))
	assert.NotContains(t, st.Message(), "RTC")
}
