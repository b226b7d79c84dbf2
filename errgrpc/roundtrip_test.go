package errgrpc_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errgrpc"
	"github.com/rtckit/errcode/internal/testkit"
)

// assertHopKeeps checks the round trip's promise for err over gRPC: what
// Status states (errcode.AnswerFor: the kind, the advice, the code or
// reason, and the delay of a retryable failure) is what FromError reads
// back; the status FromError's result gives is the one sent, exactly; and
// the next hop's status is the same, but where the 502 rule makes a peer's
// refusal of our credentials our own UNAVAILABLE.
func assertHopKeeps(t testing.TB, err error) {
	t.Helper()
	want := errcode.AnswerFor(err)
	st := errgrpc.Status(err, language.TraditionalChinese)
	require.NotEqual(t, codes.OK, st.Code(), "a failure is never OK: %v", err)
	read := errgrpc.FromError(st.Err())
	require.Error(t, read)
	assert.True(t, errgrpc.Restores(st.Err()), "every status of Status carries errcode's ErrorInfo: %v", err)
	testkit.AssertReadBack(t, want, read, fmt.Sprint(err))
	got, ok := status.FromError(read)
	require.True(t, ok)
	assert.True(t, sameStatus(st, got), "the status FromError's result gives is the status sent: %v", err)

	next := errgrpc.Status(read, language.TraditionalChinese)
	if errcode.CredentialsRefused(read) {
		assert.Equal(t, codes.Unavailable, next.Code(), "the 502 rule, at the next hop: %v", err)
		return
	}
	assert.True(t, sameStatus(st, next), "the next hop answers the same status for %v:\n%v\n%v", err, st.Proto(), next.Proto())
}

// sameStatus reports whether a and b have the same code, message and
// details, each detail compared as the message it holds (the bytes of an
// Any holding a map vary from one marshaling to the next).
func sameStatus(a, b *status.Status) bool {
	if a.Code() != b.Code() || a.Message() != b.Message() || len(a.Details()) != len(b.Details()) {
		return false
	}
	bd := b.Details()
	for i, d := range a.Details() {
		m, ok := d.(proto.Message)
		if !ok || !proto.Equal(m, bd[i].(proto.Message)) {
			return false
		}
	}
	return true
}

// TestStatusRoundTrip walks every failure class in every wrapping.
func TestStatusRoundTrip(t *testing.T) {
	n := testkit.EveryChain(func(err error) { assertHopKeeps(t, err) })
	t.Logf("%d chains, %d classes", n, len(testkit.Classes()))
}

// FuzzStatusRoundTrip checks the round trip over arbitrary chains.
func FuzzStatusRoundTrip(f *testing.F) {
	for _, seed := range testkit.ChainSeeds {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, program []byte) {
		assertHopKeeps(t, testkit.Chain(program[:min(len(program), testkit.MaxProgram)]))
	})
}
