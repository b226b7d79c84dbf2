package errconnect_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"connectrpc.com/connect"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errconnect"
)

const watchProcedure = "/rooms.v1.Rooms/Watch"

// TestStreams: a streaming handler's failure, after a message, reads as the
// typed code on a streaming client, over every protocol, and another
// team's error passes both sides as it came.
func TestStreams(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle(watchProcedure, connect.NewServerStreamHandler(watchProcedure,
		func(_ context.Context, req *connect.Request[wrapperspb.StringValue], stream *connect.ServerStream[wrapperspb.StringValue]) error {
			if err := stream.Send(wrapperspb.String("joined")); err != nil {
				return err
			}
			return failures[req.Msg.GetValue()]
		}, connect.WithInterceptors(errconnect.NewInterceptor())))
	srv := httptest.NewUnstartedServer(mux)
	srv.EnableHTTP2 = true
	srv.StartTLS()
	t.Cleanup(srv.Close)

	for name, protocol := range protocols {
		opts := append([]connect.ClientOption{connect.WithInterceptors(errconnect.NewInterceptor())}, protocol...)
		client := connect.NewClient[wrapperspb.StringValue, wrapperspb.StringValue](srv.Client(), srv.URL+watchProcedure, opts...)
		for value, check := range map[string]func(err error){
			"expired": func(err error) {
				assert.ErrorIs(t, err, errcode.ServerTicketExpired, name)
				assert.Equal(t, errcode.RemedyRejoin, errcode.RemedyOf(err), name)
			},
			"invoice": func(err error) {
				assert.Equal(t, connect.CodeNotFound, connect.CodeOf(err), name)
				assert.False(t, errcode.Carries(err), "%s: another team's error, untyped", name)
			},
		} {
			stream, err := client.CallServerStream(context.Background(), connect.NewRequest(wrapperspb.String(value)))
			require.NoError(t, err, name)
			require.True(t, stream.Receive(), name)
			assert.Equal(t, "joined", stream.Msg().GetValue())
			assert.False(t, stream.Receive(), name)
			require.Error(t, stream.Err(), name)
			check(stream.Err())
			require.NoError(t, stream.Close())
		}
	}
}
