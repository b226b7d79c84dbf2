package errgrpc_test

import (
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errgrpc"
)

// The rules of Google's error model (AIP-193) that a status can be checked
// against.
var (
	aipReason      = regexp.MustCompile(`^[A-Z][A-Z0-9_]+[A-Z0-9]$`)
	aipMetadataKey = regexp.MustCompile(`^[a-z][a-zA-Z0-9-_]+$`)
)

// everyFailureCode lists every code of every set but the successes, and an
// unknown code of each set.
func everyFailureCode() []error {
	var all []error
	for _, set := range errcode.Sets() {
		if set == errcode.SetGateway {
			continue
		}
		for _, c := range errcode.Codes(set) {
			if c.Int() != 0 {
				all = append(all, c)
			}
		}
		unknown, _ := errcode.Lookup(set, 99999)
		all = append(all, unknown)
	}
	return all
}

// everyFailure lists an error for every answer the library can give: every
// code of every set, an unknown code of each, every gateway reason, an
// unknown one, every kind, the service's own credentials refused, and a
// foreign error.
func everyFailure() []error {
	all := everyFailureCode()
	for _, r := range errcode.Reasons() {
		all = append(all, &errcode.Error{Reason: r, StatusCode: 400})
	}
	all = append(all, &errcode.Error{Reason: "new_reason", StatusCode: 503})
	for k := errcode.Canceled; k <= errcode.Unauthenticated; k++ {
		all = append(all, fmt.Errorf("w: %w", k))
	}
	return append(all, &errcode.Error{StatusCode: 401}, errors.New("dial tcp 10.0.0.5:443"))
}

// TestStatusesFollowAIP193 checks every status the library can produce
// against AIP-193: an ErrorInfo on every error, its reason and metadata keys
// of the required forms, at most one detail of each type, an English
// message for developers, the user's language in a LocalizedMessage, and a
// Help link.
func TestStatusesFollowAIP193(t *testing.T) {
	reasons := map[string]map[string]string{} // per domain, each reason and the name it stands for
	for _, err := range everyFailure() {
		a := errcode.AnswerFor(err)
		st := errgrpc.Status(err, language.TraditionalChinese)
		require.NotEqual(t, codes.OK, st.Code(), "%v", err)
		assert.Equal(t, a.Description(language.English), st.Message(), "%v: the message is for developers, in English", err)

		types := map[string]int{}
		var info *errdetails.ErrorInfo
		for _, d := range st.Details() {
			m, ok := d.(proto.Message)
			require.True(t, ok, "%v: a detail that does not unmarshal: %v", err, d)
			types[string(m.ProtoReflect().Descriptor().FullName())]++
			switch d := d.(type) {
			case *errdetails.ErrorInfo:
				info = d
			case *errdetails.LocalizedMessage:
				assert.Equal(t, "zh-Hant", d.GetLocale())
				assert.Equal(t, a.Describe(language.TraditionalChinese), d.GetMessage())
			case *errdetails.Help:
				require.Len(t, d.GetLinks(), 1)
				assert.Equal(t, errcode.DocBase+a.GoName(), d.GetLinks()[0].GetUrl())
			}
		}
		for typ, n := range types {
			assert.Equal(t, 1, n, "%v: %d details of type %s", err, n, typ)
		}
		require.NotNil(t, info, "%v: AIP-193 wants an ErrorInfo on every error", err)
		assert.Regexp(t, aipReason, info.GetReason(), "%v", err)
		assert.LessOrEqual(t, len(info.GetReason()), 63, "%v", err)
		assert.NotEmpty(t, info.GetDomain(), "%v", err)
		for key := range info.GetMetadata() {
			assert.Regexp(t, aipMetadataKey, key, "%v", err)
			assert.LessOrEqual(t, len(key), 64, "%v", err)
		}
		if reasons[info.GetDomain()] == nil {
			reasons[info.GetDomain()] = map[string]string{}
		}
		name := info.GetMetadata()["name"]
		if info.GetDomain() == errcode.KindDomain {
			name = a.Kind.String()
		}
		if other, seen := reasons[info.GetDomain()][info.GetReason()]; seen && info.GetReason() != errcode.UnknownCodeReason && other != name {
			t.Errorf("%s and %s share the reason %s in %s", other, name, info.GetReason(), info.GetDomain())
		}
		reasons[info.GetDomain()][info.GetReason()] = name
		_, delayed := errcode.RetryAfter(err)
		assert.Equal(t, a.Retryable && delayed, types["google.rpc.RetryInfo"] == 1, "%v: a RetryInfo where, and only where, a retryable failure has a delay", err)
	}
}

// TestForeignErrorInfoStaysForeign: a status from a service that is not
// errcode's, with an ErrorInfo of its own domain that happens to use the
// same words, is never read as one of errcode's codes.
func TestForeignErrorInfoStaysForeign(t *testing.T) {
	st, err := status.New(codes.NotFound, "no such invoice").WithDetails(&errdetails.ErrorInfo{
		Reason: "TICKET_EXPIRED", Domain: "billing.example.com",
		Metadata: map[string]string{"set": "server", "code": "-502", "name": "TICKET_EXPIRED"},
	})
	require.NoError(t, err)
	read := errgrpc.FromError(st.Err())
	_, ok := errcode.CodeOf(read)
	assert.False(t, ok, "another domain's ErrorInfo restores nothing")
	assert.Equal(t, errcode.NotFound, errcode.KindOf(read))
	assert.Equal(t, codes.NotFound, status.Code(read))
	assert.True(t, proto.Equal(st.Proto(), status.Convert(read).Proto()), "the status is kept whole")
}

// TestServiceErrorsAreNotTheRTCServices: the server interceptors leave a
// service's own errors to gRPC, as if they were not installed.
func TestServiceErrorsAreNotTheRTCServices(t *testing.T) {
	for _, err := range []error{sql.ErrNoRows, fmt.Errorf("load room: %w", sql.ErrNoRows), status.Error(codes.NotFound, "no such invoice")} {
		got := runUnary(t, err)
		assert.Same(t, err, got, "%v", err)
		assert.False(t, errcode.Carries(err))
	}
	assert.True(t, errcode.Carries(fmt.Errorf("join: %w", errcode.ServerTicketExpired)))
}
