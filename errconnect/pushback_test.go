package errconnect_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errconnect"
)

// TestPushback: the error's metadata tells grpc-go's retry policy what the
// library says: not to retry what no retry mends, the delay of a rate limit,
// and nothing for a retryable failure with no delay.
func TestPushback(t *testing.T) {
	for _, tt := range []struct {
		name string
		err  error
		want string
	}{
		{"a full conference", errcode.ServerConfrMemberTooMany, "-1"},
		{"a rate limit with its delay", &errcode.Error{Reason: errcode.ReasonReachLimit, StatusCode: 429, RetryAfter: 2 * time.Second}, "2000"},
		{"an overloaded gateway", &errcode.Error{StatusCode: 503}, ""},
	} {
		e := errconnect.Error(tt.err, language.English)
		assert.Equal(t, tt.want, e.Meta().Get("Grpc-Retry-Pushback-Ms"), tt.name)
	}
}
