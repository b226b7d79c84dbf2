package errcode_test

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/internal/testkit"
)

// adviser is every row of the library: a code, a reason, a kind or a
// network failure.
type adviser interface {
	Hint(language.Tag) string
	Retryable() bool
	Remedy() errcode.Remedy
	Kind() errcode.Kind
	String() string
}

// rows returns every row of the library, by its name.
func rows() map[string]adviser {
	out := map[string]adviser{}
	for _, set := range errcode.Sets() {
		for _, c := range errcode.Codes(set) {
			out[set.String()+" "+c.String()] = c
		}
	}
	for _, r := range errcode.Reasons() {
		out["gateway "+r.String()] = r
	}
	for k := errcode.Kind(0); k.GoName() != ""; k++ {
		out["kind "+k.String()] = k
	}
	for n := errcode.NetworkFailure(1); n.GoName() != ""; n++ {
		out["network "+n.String()] = n
	}
	return out
}

// TestRemedyFacts pins the remedies that issue reports and README name.
func TestRemedyFacts(t *testing.T) {
	for _, tt := range []struct {
		of   adviser
		want errcode.Remedy
	}{
		{errcode.ServerTicketExpired, errcode.RemedyRejoin},
		{errcode.AndroidCallTicketExpired, errcode.RemedyRejoin},
		{errcode.IOSCallTicketExpired, errcode.RemedyRejoin},
		{errcode.ServerTokenAuthzFail, errcode.RemedySignIn},
		{errcode.ReasonUnauthorized, errcode.RemedyRefreshToken},
		{errcode.ReasonInvalidGrant, errcode.RemedyFixCredentials},
		{errcode.ReasonReachLimit, errcode.RemedySlowDown},
		{errcode.ReasonResourceLimited, errcode.RemedyConsole},
		{errcode.ServerConfrMemberTooMany, errcode.RemedyWaitForRoom},
		{errcode.ServerRTCServiceArrears, errcode.RemedyConsole},
		{errcode.ServerRTCServiceDisable, errcode.RemedyContactVendor},
		{errcode.ServerConfrDisband, errcode.RemedyTellUser},
		{errcode.ServerRequestParamsError, errcode.RemedyFixRequest},
		{errcode.ServerPubInactive, errcode.RemedyRetry},
		{errcode.NetworkNameNotFound, errcode.RemedyFixConfiguration},
		{errcode.NetworkConnectionRefused, errcode.RemedyRetry},
		{errcode.ServerSuccess, errcode.RemedyNone},
		{errcode.ServerCode(-999), errcode.RemedyInvestigate},
		{errcode.Reason("new_reason"), errcode.RemedyInvestigate},
		{errcode.Unknown, errcode.RemedyInvestigate},
	} {
		assert.Equal(t, tt.want, tt.of.Remedy(), "%v", tt.of)
	}
	// The six needs are six remedies: a program tells them apart.
	distinct := map[errcode.Remedy]string{}
	for _, of := range []adviser{errcode.ServerTicketExpired, errcode.ServerConfrMemberTooMany, errcode.ServerTokenAuthzFail,
		errcode.ReasonUnauthorized, errcode.ReasonReachLimit, errcode.ReasonResourceLimited} {
		require.NotContains(t, distinct, of.Remedy(), "%v has the remedy of %s", of, distinct[of.Remedy()])
		distinct[of.Remedy()] = of.String()
	}
}

// TestEveryTicketFailureRejoins: a program switches on one remedy for a
// ticket, whatever set said it; and every capacity limit of a conference
// is RemedyWaitForRoom.
func TestEveryTicketFailureRejoins(t *testing.T) {
	tickets, capacity := 0, 0
	for _, set := range errcode.Sets() {
		for _, c := range errcode.Codes(set) {
			if strings.Contains(strings.ToLower(c.String()), "ticket") || strings.Contains(c.String(), "SESSION_EXPIRED") || c.String() == "EMErrorCallSessionExpired" {
				tickets++
				assert.Equal(t, errcode.RemedyRejoin, c.Remedy(), "%v %v", set, c)
			}
			if c.Kind() == errcode.ResourceExhausted && !c.Retryable() {
				capacity++
				assert.Equal(t, errcode.RemedyWaitForRoom, c.Remedy(), "%v %v", set, c)
			}
		}
	}
	assert.GreaterOrEqual(t, tickets, 8, "the server's, Android's and iOS's ticket codes")
	assert.GreaterOrEqual(t, capacity, 7, "the server's, Android's and iOS's capacity limits")
}

// TestRemedyRetriesExactlyWhenRetryable holds the one rule between the
// advice and the remedy, for every row.
func TestRemedyRetriesExactlyWhenRetryable(t *testing.T) {
	for name, row := range rows() {
		assert.Equal(t, row.Retryable(), row.Remedy().Retries(), "%s: %v", name, row.Remedy())
	}
}

// remedyWords is what a row's English hint says for each remedy: the hint
// says in words what the remedy says as a value.
var remedyWords = map[errcode.Remedy]*regexp.Regexp{
	errcode.RemedyNone:             regexp.MustCompile(`^(nothing to do|no need)`),
	errcode.RemedyRetry:            regexp.MustCompile(`\bagain\b|\bretry\b`),
	errcode.RemedySlowDown:         regexp.MustCompile(`^pause, then retry with backoff`),
	errcode.RemedyRejoin:           regexp.MustCompile(`new ticket`),
	errcode.RemedySignIn:           regexp.MustCompile(`sign the user in`),
	errcode.RemedyRefreshToken:     regexp.MustCompile(`new (app )?token`),
	errcode.RemedyFixCredentials:   regexp.MustCompile(`client_secret|sends the token`),
	errcode.RemedyFixRequest:       regexp.MustCompile(`request|parameter|check|before|first|unpublish|end the current|split|send|use|refresh|choose|codec|query|remove|client|subscribe`),
	errcode.RemedyFixConfiguration: regexp.MustCompile(`configuration|check the URL`),
	errcode.RemedyConsole:          regexp.MustCompile(`console|upgrade the plan|vendor for a higher quota`),
	errcode.RemedyContactVendor:    regexp.MustCompile(`vendor's support`),
	errcode.RemedyWaitForRoom:      regexp.MustCompile(`wait (for|until)`),
	errcode.RemedyTellUser:         regexp.MustCompile(`user|other party|conference is over|do not rejoin|create a new|start a new|may join|member's permissions|supported browser`),
	errcode.RemedyInvestigate:      regexp.MustCompile(`cause|log`),
}

// TestHintSaysTheRemedy holds the hint and the remedy together.
func TestHintSaysTheRemedy(t *testing.T) {
	used := map[errcode.Remedy]int{}
	for name, row := range rows() {
		words, ok := remedyWords[row.Remedy()]
		require.True(t, ok, "%s: remedy %v has no words", name, row.Remedy())
		used[row.Remedy()]++
		assert.Regexp(t, words, row.Hint(language.English), "%s: remedy %v", name, row.Remedy())
	}
	for r := errcode.Remedy(0); r.GoName() != ""; r++ {
		assert.NotZero(t, used[r], "remedy %v is no row's", r)
		t.Logf("%-18s %3d rows", r, used[r])
	}
	assert.Len(t, remedyWords, len(used), "every remedy is some row's")
	assert.LessOrEqual(t, len(used), 14, "a small closed set")
}

func TestRemedyNames(t *testing.T) {
	n := 0
	for r := errcode.Remedy(0); r.GoName() != ""; r++ {
		n++
		assert.Equal(t, "Remedy", r.GoName()[:len("Remedy")])
		parsed, err := errcode.ParseRemedy(r.String())
		require.NoError(t, err)
		assert.Equal(t, r, parsed)
		text, err := r.MarshalText()
		require.NoError(t, err)
		var back errcode.Remedy
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, r, back)
		assert.Equal(t, r.String(), r.LogValue().String())
	}
	assert.Equal(t, 14, n)
	beyond := errcode.Remedy(n)
	assert.Equal(t, fmt.Sprintf("Remedy(%d)", n), beyond.String())
	assert.Empty(t, beyond.GoName())
	assert.False(t, beyond.Retries())
	for _, bad := range []string{"", "Rejoin", "retry ", "Remedy(3)", "RETRY"} {
		r, err := errcode.ParseRemedy(bad)
		assert.Error(t, err, "%q", bad)
		assert.Equal(t, errcode.RemedyInvestigate, r, "%q", bad)
		var into errcode.Remedy = errcode.RemedyRejoin
		assert.Error(t, into.UnmarshalText([]byte(bad)))
		assert.Equal(t, errcode.RemedyRejoin, into, "a failed UnmarshalText leaves the value")
	}
	assert.Equal(t, errcode.RemedyInvestigate, errcode.NetworkFailure(0).Remedy())
	assert.Equal(t, errcode.RemedyInvestigate, errcode.Kind(200).Remedy())
}

// TestRemedyOfEveryClass: a chain's remedy is that of what gives it its
// kind, however it is wrapped, and it retries exactly when the chain is
// retryable.
func TestRemedyOfEveryClass(t *testing.T) {
	for _, class := range testkit.Classes() {
		err := class.Err
		r := errcode.RemedyOf(err)
		assert.Equal(t, errcode.Retryable(err), r.Retries(), "%s: %v", class.Name, r)
		for _, wrapped := range []error{
			fmt.Errorf("join room 7: %w", err),
			&errcode.Error{Op: "join", Err: err},
			errors.Join(errors.New("other"), err),
		} {
			assert.Equal(t, r, errcode.RemedyOf(wrapped), "%s, wrapped", class.Name)
		}
	}
	assert.Equal(t, errcode.RemedyNone, errcode.RemedyOf(nil))
	assert.Equal(t, errcode.RemedyInvestigate, errcode.RemedyOf(errors.New("foreign")))
	assert.Equal(t, errcode.RemedyRejoin, errcode.RemedyOf(fmt.Errorf("a: %w", &errcode.Error{Code: errcode.AndroidCallTicketExpired})))
	assert.Equal(t, errcode.RemedyRetry, errcode.RemedyOf(context.DeadlineExceeded))
	assert.Equal(t, errcode.RemedyNone, errcode.RemedyOf(context.Canceled))
	assert.Equal(t, errcode.RemedyRefreshToken, errcode.RemedyOf(&errcode.Error{StatusCode: 401}), "a gateway's 401: your service's app token")
}

// TestAForeignRemedyNeverWidensTheAdvice: another package's error may say
// its remedy; one that retries against the advice gives way.
func TestAForeignRemedyNeverWidensTheAdvice(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want errcode.Remedy
	}{
		{remedied{errcode.InvalidArgument, false, errcode.RemedyRetry}, errcode.RemedyInvestigate},
		{remedied{errcode.Unavailable, true, errcode.RemedyRejoin}, errcode.RemedyRetry},
		{remedied{errcode.Unavailable, false, errcode.RemedyRetry}, errcode.RemedyInvestigate},
		{remedied{errcode.Unauthenticated, false, errcode.RemedySignIn}, errcode.RemedySignIn},
		{remedied{errcode.NotFound, false, errcode.Remedy(99)}, errcode.RemedyInvestigate},
	} {
		assert.Equal(t, tt.want, errcode.RemedyOf(tt.err), "%v", tt.err)
		assert.Equal(t, errcode.Retryable(tt.err), errcode.RemedyOf(tt.err).Retries())
	}
}

// remedied is another package's error that knows its kind, advice and
// remedy.
type remedied struct {
	kind      errcode.Kind
	retryable bool
	remedy    errcode.Remedy
}

func (r remedied) Error() string          { return "remedied " + r.remedy.String() }
func (r remedied) Kind() errcode.Kind     { return r.kind }
func (r remedied) Retryable() bool        { return r.retryable }
func (r remedied) Remedy() errcode.Remedy { return r.remedy }
