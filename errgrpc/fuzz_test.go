package errgrpc_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	spb "google.golang.org/genproto/googleapis/rpc/status"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errgrpc"
)

// FuzzFromError reads arbitrary bytes as a google.rpc.Status: FromError never
// panics, and restores a typed code only from an ErrorInfo that names it
// exactly as Status does.
func FuzzFromError(f *testing.F) {
	for _, err := range []error{errcode.ServerTicketExpired, errcode.AndroidNetworkError, errcode.IOSCode(999), errcode.ReasonReachLimit, errcode.Unavailable} {
		data, err := proto.Marshal(errgrpc.Status(err, language.Chinese).Proto())
		require.NoError(f, err)
		f.Add(data)
	}
	f.Add([]byte{})
	f.Add([]byte{0x08, 0x10})
	f.Fuzz(func(t *testing.T, data []byte) {
		var pb spb.Status
		if proto.Unmarshal(data, &pb) != nil {
			return
		}
		err := errgrpc.FromError(status.FromProto(&pb).Err())
		_ = errcode.KindOf(err)
		_ = errcode.Describe(err, language.English)
		c, ok := errcode.CodeOf(err)
		if !ok {
			return
		}
		named := false
		for _, d := range status.FromProto(&pb).Details() {
			if info, isInfo := d.(*errdetails.ErrorInfo); isInfo && info.GetReason() == c.String() && info.GetMetadata()["set"] == c.Set().String() {
				named = true
			}
		}
		assert.True(t, named, "a code is restored only from an ErrorInfo that names it: %v", c)
	})
}
