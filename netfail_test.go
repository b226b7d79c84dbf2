package errcode_test

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rtckit/errcode"
)

// TestNetworkFailure checks every network failure's methods, and a value
// that is none.
func TestNetworkFailure(t *testing.T) {
	for n := errcode.NetworkTimeout; n <= errcode.NetworkMalformedURL; n++ {
		assert.NotEmpty(t, n.GoName())
		assert.Equal(t, "errcode."+n.GoName(), n.ErrorType())
		assert.Equal(t, "rtc network failure "+n.String()+": "+n.Description(english), n.Error())
		assert.ErrorIs(t, n, n.Kind(), "a network failure matches its kind")
		assert.ErrorIs(t, fmt.Errorf("w: %w", n), n)
		assert.False(t, n.Is(errcode.ServerTicketExpired))
		assert.Equal(t, n.String(), n.LogValue().String())
		for _, tag := range errcode.Languages() {
			assert.NotEmpty(t, n.Description(tag))
			assert.NotEmpty(t, n.Hint(tag))
		}
		if !n.Retryable() {
			assert.Equal(t, errcode.Internal, n.Kind(), "%s: what no retry mends is the calling service's configuration", n)
		}
	}
	none := errcode.NetworkFailure(99)
	assert.Equal(t, "NetworkFailure(99)", none.String())
	assert.Equal(t, "rtc network failure NetworkFailure(99)", none.Error())
	assert.Equal(t, errcode.Unknown, none.Kind())
	assert.False(t, none.Retryable())
	assert.Empty(t, none.GoName())
	assert.Equal(t, errcode.Unknown.Description(english), none.Description(english))
	assert.Equal(t, errcode.Unknown.Hint(english), none.Hint(english))
	assert.Equal(t, errcode.Unknown, errcode.KindOf(none), "a value that is none is no network failure")
}

// TestNetworkFailureOf reads a network failure from the standard library's
// errors in any chain.
func TestNetworkFailureOf(t *testing.T) {
	for err, want := range map[error]errcode.NetworkFailure{
		fmt.Errorf("dial: %w", errcode.ErrnoRefused):             errcode.NetworkConnectionRefused,
		errors.Join(errors.New("x"), errcode.ErrnoPipe):          errcode.NetworkConnectionReset,
		fmt.Errorf("read: %w", io.ErrUnexpectedEOF):              errcode.NetworkTruncated,
		errcode.ErrnoTimedOut:                                    errcode.NetworkTimeout,
		&errcode.Error{Err: errcode.NetworkUntrustedCertificate}: errcode.NetworkUntrustedCertificate,
	} {
		got, ok := errcode.NetworkFailureOf(err)
		assert.True(t, ok, "%v", err)
		assert.Equal(t, want, got, "%v", err)
	}
	_, ok := errcode.NetworkFailureOf(errors.New("foreign"))
	assert.False(t, ok)
}

// TestEveryCodesErrorType: a code's error.type is its constant's name, or
// its type's for an unknown code, whatever the set.
func TestEveryCodesErrorType(t *testing.T) {
	for _, c := range failureCodes() {
		assert.Equal(t, "errcode."+c.GoName(), c.ErrorType(), c.String())
		assert.Equal(t, c.ErrorType(), errcode.ErrorType(fmt.Errorf("w: %w", c)))
		assert.Equal(t, c.GoName(), errcode.AnswerFor(c).GoName())
		assert.Equal(t, c.String(), c.(slog.LogValuer).LogValue().Group()[2].Value.String())
	}
	for _, set := range allSets {
		unknown, _ := errcode.Lookup(set, 77777)
		assert.Equal(t, "errcode."+errcode.AnswerFor(unknown).GoName(), unknown.ErrorType())
		assert.False(t, unknown.Documented())
	}
	assert.Equal(t, "ReasonReachLimit", errcode.AnswerFor(&errcode.Error{Reason: errcode.ReasonReachLimit}).GoName())
	assert.Equal(t, "Unavailable", errcode.AnswerFor(&errcode.Error{StatusCode: 503}).GoName())
}
