package errhttp

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/internal/testkit"
)

// hop answers err with WriteProblem, as a service answers its client, and
// reads the answer back with FromHTTPResponse, as the client does.
func hop(t testing.TB, err error) (*http.Response, error) {
	t.Helper()
	rec := httptest.NewRecorder()
	r := httptest.NewRequest(http.MethodGet, "/rooms/7", nil)
	r.Header.Set("Accept-Language", "zh-TW")
	WriteProblem(rec, r, err)
	resp := rec.Result()
	return resp, FromHTTPResponse(resp)
}

// assertHopKeeps checks the round trip's promise for err: what the writer
// states (errcode.AnswerFor: the kind, the advice, the code or reason, and
// the delay of a retryable failure) is what the reader reads back, and an
// answer to the answer is the same answer, but where the 502 rule makes a
// peer's refusal of our credentials our own Unavailable.
func assertHopKeeps(t testing.TB, err error) {
	t.Helper()
	want := errcode.AnswerFor(err)
	resp, read := hop(t, err)
	require.Error(t, read, "a failure never reads as a success")
	assert.Equal(t, want.HTTPStatus, resp.StatusCode)
	testkit.AssertReadBack(t, testkit.WholeSeconds(want), read, fmt.Sprint(err))
	var e *errcode.Error
	require.ErrorAs(t, read, &e)
	wantDelay := testkit.WholeSeconds(want).RetryAfter

	again := errcode.AnswerFor(read)
	if errcode.CredentialsRefused(read) {
		assert.Equal(t, errcode.Answer{Kind: errcode.Unavailable, Retryable: true, Remedy: errcode.RemedyRetry, RetryAfter: wantDelay, HTTPStatus: 502}, again, "the 502 rule, at the next hop: %v", err)
		return
	}
	want.RetryAfter = wantDelay
	assert.Equal(t, want, again, "the answer to the answer of %v", err)
}

// TestProblemRoundTrip walks every failure class in every wrapping.
func TestProblemRoundTrip(t *testing.T) {
	n := testkit.EveryChain(func(err error) { assertHopKeeps(t, err) })
	t.Logf("%d chains, %d classes", n, len(testkit.Classes()))
}

// FuzzProblemRoundTrip checks the round trip over arbitrary chains.
func FuzzProblemRoundTrip(f *testing.F) {
	for _, seed := range testkit.ChainSeeds {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, program []byte) {
		assertHopKeeps(t, testkit.Chain(program[:min(len(program), testkit.MaxProgram)]))
	})
}

// TestNilIsNeverAnsweredAsASuccess: nil, a success code and the kind OK,
// passed where a failure belongs, are answered as failures, and read back
// as failures.
func TestNilIsNeverAnsweredAsASuccess(t *testing.T) {
	for _, err := range []error{nil, (*errcode.Error)(nil), errcode.ServerSuccess, errcode.OK, errors.New("x")} {
		resp, read := hop(t, err)
		assert.GreaterOrEqual(t, resp.StatusCode, 400, "%v", err)
		assert.Error(t, read)
	}
}
