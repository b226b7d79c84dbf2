package errcode_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rtckit/errcode"
)

// TestKindNumbering pins the gRPC canonical numbering, so that
// codes.Code(k) converts a Kind.
func TestKindNumbering(t *testing.T) {
	tests := []struct {
		kind   errcode.Kind
		number uint8
		name   string
		status int
	}{
		{errcode.OK, 0, "OK", 200},
		{errcode.Canceled, 1, "CANCELLED", 499},
		{errcode.Unknown, 2, "UNKNOWN", 500},
		{errcode.InvalidArgument, 3, "INVALID_ARGUMENT", 400},
		{errcode.DeadlineExceeded, 4, "DEADLINE_EXCEEDED", 504},
		{errcode.NotFound, 5, "NOT_FOUND", 404},
		{errcode.AlreadyExists, 6, "ALREADY_EXISTS", 409},
		{errcode.PermissionDenied, 7, "PERMISSION_DENIED", 403},
		{errcode.ResourceExhausted, 8, "RESOURCE_EXHAUSTED", 429},
		{errcode.FailedPrecondition, 9, "FAILED_PRECONDITION", 400},
		{errcode.Aborted, 10, "ABORTED", 409},
		{errcode.OutOfRange, 11, "OUT_OF_RANGE", 400},
		{errcode.Unimplemented, 12, "UNIMPLEMENTED", 501},
		{errcode.Internal, 13, "INTERNAL", 500},
		{errcode.Unavailable, 14, "UNAVAILABLE", 503},
		{errcode.DataLoss, 15, "DATA_LOSS", 500},
		{errcode.Unauthenticated, 16, "UNAUTHENTICATED", 401},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.number, uint8(tt.kind), tt.name)
		assert.Equal(t, tt.name, tt.kind.String())
		assert.Equal(t, tt.status, tt.kind.HTTPStatus(), tt.name)
		assert.NotEmpty(t, tt.kind.Error())
		retryable := tt.kind == errcode.Unavailable || tt.kind == errcode.DeadlineExceeded || tt.kind == errcode.ResourceExhausted
		assert.Equal(t, retryable, tt.kind.Retryable(), tt.name)
	}
	assert.Equal(t, "not found", errcode.NotFound.Error())
	assert.Equal(t, "Kind(17)", errcode.Kind(17).String())
	assert.Equal(t, "Kind(17)", errcode.Kind(17).Error())
	assert.Equal(t, 500, errcode.Kind(17).HTTPStatus())
	assert.False(t, errcode.Kind(17).Retryable())
}

// TestEveryCodesAdvice: every code matches its kind, answers with its kind's
// status, and gives its kind to a chain, but a success, which gives a chain
// nothing: a non-nil error is never OK. What each code's kind and advice
// are is pinned in testdata/texts.golden, row by row.
func TestEveryCodesAdvice(t *testing.T) {
	for _, c := range allCodes() {
		if c.Kind() == errcode.OK {
			assert.ErrorIs(t, c, errcode.OK, "a success code matches its kind")
			for _, err := range []error{c, fmt.Errorf("w: %w", c), &errcode.Error{Code: c}} {
				assert.Equal(t, errcode.Unknown, errcode.KindOf(err), "%s decides nothing", c.String())
				assert.False(t, errcode.Retryable(err))
				assert.Equal(t, 500, errcode.AnswerFor(err).HTTPStatus)
			}
			continue
		}
		assert.Equal(t, c.HTTPStatus(), errcode.AnswerFor(c).HTTPStatus, c.String())
		if !c.Retryable() {
			assert.NotContains(t, []int{429, 503}, c.HTTPStatus(), "%s is not retryable, so is not answered with a status that invites a retry", c.String())
		}
		assert.ErrorIs(t, c, c.Kind(), "a code matches its kind")
		assert.Equal(t, c.Kind(), errcode.KindOf(fmt.Errorf("w: %w", c)))
		assert.Equal(t, c.Retryable(), errcode.Retryable(fmt.Errorf("w: %w", c)))
	}
}

func TestKindMatchesAcrossSets(t *testing.T) {
	for _, err := range []error{errcode.ServerTokenAuthzFail, errcode.AndroidCallTicketInvalid, errcode.IOSCallTicketExpired, errcode.FromServer(-502, "")} {
		assert.ErrorIs(t, err, errcode.Unauthenticated)
		assert.NotErrorIs(t, err, errcode.PermissionDenied)
	}
}

func TestOverErrorChains(t *testing.T) {
	cause := errors.New("reset")
	tests := []struct {
		name      string
		err       error
		kind      errcode.Kind
		status    int
		retryable bool
	}{
		{"nil", nil, errcode.OK, 200, false},
		{"foreign", errors.New("boom"), errcode.Unknown, 500, false},
		{"code", fmt.Errorf("a: %w", errcode.AndroidCallJoinTimeout), errcode.DeadlineExceeded, 504, true},
		{"*Error", fmt.Errorf("a: %w", errcode.FromServer(-522, "")), errcode.ResourceExhausted, 429, false},
		{"unknown code", errcode.FromServer(-999, ""), errcode.Unknown, 500, false},
		{"kind", fmt.Errorf("a: %w", errcode.Unavailable), errcode.Unavailable, 503, true},
		{"status 401", &errcode.Error{StatusCode: 401}, errcode.Unauthenticated, 401, false},
		{"status 403", &errcode.Error{StatusCode: 403}, errcode.PermissionDenied, 403, false},
		{"status 404", &errcode.Error{StatusCode: 404}, errcode.NotFound, 404, false},
		{"status 429", &errcode.Error{StatusCode: 429}, errcode.ResourceExhausted, 429, true},
		{"status 502", &errcode.Error{StatusCode: 502}, errcode.Unavailable, 503, true},
		{"status 408", &errcode.Error{StatusCode: 408}, errcode.DeadlineExceeded, 504, true},
		{"status 409", &errcode.Error{StatusCode: 409}, errcode.Aborted, 409, false},
		{"status 400", &errcode.Error{StatusCode: 400}, errcode.InvalidArgument, 400, false},
		{"code beats status", &errcode.Error{Code: errcode.ServerTicketExpired, StatusCode: 500}, errcode.Unauthenticated, 401, false},
		{"no code, no failure status: the cause", &errcode.Error{StatusCode: 200, Err: fmt.Errorf("%w: %w", errcode.Unavailable, cause)}, errcode.Unavailable, 503, true},
		{"no code, nothing", &errcode.Error{Err: cause}, errcode.Unknown, 500, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.kind, errcode.KindOf(tt.err))
			assert.Equal(t, tt.status, errcode.KindOf(tt.err).HTTPStatus())
			assert.Equal(t, tt.retryable, errcode.Retryable(tt.err))
			var e *errcode.Error
			if errors.As(tt.err, &e) {
				assert.ErrorIs(t, tt.err, tt.kind, "an *Error matches the kind KindOf gives")
			}
		})
	}
}

func TestDescribe(t *testing.T) {
	err := fmt.Errorf("join: %w", errcode.FromServer(-502, "expired"))
	assert.Equal(t, "conference ticket expired; get a new ticket and join again: join with the conference ID and password (the SDK fetches a new ticket), or ask the inviter for a new invitation", errcode.Describe(err, english))
	assert.Equal(t, "ticket过期。请重新获取 ticket 后再加入会议：用会议 ID 和密码加入时，SDK 会获取新的 ticket；也可请邀请方重新发送邀请。", errcode.Describe(err, simplified))
	assert.Equal(t, "ticket 已過期。請重新取得 ticket 後再加入會議：以會議 ID 與密碼加入時，SDK 會取得新的 ticket；也可請邀請者重新傳送邀請。", errcode.Describe(err, traditional))
	assert.Equal(t, "请求失败，原因未知。请联系技术支持：原因记录在服务的日志中。", errcode.Describe(errors.New("dial tcp 10.0.0.5:443: connection refused"), simplified),
		"a foreign error's text is for logs, never for people")
	assert.Empty(t, errcode.Describe(nil, english))
	for _, c := range failureCodes() {
		for _, tag := range errcode.Languages() {
			got := errcode.Describe(c, tag)
			assertDescribes(t, got, c.Description(tag), c.Hint(tag))
		}
	}
}

// TestKindGoName: the Go name of a kind is its constant's, which problem
// type URIs end with; a kind past the last has none.
func TestKindGoName(t *testing.T) {
	for k, want := range map[errcode.Kind]string{errcode.OK: "OK", errcode.Canceled: "Canceled", errcode.NotFound: "NotFound", errcode.Unauthenticated: "Unauthenticated"} {
		assert.Equal(t, want, k.GoName())
	}
	assert.Empty(t, errcode.Kind(17).GoName())
	var nilError *errcode.Error
	assert.Equal(t, errcode.Unknown, nilError.Kind())
}
