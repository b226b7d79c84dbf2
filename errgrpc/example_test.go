package errgrpc_test

import (
	"context"
	"errors"
	"fmt"
	"net"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/grpc/test/bufconn"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errgrpc"
)

// conferences is a gRPC service whose handler fails as the RTC server did:
// its ticket expired. (The health service stands in for a service of your
// own.)
type conferences struct {
	healthpb.UnimplementedHealthServer
}

func (conferences) Check(context.Context, *healthpb.HealthCheckRequest) (*healthpb.HealthCheckResponse, error) {
	return nil, fmt.Errorf("join conference: %w", errcode.FromServer(-502, "ticket expired at 1542350943"))
}

// A server and a client, each with errgrpc's interceptors, over an
// in-process connection: the client matches the server's code again, and
// reads the message in the language it asked for.
func Example() {
	lis := bufconn.Listen(1 << 20)
	srv := grpc.NewServer(
		grpc.UnaryInterceptor(errgrpc.UnaryServerInterceptor()),
		grpc.StreamInterceptor(errgrpc.StreamServerInterceptor()),
	)
	healthpb.RegisterHealthServer(srv, conferences{})
	go func() { _ = srv.Serve(lis) }()
	defer srv.Stop()

	conn, err := grpc.NewClient("passthrough:///bufnet",
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return lis.DialContext(ctx) }),
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithUnaryInterceptor(errgrpc.UnaryClientInterceptor()),
		grpc.WithStreamInterceptor(errgrpc.StreamClientInterceptor()),
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer conn.Close()

	ctx := metadata.AppendToOutgoingContext(context.Background(), "accept-language", "zh-TW")
	_, err = healthpb.NewHealthClient(conn).Check(ctx, &healthpb.HealthCheckRequest{})

	fmt.Println(errors.Is(err, errcode.ServerTicketExpired), errcode.KindOf(err).String(), errcode.Retryable(err))
	// The peer's status stays in the chain. Its message is for developers, in
	// English; what people see is its LocalizedMessage, in the caller's
	// language.
	var peer interface{ GRPCStatus() *status.Status }
	if !errors.As(err, &peer) {
		return
	}
	st := peer.GRPCStatus()
	fmt.Println(st.Message())
	for _, d := range st.Details() {
		if m, ok := d.(*errdetails.LocalizedMessage); ok {
			fmt.Println(m.GetLocale(), m.GetMessage())
		}
	}
	// Output:
	// true UNAUTHENTICATED false
	// conference ticket expired
	// zh-Hant ticket 已過期。請重新取得 ticket 後再加入會議：以會議 ID 與密碼加入時，SDK 會取得新的 ticket；也可請邀請者重新傳送邀請。
}
