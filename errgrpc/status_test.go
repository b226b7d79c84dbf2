package errgrpc_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	spb "google.golang.org/genproto/googleapis/rpc/status"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/anypb"
	"google.golang.org/protobuf/types/known/durationpb"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errgrpc"
)

func TestStatusDetails(t *testing.T) {
	err := &errcode.Error{Code: errcode.ServerPubInactive, Message: "java.lang.IllegalStateException", RetryAfter: 2 * time.Second}
	st := errgrpc.Status(fmt.Errorf("publish: %w", err), language.Chinese)
	assert.Equal(t, codes.Unavailable, st.Code())
	assert.Equal(t, "publishing the stream failed", st.Message(), "the message is for developers, in English")
	details := st.Details()
	require.Len(t, details, 4)
	assert.True(t, proto.Equal(&errdetails.ErrorInfo{Reason: "PUB_INACTIVE", Domain: errcode.ErrorInfoDomain(errcode.SetServer), Metadata: map[string]string{"set": "server", "code": "-554", "name": "PUB_INACTIVE", "remedy": "retry"}}, details[0].(proto.Message)))
	assert.True(t, proto.Equal(&errdetails.LocalizedMessage{Locale: "zh", Message: errcode.Describe(errcode.ServerPubInactive, language.Chinese)}, details[1].(proto.Message)))
	assert.True(t, proto.Equal(&errdetails.Help{Links: []*errdetails.Help_Link{{Description: "errcode's documentation of ServerPubInactive", Url: "https://pkg.go.dev/github.com/rtckit/errcode#ServerPubInactive"}}}, details[2].(proto.Message)))
	assert.True(t, proto.Equal(&errdetails.RetryInfo{RetryDelay: durationpb.New(2 * time.Second)}, details[3].(proto.Message)))

	st = errgrpc.Status(errcode.IOSCallTicketExpired, language.MustParse("en-GB"))
	assert.Equal(t, codes.Unauthenticated, st.Code())
	require.Len(t, st.Details(), 3, "no RetryInfo for a failure that is not retryable")
	info := st.Details()[0].(*errdetails.ErrorInfo)
	assert.Equal(t, errcode.ErrorInfoDomain(errcode.SetIOS), info.GetDomain())
	assert.Equal(t, "CALL_TICKET_EXPIRED", info.GetReason())
	assert.Equal(t, "EMErrorCallTicketExpired", info.GetMetadata()["name"], "the vendor's identifier, exactly")

	st = errgrpc.Status(errcode.Unavailable, language.English)
	require.Len(t, st.Details(), 3, "no RetryInfo where no delay is known: it would say retry at once")
	assert.True(t, proto.Equal(&errdetails.ErrorInfo{Reason: "UNAVAILABLE", Domain: errcode.KindDomain, Metadata: map[string]string{"retryable": "true", "remedy": "retry"}}, st.Details()[0].(proto.Message)), "a kind alone has an ErrorInfo too, with its advice")

	st = errgrpc.Status(errcode.ServerTicketExpired, language.English, errgrpc.WithHelpBase("https://errors.example.com/rtc/"))
	assert.Equal(t, "https://errors.example.com/rtc/ServerTicketExpired", st.Details()[2].(*errdetails.Help).GetLinks()[0].GetUrl())

	assert.Equal(t, codes.OK, errgrpc.Status(nil, language.English).Code())
	foreign := errgrpc.Status(errors.New("dial tcp 10.0.0.5:443"), language.English)
	assert.Equal(t, codes.Unknown, foreign.Code())
	assert.Equal(t, errcode.Unknown.Description(language.English), foreign.Message())
	assert.NotContains(t, foreign.Message(), "RTC", "a foreign failure is not said to be the RTC service's")
}

// TestRoundTrip: every code and reason survives Status and FromError.
func TestRoundTrip(t *testing.T) {
	sent := everyFailureCode()
	for _, r := range errcode.Reasons() {
		if r.Kind() != errcode.Unauthenticated {
			sent = append(sent, r)
		}
	}
	for _, err := range sent {
		got := errgrpc.FromError(errgrpc.Status(err, language.English).Err())
		assert.ErrorIs(t, got, err, "%v", err)
		assert.Equal(t, errcode.KindOf(err), errcode.KindOf(got), "%v", err)
		assert.Equal(t, errcode.Retryable(err), errcode.Retryable(got), "%v", err)
	}
}

func TestFromError(t *testing.T) {
	assert.NoError(t, errgrpc.FromError(nil))
	assert.NoError(t, errgrpc.FromError(status.Error(codes.OK, "")))
	plain := errors.New("not a status")
	assert.Same(t, plain, errgrpc.FromError(plain))

	for c := codes.Canceled; c <= codes.Unauthenticated; c++ {
		err := errgrpc.FromError(status.Error(c, "m"))
		assert.Equal(t, errcode.Kind(c), errcode.KindOf(err), c.String())
		assert.ErrorIs(t, err, errcode.Kind(c))
	}
	assert.Equal(t, errcode.Unknown, errcode.KindOf(errgrpc.FromError(status.Error(codes.Code(42), "m"))))

	// ErrorInfos that are not well-formed restore nothing.
	for _, info := range []*errdetails.ErrorInfo{
		{Reason: "TICKET_INVALID", Domain: errcode.ErrorInfoDomain(errcode.SetServer), Metadata: map[string]string{"set": "server", "code": "-502"}},
		{Reason: "TICKET_EXPIRED", Domain: errcode.ErrorInfoDomain(errcode.SetAndroid), Metadata: map[string]string{"set": "server", "code": "-502"}},
		{Reason: "TICKET_EXPIRED", Domain: errcode.ErrorInfoDomain(errcode.SetServer), Metadata: map[string]string{"set": "server", "code": "-502.0"}},
		{Reason: "TICKET_EXPIRED", Domain: "pubsub.googleapis.com", Metadata: map[string]string{"set": "server", "code": "-502"}},
		{Reason: "SUCCESS", Domain: errcode.ErrorInfoDomain(errcode.SetServer), Metadata: map[string]string{"set": "server", "code": "0"}},
		{Reason: "reach_limit", Domain: errcode.ErrorInfoDomain(errcode.SetGateway), Metadata: map[string]string{"set": "server"}},
		{Reason: "", Domain: errcode.ErrorInfoDomain(errcode.SetGateway), Metadata: map[string]string{"set": "gateway"}},
	} {
		a, err := anypb.New(info)
		require.NoError(t, err)
		got := errgrpc.FromError(status.FromProto(&spb.Status{Code: int32(codes.Unauthenticated), Message: "m", Details: []*anypb.Any{a}}).Err())
		_, hasCode := errcode.CodeOf(got)
		assert.False(t, hasCode, "%v", info)
		var r errcode.Reason
		assert.False(t, errors.As(got, &r), "%v", info)
		assert.Equal(t, errcode.Unauthenticated, errcode.KindOf(got), "the status's code")
	}
}
