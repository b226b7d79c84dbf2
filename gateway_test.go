package errcode_test

import (
	"errors"
	"fmt"
	"os"
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
	require.Len(t, rows, 21, "20 reasons, web_application twice")
	return rows, sample
}

// TestReasonsTable pins every reason's row: its Go name, kind, retry advice
// and the status a service answers with.
func TestReasonsTable(t *testing.T) {
	const retry, noRetry = true, false
	tests := []struct {
		reason    errcode.Reason
		wire      string
		goName    string
		kind      errcode.Kind
		retryable bool
	}{
		{errcode.ReasonInvalidGrant, "invalid_grant", "ReasonInvalidGrant", errcode.Unauthenticated, noRetry},
		{errcode.ReasonJSONParse, "json_parse", "ReasonJSONParse", errcode.InvalidArgument, noRetry},
		{errcode.ReasonIllegalArgument, "illegal_argument", "ReasonIllegalArgument", errcode.InvalidArgument, noRetry},
		{errcode.ReasonInvalidParameter, "invalid_parameter", "ReasonInvalidParameter", errcode.InvalidArgument, noRetry},
		{errcode.ReasonRequiredPropertyNotFound, "required_property_not_found", "ReasonRequiredPropertyNotFound", errcode.NotFound, noRetry},
		{errcode.ReasonDuplicateUniquePropertyExists, "duplicate_unique_property_exists", "ReasonDuplicateUniquePropertyExists", errcode.AlreadyExists, noRetry},
		{errcode.ReasonUnauthorized, "unauthorized", "ReasonUnauthorized", errcode.Unauthenticated, noRetry},
		{errcode.ReasonAuthBadAccessToken, "auth_bad_access_token", "ReasonAuthBadAccessToken", errcode.Unauthenticated, noRetry},
		{errcode.ReasonGroupAuthorization, "group_authorization", "ReasonGroupAuthorization", errcode.Unauthenticated, noRetry},
		{errcode.ReasonForbiddenOp, "forbidden_op", "ReasonForbiddenOp", errcode.PermissionDenied, noRetry},
		{errcode.ReasonOrganizationApplicationNotFound, "organization_application_not_found", "ReasonOrganizationApplicationNotFound", errcode.Internal, noRetry},
		{errcode.ReasonServiceResourceNotFound, "service_resource_not_found", "ReasonServiceResourceNotFound", errcode.NotFound, noRetry},
		{errcode.ReasonResourceNotFound, "resource_not_found", "ReasonResourceNotFound", errcode.NotFound, noRetry},
		{errcode.ReasonStorageObjectNotFound, "storage_object_not_found", "ReasonStorageObjectNotFound", errcode.NotFound, noRetry},
		{errcode.ReasonRequestEntityTooLarge, "Request Entity Too Large", "ReasonRequestEntityTooLarge", errcode.InvalidArgument, noRetry},
		{errcode.ReasonWebApplication, "web_application", "ReasonWebApplication", errcode.InvalidArgument, noRetry},
		{errcode.ReasonResourceLimited, "resource_limited", "ReasonResourceLimited", errcode.ResourceExhausted, noRetry},
		{errcode.ReasonReachLimit, "reach_limit", "ReasonReachLimit", errcode.ResourceExhausted, retry},
		{errcode.ReasonNoFullTextIndex, "no_full_text_index", "ReasonNoFullTextIndex", errcode.InvalidArgument, noRetry},
		{errcode.ReasonUnsupportedServiceOperation, "unsupported_service_operation", "ReasonUnsupportedServiceOperation", errcode.Unimplemented, noRetry},
	}
	require.Len(t, tests, len(errcode.Reasons()), "every reason is pinned")
	for i, tt := range tests {
		assert.Equal(t, tt.reason, errcode.Reasons()[i], "Reasons lists them in the documentation's order")
		assert.Equal(t, tt.wire, tt.reason.String())
		assert.Equal(t, tt.goName, tt.reason.GoName())
		assert.True(t, tt.reason.Known())
		assert.Equal(t, tt.kind, tt.reason.Kind(), tt.wire)
		if tt.reason == errcode.ReasonResourceLimited {
			assert.Equal(t, 403, tt.reason.HTTPStatus(), "the plan's limit: a 429 would invite a useless retry")
		} else {
			assert.Equal(t, tt.kind.HTTPStatus(), tt.reason.HTTPStatus(), tt.wire)
		}
		assert.Equal(t, tt.retryable, tt.reason.Retryable(), tt.wire)
		assert.ErrorIs(t, tt.reason, tt.kind, "a reason matches its kind")
		assert.Equal(t, "rtc gateway error "+tt.wire+": "+tt.reason.Description(english), tt.reason.Error())
		for _, tag := range errcode.Languages() {
			assert.NotEmpty(t, tt.reason.Description(tag), "%s %s", tt.wire, tag)
			assert.NotEmpty(t, tt.reason.Hint(tag), "%s %s", tt.wire, tag)
		}
		assert.NotEqual(t, tt.reason.Description(english), tt.reason.Description(simplified))
		assert.NotEqual(t, tt.reason.Description(simplified), tt.reason.Description(traditional))
	}
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
				assert.Equal(t, sentence(tag, reason.Description(tag), reason.Hint(tag)), described)
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
	assert.Equal(t, "the request failed for a reason that is not known; check the logs for the cause", errcode.Describe(errors.New("boom"), language.English))
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
