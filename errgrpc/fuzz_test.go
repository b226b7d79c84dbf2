package errgrpc_test

import (
	"encoding/json"
	"net/http/httptest"
	"strconv"
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
	"google.golang.org/protobuf/types/known/durationpb"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errgrpc"
	"github.com/rtckit/errcode/errhttp"
)

// FuzzFromError reads arbitrary bytes as a google.rpc.Status: FromError never
// panics, its error is one bounded line that keeps the status reachable, its
// delay is within the cap, what Status and WriteProblem answer with it holds
// the library's words alone, and a typed code is restored only from an
// ErrorInfo that names it exactly as Status does.
func FuzzFromError(f *testing.F) {
	for _, err := range []error{errcode.ServerTicketExpired, errcode.AndroidNetworkError, errcode.IOSCode(999), errcode.ReasonReachLimit, errcode.Unavailable} {
		data, err := proto.Marshal(errgrpc.Status(err, language.Chinese).Proto())
		require.NoError(f, err)
		f.Add(data)
	}
	hostile, err := status.New(codes.Unauthenticated, "x\n2026/11/27 INFO login ok\x1b]0;t\x07\u202e").
		WithDetails(&errdetails.RetryInfo{RetryDelay: &durationpb.Duration{Seconds: 315_576_000_000}}, &errdetails.DebugInfo{Detail: "10.0.0.5"})
	require.NoError(f, err)
	data, err := proto.Marshal(hostile.Proto())
	require.NoError(f, err)
	f.Add(data)
	f.Add([]byte{})
	f.Add([]byte{0x08, 0x10})
	f.Fuzz(func(t *testing.T, data []byte) {
		var pb spb.Status
		if proto.Unmarshal(data, &pb) != nil {
			return
		}
		err := errgrpc.FromError(status.FromProto(&pb).Err())
		if err == nil {
			assert.Equal(t, codes.OK, codes.Code(pb.GetCode()))
			return
		}
		assertOneLine(t, err.Error())
		assert.Equal(t, codes.Code(pb.GetCode()), status.Code(err), "the status stays reachable")
		got, _ := status.FromError(err)
		assert.True(t, proto.Equal(&pb, got.Proto()), "the status is given exactly as it came")
		assert.NotEqual(t, errcode.OK, errcode.KindOf(err), "a failure is never OK")
		assert.NotEqual(t, codes.OK, errgrpc.Status(err, language.English).Code(), "a failure is never answered OK")
		delay, _ := errcode.RetryAfter(err)
		assert.True(t, delay >= 0 && delay <= errcode.MaxRetryAfter, "%v", delay)
		assertOwnWords(t, err)
		c, ok := errcode.CodeOf(err)
		if !ok {
			return
		}
		named := false
		for _, d := range status.FromProto(&pb).Details() {
			if info, isInfo := d.(*errdetails.ErrorInfo); isInfo && info.GetMetadata()["name"] == c.String() && info.GetMetadata()["set"] == c.Set().String() {
				named = true
			}
		}
		assert.True(t, named, "a code is restored only from an ErrorInfo that names it: %v", c)
	})
}

// assertOwnWords checks that the answers to err, over gRPC and over HTTP,
// hold nothing but the library's own words for err's answer.
func assertOwnWords(t *testing.T, err error) {
	t.Helper()
	a := errcode.AnswerFor(err)
	st := errgrpc.Status(err, language.English)
	assert.Equal(t, codes.Code(a.Kind), st.Code())
	assert.Equal(t, a.Description(language.English), st.Message())
	for _, d := range st.Details() {
		switch d := d.(type) {
		case *errdetails.LocalizedMessage:
			assert.Equal(t, a.Describe(language.English), d.GetMessage())
		case *errdetails.RetryInfo:
			assert.LessOrEqual(t, d.GetRetryDelay().AsDuration(), errcode.MaxRetryAfter)
		case *errdetails.ErrorInfo:
			switch {
			case a.Code != nil:
				assert.Equal(t, a.Code.String(), d.GetMetadata()["name"])
			case a.Reason != "":
				assert.Equal(t, a.Reason.String(), d.GetMetadata()["name"])
			default:
				assert.Equal(t, a.Kind.String(), d.GetReason())
			}
		case *errdetails.Help:
			assert.Equal(t, errcode.DocBase+a.GoName(), d.GetLinks()[0].GetUrl())
		default:
			t.Errorf("a detail that is not the library's: %v", d)
		}
	}
	rec := httptest.NewRecorder()
	errhttp.WriteProblem(rec, nil, err)
	assert.Equal(t, a.HTTPStatus, rec.Code)
	var body struct{ Detail, Hint, Title string }
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &body))
	assert.Equal(t, a.Describe(language.English), body.Detail)
	if after := rec.Header().Get("Retry-After"); after != "" {
		seconds, perr := strconv.Atoi(after)
		require.NoError(t, perr)
		assert.True(t, seconds >= 0 && time.Duration(seconds)*time.Second <= errcode.MaxRetryAfter, after)
	}
}
