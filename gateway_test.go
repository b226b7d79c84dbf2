package errcode_test

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/rtckit/errcode"
)

// restRow is one row of the gateway's documented reasons, as testdata keeps
// a copy of them.
type restRow struct {
	status      int
	reason      string
	description string // the first sample error_description
}

// readRESTErrors parses the table in testdata/rest-errors.md, the project's
// copy of the gateway's documented reasons, and its sample JSON body.
func readRESTErrors(t testing.TB) (rows []restRow, sample string) {
	t.Helper()
	data, err := os.ReadFile("testdata/rest-errors.md")
	require.NoError(t, err)
	_, rest, ok := strings.Cut(string(data), "```json\n")
	require.True(t, ok, "no sample body")
	sample, _, ok = strings.Cut(rest, "```")
	require.True(t, ok)
	for line := range strings.Lines(string(data)) {
		cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
		if len(cells) != 4 {
			continue
		}
		status, err := strconv.Atoi(strings.TrimSpace(cells[0]))
		if err != nil {
			continue // the header or the rule
		}
		reason := strings.TrimSpace(cells[1])
		reason = reason[strings.Index(reason, "`")+1:]
		reason = reason[:strings.Index(reason, "`")]
		description, _, _ := strings.Cut(strings.TrimSpace(cells[2]), "; ")
		rows = append(rows, restRow{status, reason, description})
	}
	require.NotEmpty(t, rows)
	for _, row := range rows {
		require.NotEmpty(t, row.reason, "a row of the reference without a reason")
	}
	return rows, sample
}

// readNewReasons parses testdata/web-sdk.md, the project's copy of what the
// vendor has documented since: the reasons its current REST error reference
// adds, and those of an earlier version of it, with their statuses.
func readNewReasons(t testing.TB) map[string]int {
	t.Helper()
	data, err := os.ReadFile("testdata/web-sdk.md")
	require.NoError(t, err)
	reasons := map[string]int{}
	bold := regexp.MustCompile(`\*\*([^*]+)\*\*`)
	earlier := regexp.MustCompile("^\\* `([^`]+)` \\((\\d{3}),")
	for line := range strings.Lines(string(data)) {
		cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
		if len(cells) == 6 && strings.Contains(cells[5], "NEW") {
			status, err := strconv.Atoi(strings.TrimSpace(cells[0]))
			require.NoError(t, err, line)
			reasons[bold.FindStringSubmatch(cells[1])[1]] = status
		}
		if m := earlier.FindStringSubmatch(line); m != nil {
			reasons[m[1]], _ = strconv.Atoi(m[2])
		}
	}
	require.NotEmpty(t, reasons)
	return reasons
}

// TestReasonsMatchTheDocumentation: the library knows every reason the
// vendor documents, and no other; each has a Go name, a kind, and the texts
// of every language. What each one's kind and advice are is pinned in
// testdata/texts.golden.
func TestReasonsMatchTheDocumentation(t *testing.T) {
	rows, _ := readRESTErrors(t)
	documented := map[string]bool{}
	for _, row := range rows {
		documented[row.reason] = true
	}
	for reason := range readNewReasons(t) {
		documented[reason] = true
	}
	var known []string
	for _, r := range errcode.Reasons() {
		known = append(known, r.String())
		assert.True(t, r.Known())
		assert.True(t, strings.HasPrefix(r.GoName(), "Reason"), r.String())
		assert.ErrorIs(t, r, r.Kind(), "a reason matches its kind")
		assert.Equal(t, "rtc gateway error "+r.String()+": "+r.Description(english), r.Error())
		if !r.Retryable() {
			assert.NotContains(t, []int{429, 503}, r.HTTPStatus(), "%s: a status that invites a useless retry", r)
		}
		for _, tag := range errcode.Languages() {
			assert.NotEmpty(t, r.Description(tag), "%s %s", r, tag)
			assert.NotEmpty(t, r.Hint(tag), "%s %s", r, tag)
		}
	}
	assert.ElementsMatch(t, slices.Collect(maps.Keys(documented)), known)
	assert.Equal(t, 403, errcode.ReasonResourceLimited.HTTPStatus(), "the plan's limit: a 429 would invite a useless retry")
	assert.True(t, errcode.ReasonReachLimit.Retryable())
}

// TestSpecSamples reads a body shaped as each row of the gateway's
// documentation with its status, and the documentation's sample body.
func TestSpecSamples(t *testing.T) {
	rows, sample := readRESTErrors(t)
	for _, row := range rows {
		t.Run(fmt.Sprintf("%d %s", row.status, row.reason), func(t *testing.T) {
			body := fmt.Sprintf(`{"error": %q, "error_description": %q, "exception": "org.apache.usergrid.rest.exceptions.SecurityException", "timestamp": 1542350943210, "duration": 0}`, row.reason, row.description)
			err := errcode.ReadResponse(row.status, strings.NewReader(body))
			var e *errcode.Error
			require.ErrorAs(t, err, &e)
			reason, perr := errcode.ParseReason(row.reason)
			require.NoError(t, perr)
			require.True(t, reason.Known(), row.reason)
			assert.Equal(t, reason, e.Reason)
			assert.Nil(t, e.Code)
			assert.Equal(t, row.status, e.StatusCode, "the gateway's status stays in the error")
			assert.Equal(t, row.description, e.Message)
			assert.ErrorIs(t, err, reason)
			assert.Equal(t, reason.Kind(), errcode.KindOf(err), "a known reason knows more than the status")
			assert.Equal(t, reason.Retryable(), errcode.Retryable(err))
			if !errcode.CredentialsRefused(err) {
				assert.Equal(t, reason.HTTPStatus(), errcode.AnswerFor(err).HTTPStatus)
			}
			for _, tag := range errcode.Languages() {
				described := errcode.Describe(err, tag)
				assertDescribes(t, described, reason.Description(tag), reason.Hint(tag))
				assert.NotContains(t, described, "SecurityException", "the peer's exception is for logs only")
				assert.NotContains(t, described, "org.apache")
			}
		})
	}

	err := errcode.ReadResponse(401, strings.NewReader(sample))
	assert.ErrorIs(t, err, errcode.ReasonAuthBadAccessToken)
	assert.ErrorIs(t, err, errcode.Unauthenticated)
	assert.False(t, errcode.Retryable(err))

	// A failure with no error_description at all, as the documentation notes.
	err = errcode.ReadResponse(401, strings.NewReader(`{"error": "unauthorized", "timestamp": 1542350943210, "duration": 0, "exception": "org.apache.shiro.authz.UnauthorizedException"}`))
	assert.ErrorIs(t, err, errcode.ReasonUnauthorized)
	assert.NotContains(t, errcode.Describe(err, english), "Shiro")
	assert.Contains(t, errcode.Describe(err, english), "get a new app token")
}

// TestThe429AndThe401Pairs: the same status, opposite handling.
func TestThe429AndThe401Pairs(t *testing.T) {
	reach := errcode.ReadResponse(429, strings.NewReader(`{"error": "reach_limit", "error_description": "This request has reached api limit"}`))
	limited := errcode.ReadResponse(429, strings.NewReader(`{"error": "resource_limited", "error_description": "You have exceeded the limit of the Free edition. Please upgrade to higher edition."}`))
	assert.True(t, errcode.Retryable(reach))
	assert.False(t, errcode.Retryable(limited))
	assert.ErrorIs(t, reach, errcode.ResourceExhausted)
	assert.ErrorIs(t, limited, errcode.ResourceExhausted)
	assert.NotErrorIs(t, reach, errcode.ReasonResourceLimited)

	expired := errcode.ReadResponse(401, strings.NewReader(`{"error": "unauthorized", "error_description": "Unable to authenticate due to expired access token"}`))
	corrupt := errcode.ReadResponse(401, strings.NewReader(`{"error": "auth_bad_access_token", "error_description": "Unable to authenticate due to corrupt access token"}`))
	assert.ErrorIs(t, expired, errcode.ReasonUnauthorized)
	assert.ErrorIs(t, corrupt, errcode.ReasonAuthBadAccessToken)
	assert.NotEqual(t, errcode.Describe(expired, english), errcode.Describe(corrupt, english))
}

// TestUnknownReason: a reason the documentation does not list keeps its text,
// and takes its kind and advice from the status.
func TestUnknownReason(t *testing.T) {
	err := errcode.ReadResponse(503, strings.NewReader(`{"error": "cluster_draining", "error_description": "try later"}`))
	var e *errcode.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, errcode.Reason("cluster_draining"), e.Reason)
	assert.False(t, e.Reason.Known())
	assert.Equal(t, errcode.Unavailable, errcode.KindOf(err))
	assert.True(t, errcode.Retryable(err))
	assert.ErrorIs(t, err, errcode.Reason("cluster_draining"))
	assert.Equal(t, "the RTC service is unavailable; try again later", errcode.Describe(err, english), "the status's kind, not the peer's words")

	err = errcode.ReadResponse(400, strings.NewReader(`{"error": "Some New Reason"}`))
	require.ErrorAs(t, err, &e)
	assert.Equal(t, errcode.InvalidArgument, errcode.KindOf(err))

	r := errcode.Reason("cluster_draining")
	assert.Equal(t, errcode.Unknown, r.Kind())
	assert.False(t, r.Retryable())
	assert.Equal(t, 500, r.HTTPStatus())
	assert.Empty(t, r.GoName())
	assert.Equal(t, "rtc gateway error cluster_draining: unknown reason", r.Error())
	assert.Equal(t, "unknown RTC gateway error reason cluster_draining", r.Description(english))
	assert.Equal(t, "未知的 RTC 网关错误原因 cluster_draining", r.Description(simplified))
	assert.Contains(t, r.Hint(traditional), "error_description")

	hostile := errcode.Reason("x\n\x1b[31mforged line" + strings.Repeat("界", 400))
	assert.NotContains(t, hostile.Error(), "\n")
	assert.NotContains(t, hostile.Error(), "\x1b")
	assert.Less(t, len(hostile.Error()), 600)
	assert.NotContains(t, hostile.Description(english), "\n")
}

func TestParseReason(t *testing.T) {
	for _, r := range errcode.Reasons() {
		got, err := errcode.ParseReason(r.String())
		require.NoError(t, err)
		assert.Equal(t, r, got)
	}
	for _, s := range []string{"Reach_Limit", "reach_limit ", "request entity too large", "nope"} {
		got, err := errcode.ParseReason(s)
		require.NoError(t, err, "an unknown reason is kept, not rejected")
		assert.Equal(t, s, got.String(), "exactly")
		assert.False(t, got.Known(), "%q: the wire text is case- and space-sensitive", s)
	}
	_, err := errcode.ParseReason("")
	assert.Error(t, err)
}

// TestWebApplicationKeepsItsStatus: a known reason with an unusual status
// keeps both.
func TestWebApplicationKeepsItsStatus(t *testing.T) {
	for _, status := range []int{415, 500} {
		err := errcode.ReadResponse(status, strings.NewReader(`{"error": "web_application"}`))
		var e *errcode.Error
		require.ErrorAs(t, err, &e)
		assert.Equal(t, status, e.StatusCode)
		assert.Equal(t, errcode.ReasonWebApplication, e.Reason)
		assert.Equal(t, errcode.InvalidArgument, e.Kind())
		assert.False(t, e.Retryable(), "a 500 with a known reason is not a transient overload")
		assert.Contains(t, e.Error(), "rtc gateway error web_application (HTTP "+strconv.Itoa(status)+")")
	}
}

func TestReasonInChains(t *testing.T) {
	err := fmt.Errorf("create room: %w", &errcode.Error{Reason: errcode.ReasonReachLimit, StatusCode: 429})
	var r errcode.Reason
	require.ErrorAs(t, err, &r)
	assert.Equal(t, errcode.ReasonReachLimit, r)
	assert.ErrorIs(t, err, errcode.ReasonReachLimit)
	assert.NotErrorIs(t, err, errcode.ServerTicketExpired)
	assert.ErrorIs(t, fmt.Errorf("w: %w", errcode.ReasonForbiddenOp), errcode.PermissionDenied)
	assert.Equal(t, errcode.PermissionDenied, errcode.KindOf(fmt.Errorf("w: %w", errcode.ReasonForbiddenOp)))

	// A code knows more than a reason.
	both := &errcode.Error{Code: errcode.ServerTicketExpired, Reason: errcode.ReasonReachLimit, StatusCode: 429}
	assert.Equal(t, errcode.Unauthenticated, errcode.KindOf(both))
	assert.False(t, errcode.Retryable(both))
	assert.Equal(t, errcode.ServerTicketExpired.Description(english)+"; "+errcode.ServerTicketExpired.Hint(english), errcode.Describe(both, english))
	assert.ErrorIs(t, both, errcode.ReasonReachLimit)

	var noReason errcode.Reason
	assert.False(t, errors.As(&errcode.Error{Code: errcode.ServerTicketExpired}, &noReason))
	assert.Equal(t, "the request failed for a reason that is not known; contact support if it keeps failing: the cause is in the service's logs", errcode.Describe(errors.New("boom"), language.English))
}

// TestReasonMethods: a reason, known or not, is the gateway's, matches
// itself and its kind, and nothing else.
func TestReasonMethods(t *testing.T) {
	for _, r := range []errcode.Reason{errcode.ReasonReachLimit, "new_reason"} {
		assert.Equal(t, errcode.SetGateway, r.Set())
		assert.True(t, r.Is(r))
		assert.True(t, r.Is(r.Kind()))
		assert.False(t, r.Is(errcode.Reason("other")))
		assert.False(t, r.Is(errcode.ServerTicketExpired))
	}
	assert.Equal(t, "ReasonReachLimit", errcode.ReasonReachLimit.GoName())
	assert.Empty(t, errcode.Reason("new_reason").GoName())
}
