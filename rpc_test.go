package errcode_test

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/internal/testkit"
)

// TestErrorInfoReasons: the mapping from the vendor's identifiers to
// AIP-193's reasons, by example of each form.
func TestErrorInfoReasons(t *testing.T) {
	for identifier, want := range map[string]string{
		"TICKET_EXPIRED":           "TICKET_EXPIRED",
		"SYS_REFUSE_CHANAGE_ROLES": "SYS_REFUSE_CHANAGE_ROLES",
		"EMErrorCallTicketExpired": "CALL_TICKET_EXPIRED",
		"EMErrorCallCDNError":      "CALL_CDN_ERROR",
		"EMErrorCallInvalidId":     "CALL_INVALID_ID",
		"EMErrorGeneral":           "GENERAL",
		"reach_limit":              "REACH_LIMIT",
		"Request Entity Too Large": "REQUEST_ENTITY_TOO_LARGE",
	} {
		assert.Equal(t, want, errcode.ErrorInfoReason(identifier), identifier)
	}
	// A reason is already of its own form, so that mapping it again, which
	// takes the short path, gives it back: the two paths agree.
	var identifiers []string
	for _, set := range errcode.Sets() {
		for _, c := range errcode.Codes(set) {
			identifiers = append(identifiers, c.String())
		}
	}
	for _, r := range errcode.Reasons() {
		identifiers = append(identifiers, r.String())
	}
	for _, identifier := range append(identifiers, "A__B", "_A", "A_", "a_b", "A-B") {
		reason := errcode.ErrorInfoReason(identifier)
		assert.Equal(t, reason, errcode.ErrorInfoReason(reason), "%q gives %q", identifier, reason)
	}
}

// TestErrorInfoRestores: every answer's ErrorInfo restores what gave the
// answer its kind, in a status of the answer's kind, for every failure
// class; and no ErrorInfo restores in a status of another kind, or of
// another domain.
func TestErrorInfoRestores(t *testing.T) {
	for _, class := range testkit.Classes() {
		a := errcode.AnswerFor(class.Err)
		info := a.ErrorInfo()
		r, ok := info.Restore(a.Kind)
		require.True(t, ok, "%s: %+v", class.Name, info)
		assert.Equal(t, a.Code, r.Code, class.Name)
		assert.Equal(t, a.Reason, r.Reason, class.Name)
		assert.Equal(t, a.Code == nil && a.Reason == "", r.Stated, class.Name)
		if r.Stated {
			assert.Equal(t, a.Retryable, r.Retryable, class.Name)
			assert.Equal(t, a.Remedy, r.Remedy, class.Name)
			_, ok := info.Restore(a.Kind + 1)
			assert.False(t, ok, "%s: a kind's ErrorInfo in a status of another kind", class.Name)
		}
		info.Domain = "billing.example.com"
		_, ok = info.Restore(a.Kind)
		assert.False(t, ok, "%s: another domain's", class.Name)
	}
}

// TestFromRPCStatus: a peer's status reads as the code its ErrorInfo
// names, or as its kind with the stated advice; never wider than the kind.
func TestFromRPCStatus(t *testing.T) {
	expired := errcode.AnswerFor(errcode.ServerTicketExpired).ErrorInfo()
	cause := errors.New("rpc error: code = Unauthenticated")
	e := errcode.FromRPCStatus(errcode.RPCStatus{Kind: errcode.Unauthenticated, Message: "conference ticket expired",
		ErrorInfos: []errcode.ErrorInfo{{Domain: "billing.example.com"}, expired}, RetryDelay: 2 * time.Hour, Err: cause})
	assert.Equal(t, errcode.Code(errcode.ServerTicketExpired), e.Code)
	assert.Empty(t, e.Message, "the writer's own English description is not repeated")
	assert.Equal(t, errcode.MaxRetryAfter, e.RetryAfter)
	assert.ErrorIs(t, e, cause, "the RPC stack's own error stays in the chain")
	assert.Equal(t, errcode.RemedyRejoin, errcode.RemedyOf(e))

	stated := errcode.ErrorInfo{Reason: "UNAVAILABLE", Domain: errcode.KindDomain, Metadata: map[string]string{"retryable": "false", "remedy": "retry"}}
	e = errcode.FromRPCStatus(errcode.RPCStatus{Kind: errcode.Unavailable, Message: "m", ErrorInfos: []errcode.ErrorInfo{stated}})
	assert.Equal(t, errcode.Unavailable, errcode.KindOf(e))
	assert.False(t, errcode.Retryable(e), "the stated advice narrows the kind's")
	assert.Equal(t, errcode.RemedyInvestigate, errcode.RemedyOf(e), "a stated remedy never retries against the advice")
	assert.Equal(t, "m: rpc error: UNAVAILABLE", e.Error())

	e = errcode.FromRPCStatus(errcode.RPCStatus{Kind: errcode.Kind(200), Message: "m"})
	assert.Equal(t, errcode.Unknown, errcode.KindOf(e), "a code past gRPC's")
	e = errcode.FromRPCStatus(errcode.RPCStatus{Kind: errcode.PermissionDenied})
	assert.True(t, errcode.CredentialsRefused(e), "a peer's PERMISSION_DENIED with no code")
}

func TestRetryInfoDelay(t *testing.T) {
	for _, tt := range []struct {
		seconds int64
		nanos   int32
		want    time.Duration
	}{
		{0, 0, 0},
		{-1, 0, 0},
		{1, -1, 0},
		{0, 500_000_000, 500 * time.Millisecond},
		{2, 0, 2 * time.Second},
		{3600, 1, errcode.MaxRetryAfter},
		{math.MaxInt64, 999_999_999, errcode.MaxRetryAfter},
		{315_576_000_000, 0, errcode.MaxRetryAfter},
	} {
		assert.Equal(t, tt.want, errcode.RetryInfoDelay(tt.seconds, tt.nanos), "%d s %d ns", tt.seconds, tt.nanos)
	}
}

func TestRetryPushback(t *testing.T) {
	for _, tt := range []struct {
		err   error
		value string
		ok    bool
	}{
		{nil, "", false},
		{errcode.ServerConfrMemberTooMany, "-1", true},
		{errors.New("foreign"), "-1", true},
		{&errcode.Error{Reason: errcode.ReasonReachLimit, RetryAfter: 1500*time.Millisecond + time.Nanosecond}, "1501", true},
		{&errcode.Error{StatusCode: 503}, "", false},
		{&errcode.Error{Code: errcode.ServerTicketExpired, RetryAfter: time.Second}, "-1", true},
	} {
		value, ok := errcode.AnswerFor(tt.err).RetryPushback()
		assert.Equal(t, tt.value, value, "%v", tt.err)
		assert.Equal(t, tt.ok, ok, "%v", tt.err)
	}
}
