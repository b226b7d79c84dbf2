package errgrpc_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/durationpb"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errgrpc"
	"github.com/rtckit/errcode/errhttp"
	"github.com/rtckit/errcode/internal/testkit"
)

var forgery = testkit.Forgery

func assertOneLine(t *testing.T, s string) { t.Helper(); testkit.AssertOneLine(t, s) }

// TestFromErrorKeepsTheStatusNotItsWords: the peer's status stays reachable,
// code and all, and its message is printed only bounded and escaped.
func TestFromErrorKeepsTheStatusNotItsWords(t *testing.T) {
	upstream := status.Error(codes.Internal, forgery)
	unary := errgrpc.UnaryClientInterceptor()
	viaInterceptor := unary(context.Background(), "/m", nil, nil, nil, func(context.Context, string, any, any, *grpc.ClientConn, ...grpc.CallOption) error {
		return upstream
	})
	assert.Same(t, upstream, viaInterceptor, "a status without errcode's ErrorInfo passes the client interceptor as it came")
	for name, err := range map[string]error{"FromError": errgrpc.FromError(upstream)} {
		t.Run(name, func(t *testing.T) {
			assertOneLine(t, err.Error())
			var buf strings.Builder
			slog.New(slog.NewTextHandler(&buf, nil)).Error("failed", "err", err)
			assert.Equal(t, 1, strings.Count(buf.String(), "\n"))
			assert.Less(t, buf.Len(), errcode.MaxErrorLen+200)

			var e *errcode.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, forgery, e.Message, "the field keeps the message verbatim")
			assert.Equal(t, codes.Internal, status.Code(err))
			st, ok := status.FromError(err)
			assert.True(t, ok)
			assert.Equal(t, codes.Internal, st.Code())
			var grpcStatus interface{ GRPCStatus() *status.Status }
			require.ErrorAs(t, err, &grpcStatus)
			assert.Equal(t, forgery, grpcStatus.GRPCStatus().Message())
			assert.Equal(t, errcode.Internal, errcode.KindOf(err))
		})
	}

	restored := errgrpc.FromError(errgrpc.Status(errcode.ServerTicketExpired, language.English).Err())
	assert.Equal(t, codes.Unauthenticated, status.Code(restored), "a restored code keeps its status too")
	assert.ErrorIs(t, restored, errcode.ServerTicketExpired)
}

func TestRetryInfoIsCapped(t *testing.T) {
	for _, delay := range []*durationpb.Duration{
		{Seconds: 10_000 * 365 * 24 * 3600},
		{Seconds: 315_576_000_000, Nanos: 999_999_999}, // the longest valid Duration
		durationpb.New(errcode.MaxRetryAfter + time.Nanosecond),
	} {
		st, err := status.New(codes.Unavailable, "busy").WithDetails(&errdetails.RetryInfo{RetryDelay: delay})
		require.NoError(t, err)
		read := errgrpc.FromError(st.Err())
		after, ok := errcode.RetryAfter(read)
		assert.True(t, ok)
		assert.Equal(t, errcode.MaxRetryAfter, after, "%v", delay)
		rec := httptest.NewRecorder()
		errhttp.WriteProblem(rec, nil, read)
		assert.Equal(t, strconv.Itoa(int(errcode.MaxRetryAfter/time.Second)), rec.Header().Get("Retry-After"))

		written := errgrpc.Status(&errcode.Error{StatusCode: 503, RetryAfter: delay.AsDuration()}, language.English)
		var info *errdetails.RetryInfo
		for _, d := range written.Details() {
			if r, isRetry := d.(*errdetails.RetryInfo); isRetry {
				info = r
			}
		}
		require.NotNil(t, info)
		assert.Equal(t, errcode.MaxRetryAfter, info.GetRetryDelay().AsDuration())
	}
}

// TestOnlyTheHandlersOwnStatusPasses: a status deeper in the chain is an
// upstream's, and is answered in errcode's words.
func TestOnlyTheHandlersOwnStatusPasses(t *testing.T) {
	upstream, err := status.New(codes.Internal, "pq: password authentication failed for user billing at 10.0.0.5:5432").
		WithDetails(&errdetails.DebugInfo{StackEntries: []string{"main.charge()", "billing.go:42"}, Detail: "secret"})
	require.NoError(t, err)
	for _, wrapped := range []error{
		fmt.Errorf("call billing: %w", upstream.Err()),
		errors.Join(errors.New("charge"), upstream.Err()),
		fmt.Errorf("a: %w", fmt.Errorf("b: %w", upstream.Err())),
	} {
		st := errgrpc.Status(wrapped, language.English)
		assert.Equal(t, codes.Internal, st.Code(), "the upstream's code gives the kind")
		assert.Equal(t, errcode.Internal.Description(language.English), st.Message())
		for _, d := range st.Details() {
			_, isDebug := d.(*errdetails.DebugInfo)
			assert.False(t, isDebug, "the upstream's details stay home")
		}
		assert.NotContains(t, fmt.Sprint(st.Proto()), "10.0.0.5")
		assert.NotContains(t, fmt.Sprint(st.Proto()), "billing.go")

		rec := httptest.NewRecorder()
		errhttp.WriteProblem(rec, httptest.NewRequest("GET", "/", nil), wrapped)
		assert.NotContains(t, rec.Body.String(), "10.0.0.5")
	}
	own := status.Error(codes.FailedPrecondition, "a status of the handler's own")
	assert.Equal(t, status.Convert(own).Proto(), errgrpc.Status(own, language.English).Proto(), "the handler's own status passes as it is")

	read := errgrpc.FromError(upstream.Err())
	st := errgrpc.Status(read, language.English)
	assert.Equal(t, codes.Internal, st.Code())
	assert.NotContains(t, fmt.Sprint(st.Proto()), "10.0.0.5", "what FromError read is not passed on either")
	var peer interface{ GRPCStatus() *status.Status }
	require.ErrorAs(t, read, &peer)
	assert.NotContains(t, fmt.Sprint(errgrpc.Status(peer.(error), language.English).Proto()), "10.0.0.5",
		"nor is the status unwrapped from it")
}

func TestContextErrorsOverGRPC(t *testing.T) {
	client := connect(t, false)
	err := check(client, "deadline", "")
	assert.Equal(t, codes.DeadlineExceeded, status.Code(err))
	err = check(client, "canceled", "")
	assert.Equal(t, codes.Canceled, status.Code(err))

	assert.Equal(t, codes.DeadlineExceeded, errgrpc.Status(fmt.Errorf("w: %w", context.DeadlineExceeded), language.English).Code())
	assert.Equal(t, codes.Canceled, errgrpc.Status(context.Canceled, language.English).Code())
}

func TestCarelessCallersOfStatus(t *testing.T) {
	var nilError *errcode.Error
	for _, err := range []error{nilError, fmt.Errorf("w: %w", nilError), errcode.Kind(17), fmt.Errorf("w: %w", errcode.Kind(99))} {
		var st *status.Status
		require.NotPanics(t, func() { st = errgrpc.Status(err, language.English) }, "%#v", err)
		assert.Equal(t, codes.Unknown, st.Code())
	}
	for _, c := range []codes.Code{17, 256 + 5, 1<<32 - 1} {
		assert.Equal(t, errcode.Unknown, errcode.KindOf(errgrpc.FromError(status.Error(c, "past the canonical codes"))), "%d", c)
	}
}

// TestCredentialsRefusedOverGRPC: an upstream's UNAUTHENTICATED or
// PERMISSION_DENIED, with no code, is the service's own credentials refused,
// as a gateway 401 or 403 is: the client is told UNAVAILABLE, or 502.
func TestCredentialsRefusedOverGRPC(t *testing.T) {
	for _, c := range []codes.Code{codes.Unauthenticated, codes.PermissionDenied} {
		err := errgrpc.FromError(status.Error(c, "bad token for svc-b"))
		assert.True(t, errcode.CredentialsRefused(err), "%v", c)
		st := errgrpc.Status(err, language.English)
		assert.Equal(t, codes.Unavailable, st.Code())
		assert.NotContains(t, fmt.Sprint(st.Proto()), "svc-b")
		rec := httptest.NewRecorder()
		errhttp.WriteProblem(rec, nil, err)
		assert.Equal(t, 502, rec.Code)
	}
	coded := errgrpc.FromError(errgrpc.Status(errcode.ServerTicketExpired, language.English).Err())
	assert.False(t, errcode.CredentialsRefused(coded), "a code says whose failure it is")
	assert.Equal(t, codes.Unauthenticated, errgrpc.Status(coded, language.English).Code())
}

// TestWithLanguage: the server interceptors ask WithLanguage's function for
// the language, in place of the metadata.
func TestWithLanguage(t *testing.T) {
	type userKey struct{}
	fromProfile := errgrpc.WithLanguage(func(ctx context.Context) language.Tag {
		tag, _ := ctx.Value(userKey{}).(language.Tag)
		return tag
	})
	ctx := context.WithValue(context.Background(), userKey{}, language.MustParse("zh-TW"))
	handler := func(context.Context, any) (any, error) { return nil, errcode.ServerTicketExpired }
	_, err := errgrpc.UnaryServerInterceptor(fromProfile)(ctx, nil, nil, handler)
	assert.Equal(t, "zh-Hant", localized(t, status.Convert(err)).GetLocale())

	_, err = errgrpc.UnaryServerInterceptor()(ctx, nil, nil, handler)
	assert.Equal(t, "en", localized(t, status.Convert(err)).GetLocale(), "no metadata: English")

	_, err = errgrpc.UnaryServerInterceptor(errgrpc.WithLanguage(nil))(ctx, nil, nil, handler)
	assert.Equal(t, "en", localized(t, status.Convert(err)).GetLocale(), "a nil function keeps the default")
	assert.Equal(t, language.English, errgrpc.LanguageFromMetadata(context.Background()))
}

// runUnary runs errgrpc's server interceptor around a handler that fails
// with err, and returns what the interceptor returns.
func runUnary(t *testing.T, err error, opts ...errgrpc.Option) error {
	t.Helper()
	_, got := errgrpc.UnaryServerInterceptor(opts...)(context.Background(), nil, nil, func(context.Context, any) (any, error) { return nil, err })
	return got
}
