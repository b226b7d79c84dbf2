package errgrpc_test

import (
	"context"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errgrpc"
)

// retryConfig is a service config as users write it: retry UNAVAILABLE and
// RESOURCE_EXHAUSTED, three attempts, 50ms apart.
const retryConfig = `{"methodConfig": [{
	"name": [{"service": "grpc.health.v1.Health"}],
	"retryPolicy": {
		"maxAttempts": 3,
		"initialBackoff": "0.05s",
		"maxBackoff": "0.05s",
		"backoffMultiplier": 1,
		"retryableStatusCodes": ["UNAVAILABLE", "RESOURCE_EXHAUSTED"]
	}
}]}`

// attempts records when each call of each service arrived.
type attempts struct {
	mu sync.Mutex
	at map[string][]time.Time
}

func (a *attempts) of(service string) []time.Time {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.at[service]
}

// counting answers Check with the failure its service names, and records
// the attempt; answerItself makes it answer with errgrpc.Status by hand,
// as a server without the interceptor would.
type counting struct {
	healthpb.UnimplementedHealthServer
	attempts     *attempts
	answerItself bool
}

var pushbackFailures = map[string]error{
	"full":    &errcode.Error{Code: errcode.ServerConfrMemberTooMany},
	"limited": &errcode.Error{Reason: errcode.ReasonReachLimit, StatusCode: 429, RetryAfter: 300 * time.Millisecond},
	"down":    &errcode.Error{StatusCode: 503},
	"iOS 823": errcode.IOSCallSpeakerFull,
	"plan":    &errcode.Error{Reason: errcode.ReasonResourceLimited, StatusCode: 429},
}

func (c counting) Check(_ context.Context, req *healthpb.HealthCheckRequest) (*healthpb.HealthCheckResponse, error) {
	c.attempts.mu.Lock()
	c.attempts.at[req.GetService()] = append(c.attempts.at[req.GetService()], time.Now())
	c.attempts.mu.Unlock()
	err := pushbackFailures[req.GetService()]
	if c.answerItself {
		return nil, errgrpc.Status(err, language.English).Err()
	}
	return nil, err
}

// retryingClient starts a server on loopback, with errgrpc's interceptor or
// answering by hand, and returns a grpc-go client with retryConfig.
func retryingClient(t *testing.T, interceptor bool) (healthpb.HealthClient, *attempts) {
	t.Helper()
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	var opts []grpc.ServerOption
	if interceptor {
		opts = append(opts, grpc.UnaryInterceptor(errgrpc.UnaryServerInterceptor()))
	}
	srv := grpc.NewServer(opts...)
	a := &attempts{at: map[string][]time.Time{}}
	healthpb.RegisterHealthServer(srv, counting{attempts: a, answerItself: !interceptor})
	go func() { _ = srv.Serve(lis) }()
	t.Cleanup(srv.Stop)
	conn, err := grpc.NewClient(lis.Addr().String(),
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultServiceConfig(retryConfig))
	require.NoError(t, err)
	t.Cleanup(func() { _ = conn.Close() })
	return healthpb.NewHealthClient(conn), a
}

// TestGRPCRetriesFollowTheAdvice: grpc-go's own retry policy, from a
// service config, tries a full conference, iOS 823 and the plan's limit
// once, and waits a rate limit's delay, because the interceptor sends the
// retry pushback; without it, the same statuses are retried as their codes
// alone say.
func TestGRPCRetriesFollowTheAdvice(t *testing.T) {
	for _, tt := range []struct {
		service               string
		code                  codes.Code
		with, without         int
		waitWith, waitWithout time.Duration // at least, between attempts
	}{
		{"full", codes.ResourceExhausted, 1, 3, 0, 0},
		{"iOS 823", codes.ResourceExhausted, 1, 3, 0, 0},
		{"plan", codes.ResourceExhausted, 1, 3, 0, 0},
		{"limited", codes.ResourceExhausted, 3, 3, 300 * time.Millisecond, 0},
		{"down", codes.Unavailable, 3, 3, 0, 0},
	} {
		t.Run(tt.service, func(t *testing.T) {
			for _, interceptor := range []bool{true, false} {
				client, a := retryingClient(t, interceptor)
				ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
				var trailer metadata.MD
				_, err := client.Check(ctx, &healthpb.HealthCheckRequest{Service: tt.service}, grpc.Trailer(&trailer))
				cancel()
				assert.Equal(t, tt.code, status.Code(err))
				want, wait := tt.without, tt.waitWithout
				if interceptor {
					want, wait = tt.with, tt.waitWith
				}
				at := a.of(tt.service)
				assert.Len(t, at, want, "attempts, interceptor %v", interceptor)
				for i := 1; i < len(at); i++ {
					assert.GreaterOrEqual(t, at[i].Sub(at[i-1]), wait, "the wait before attempt %d, interceptor %v", i+1, interceptor)
				}
				if interceptor {
					read := errgrpc.FromError(err)
					switch {
					case !errcode.Retryable(read):
						assert.Equal(t, []string{"-1"}, trailer.Get(errgrpc.PushbackKey))
					case tt.waitWith > 0:
						assert.Equal(t, []string{"300"}, trailer.Get(errgrpc.PushbackKey))
					default:
						assert.Empty(t, trailer.Get(errgrpc.PushbackKey), "a retryable failure with no delay: the client's backoff paces it")
					}
				}
			}
		})
	}
}

// TestPushbackOnStreams: a streaming handler's failure carries the same
// pushback.
func TestPushbackOnStreams(t *testing.T) {
	client := connect(t, false)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	stream, err := client.Watch(ctx, &healthpb.HealthCheckRequest{Service: "full"})
	require.NoError(t, err)
	_, err = stream.Recv()
	require.NoError(t, err)
	_, err = stream.Recv()
	require.Error(t, err)
	assert.Equal(t, []string{"-1"}, stream.Trailer().Get(errgrpc.PushbackKey))

	// A service's own error, which the interceptor leaves alone, carries none.
	stream, err = client.Watch(ctx, &healthpb.HealthCheckRequest{Service: "norows"})
	require.NoError(t, err)
	_, _ = stream.Recv()
	_, err = stream.Recv()
	require.Error(t, err)
	assert.Empty(t, stream.Trailer().Get(errgrpc.PushbackKey))
}
