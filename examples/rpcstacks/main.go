// Rpcstacks shows errcode's answers in the RPC stacks Go services use
// beside grpc-go: grpc-gateway in front of a gRPC service, connect-go, and a
// kratos client. Each takes the library's answer with a few lines of glue,
// and each reads the others' answers back: the code, the kind and the retry
// advice survive every pairing. A kratos HTTP server is examples/kratos.
//
// It is a module of its own, so that no library module requires these
// stacks.
package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errgrpc"
	"github.com/rtckit/errcode/errhttp"
)

// failures are what the services answer, by name.
var failures = map[string]error{
	"expired": &errcode.Error{Code: errcode.ServerTicketExpired, Message: "ticket expired"},
	"full":    &errcode.Error{Code: errcode.ServerConfrMemberTooMany},
	"limited": &errcode.Error{Reason: errcode.ReasonReachLimit, StatusCode: 429, RetryAfter: 2 * time.Second},
}

// rooms is a gRPC service that fails as its request's service names; the
// health service's messages stand for a real service's.
type rooms struct {
	healthpb.UnimplementedHealthServer
	failures func(name string) error
}

func (r rooms) Check(_ context.Context, req *healthpb.HealthCheckRequest) (*healthpb.HealthCheckResponse, error) {
	if err := r.failures(req.GetService()); err != nil {
		return nil, err
	}
	return &healthpb.HealthCheckResponse{Status: healthpb.HealthCheckResponse_SERVING}, nil
}

// serveGRPC starts the gRPC service on loopback, with errgrpc's
// interceptor, and returns a connection to it and a function that stops it.
func serveGRPC(failures func(string) error, opts ...errgrpc.Option) (*grpc.ClientConn, func(), error) {
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, nil, err
	}
	srv := grpc.NewServer(grpc.UnaryInterceptor(errgrpc.UnaryServerInterceptor(opts...)))
	healthpb.RegisterHealthServer(srv, rooms{failures: failures})
	go func() { _ = srv.Serve(lis) }()
	conn, err := grpc.NewClient(lis.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		srv.Stop()
		return nil, nil, err
	}
	return conn, func() { _ = conn.Close(); srv.Stop() }, nil
}

// answerAsErrhttp is grpc-gateway's error handler that answers as errhttp
// does: the glue, in full.
func answerAsErrhttp(_ context.Context, _ *runtime.ServeMux, _ runtime.Marshaler, w http.ResponseWriter, r *http.Request, err error) {
	errhttp.WriteProblem(w, r, errgrpc.FromError(err))
}

// newGateway is grpc-gateway's mux in front of the gRPC service, as
// generated code registers a method: GET /v1/rooms/{room}. opts may set the
// error handler.
func newGateway(conn *grpc.ClientConn, opts ...runtime.ServeMuxOption) (*runtime.ServeMux, error) {
	mux := runtime.NewServeMux(opts...)
	client := healthpb.NewHealthClient(conn)
	err := mux.HandlePath(http.MethodGet, "/v1/rooms/{room}", func(w http.ResponseWriter, r *http.Request, params map[string]string) {
		ctx, err := runtime.AnnotateContext(r.Context(), mux, r, "/grpc.health.v1.Health/Check")
		_, outbound := runtime.MarshalerForRequest(mux, r)
		if err != nil {
			runtime.HTTPError(ctx, mux, outbound, w, r, err)
			return
		}
		resp, err := client.Check(ctx, &healthpb.HealthCheckRequest{Service: params["room"]})
		if err != nil {
			runtime.HTTPError(ctx, mux, outbound, w, r, err)
			return
		}
		runtime.ForwardResponseMessage(ctx, mux, outbound, w, r, resp)
	})
	return mux, err
}

func main() {
	byName := func(name string) error { return failures[name] }
	conn, stop, err := serveGRPC(byName)
	if err != nil {
		panic(err)
	}
	defer stop()
	plain, err := newGateway(conn)
	if err != nil {
		panic(err)
	}
	glued, err := newGateway(conn, runtime.WithErrorHandler(answerAsErrhttp))
	if err != nil {
		panic(err)
	}
	for _, s := range []struct {
		name    string
		handler http.Handler
	}{{"grpc-gateway", plain}, {"grpc-gateway with errhttp", glued}} {
		srv := httptest.NewServer(s.handler)
		for _, room := range []string{"full", "limited"} {
			resp, err := http.Get(srv.URL + "/v1/rooms/" + room)
			if err != nil {
				panic(err)
			}
			body, _ := io.ReadAll(resp.Body)
			_ = resp.Body.Close()
			resp.Body = io.NopCloser(strings.NewReader(string(body)))
			read := errhttp.FromHTTPResponse(resp)
			fmt.Printf("%s, %s: HTTP %d %s, Retry-After %q; read back: %s, retryable %v\n",
				s.name, room, resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Retry-After"),
				errcode.ErrorType(read), errcode.Retryable(read))
		}
		srv.Close()
	}
}
