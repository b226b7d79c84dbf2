package errhttp

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

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
	assert.Equal(t, want.Kind, errcode.KindOf(read), "kind of %v", err)
	assert.Equal(t, want.Retryable, errcode.Retryable(read), "advice for %v", err)
	assert.Equal(t, want.Remedy, errcode.RemedyOf(read), "remedy of %v", err)
	code, _ := errcode.CodeOf(read)
	assert.Equal(t, want.Code, code, "code of %v", err)
	var e *errcode.Error
	require.ErrorAs(t, read, &e)
	if want.Reason != "" {
		assert.Equal(t, want.Reason, e.Reason, "reason of %v", err)
	}
	var wantDelay time.Duration
	if delay, ok := errcode.RetryAfter(err); ok && want.Retryable {
		wantDelay = (delay + time.Second - 1) / time.Second * time.Second // Retry-After carries whole seconds
	}
	delay, _ := errcode.RetryAfter(read)
	assert.Equal(t, wantDelay, delay, "delay of %v", err)

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
