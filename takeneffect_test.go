package errcode

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMayHaveTakenEffect states the rule's answer for each kind of
// failure.
func TestMayHaveTakenEffect(t *testing.T) {
	for _, tt := range []struct {
		name string
		err  error
		want bool
	}{
		{"a refused connection", fmt.Errorf("dial tcp: %w", os.NewSyscallError("connect", ErrnoRefused)), false},
		{"a refused connection, as errhttp reads it", &Error{Err: NetworkConnectionRefused}, false},
		{"a name that does not exist", &Error{Err: NetworkNameNotFound}, false},
		{"a name not looked up for now", &Error{Err: NetworkDNSTemporary}, false},
		{"an untrusted certificate", &Error{Err: NetworkUntrustedCertificate}, false},
		{"a malformed URL", &Error{Err: NetworkMalformedURL}, false},
		{"an unreachable host", &Error{Err: NetworkUnreachable}, false},
		{"a code", &Error{Code: ServerTicketExpired, StatusCode: 200}, false},
		{"a retryable code", &Error{Code: ServerPubInactive, StatusCode: 200}, false},
		{"an unknown code", ServerCode(-999), false},
		{"a reason", &Error{Reason: ReasonReachLimit, StatusCode: 429}, false},
		{"an unknown reason", &Error{Reason: "new_reason"}, false},
		{"a 400", &Error{StatusCode: 400}, false},
		{"a 429", &Error{StatusCode: 429}, false},
		{"a 503", &Error{StatusCode: 503}, false},
		{"a 500", &Error{StatusCode: 500}, true},
		{"a 502", &Error{StatusCode: 502}, true},
		{"a 504", &Error{StatusCode: 504}, true},
		{"a timeout", &Error{Err: NetworkTimeout}, true},
		{"a reset", fmt.Errorf("read: %w", ErrnoReset), true},
		{"an answer cut off", fmt.Errorf("read body: %w", io.ErrUnexpectedEOF), true},
		{"the caller's deadline", context.DeadlineExceeded, true},
		{"the caller's cancellation", context.Canceled, true},
		{"a foreign error", errors.New("boom"), true},
		{"a peer's INVALID_ARGUMENT", peerStatus{InvalidArgument, false}, false},
		{"a peer's UNAVAILABLE", peerStatus{Unavailable, true}, true},
		{"a peer's INTERNAL", peerStatus{Internal, false}, true},
		{"nil: the call succeeded", nil, true},
	} {
		assert.Equal(t, tt.want, MayHaveTakenEffect(tt.err), tt.name)
		assert.Equal(t, tt.want, MayHaveTakenEffect(fmt.Errorf("wrapped: %w", tt.err)), tt.name+", wrapped")
	}
}
