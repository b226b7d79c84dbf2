package errcode_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/internal/testkit"
)

// fakeClock moves only when Do sleeps on it, and records each wait.
type fakeClock struct {
	now     time.Time
	slept   []time.Duration
	onSleep func() // called after each wait, such as to cancel a context
}

func newFakeClock() *fakeClock { return &fakeClock{now: time.Date(2026, 12, 7, 3, 0, 0, 0, time.UTC)} }

func (c *fakeClock) Now() time.Time { return c.now }

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.slept = append(c.slept, d)
	c.now = c.now.Add(d)
	if c.onSleep != nil {
		c.onSleep()
	}
	return ctx.Err()
}

// highest draws the highest jitter, so that a test sees the backoff's cap.
func highest(n int64) int64 { return n - 1 }

// failing returns an operation that fails with errs in turn, then
// succeeds, and counts its calls.
func failing(calls *int, errs ...error) func(context.Context) error {
	return func(context.Context) error {
		*calls++
		if *calls <= len(errs) {
			return errs[*calls-1]
		}
		return nil
	}
}

var (
	refused  = &errcode.Error{Op: "create conference", Err: fmt.Errorf("dial tcp: %w", errcode.NetworkConnectionRefused)}
	timedOut = &errcode.Error{Op: "create conference", Err: errcode.NetworkTimeout}
	overload = &errcode.Error{StatusCode: 503}
	expired  = &errcode.Error{Code: errcode.ServerTicketExpired, StatusCode: 200}
)

func TestRetryUntilSuccess(t *testing.T) {
	clock, calls := newFakeClock(), 0
	p := errcode.RetryPolicy{MaxAttempts: 4, Clock: clock, Jitter: highest}
	err := p.Do(context.Background(), failing(&calls, overload, refused, overload))
	require.NoError(t, err)
	assert.Equal(t, 4, calls)
	assert.Equal(t, []time.Duration{100 * time.Millisecond, 200 * time.Millisecond, 400 * time.Millisecond}, clock.slept,
		"exponential from BaseDelay, at the top of its jitter")
}

func TestRetryBackoffIsCappedAndJittered(t *testing.T) {
	clock, calls := newFakeClock(), 0
	var drawn []int64
	p := errcode.RetryPolicy{MaxAttempts: 6, BaseDelay: time.Second, MaxDelay: 3 * time.Second, Clock: clock,
		Jitter: func(n int64) int64 { drawn = append(drawn, n); return n / 2 }}
	require.NoError(t, p.Do(context.Background(), failing(&calls, overload, overload, overload, overload, overload)))
	second := int64(time.Second)
	assert.Equal(t, []int64{second + 1, 2*second + 1, 3*second + 1, 3*second + 1, 3*second + 1}, drawn, "full jitter over [0, cap]")
	assert.Equal(t, time.Duration(3*second/2), clock.slept[4])
}

func TestRetryStopsWhereTheAdviceSays(t *testing.T) {
	for _, tt := range []struct {
		name       string
		err        error
		idempotent bool
		attempts   int
	}{
		{"a ticket that expired: no retry mends it", expired, true, 1},
		{"a capacity limit", &errcode.Error{Code: errcode.ServerConfrMemberTooMany}, true, 1},
		{"a plan's limit", &errcode.Error{Reason: errcode.ReasonResourceLimited, StatusCode: 429}, true, 1},
		{"a foreign error", errors.New("boom"), true, 1},
		{"a refused connection, not idempotent: it never reached the peer", refused, false, 3},
		{"a 503, not idempotent: the peer did not process it", overload, false, 3},
		{"a timeout, not idempotent: it may have happened", timedOut, false, 1},
		{"a reset, not idempotent", fmt.Errorf("read: %w", errcode.NetworkConnectionReset), false, 1},
		{"a 502, not idempotent", &errcode.Error{StatusCode: 502}, false, 1},
		{"a timeout, idempotent", timedOut, true, 3},
		{"a reset, idempotent", fmt.Errorf("read: %w", errcode.NetworkConnectionReset), true, 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			calls := 0
			p := errcode.RetryPolicy{Idempotent: tt.idempotent, Clock: newFakeClock()}
			err := p.Do(context.Background(), failing(&calls, tt.err, tt.err, tt.err, tt.err))
			assert.Equal(t, tt.attempts, calls)
			assert.Same(t, tt.err, err, "the last failure, as the operation returned it")
		})
	}
}

func TestRetryWaitsForThePeersDelay(t *testing.T) {
	for _, tt := range []struct {
		asked, waited time.Duration
	}{
		{2 * time.Second, 2 * time.Second},
		{30 * time.Second, 30 * time.Second},
		{errcode.MaxRetryAfter + time.Hour, errcode.MaxRetryAfter},
	} {
		clock, calls := newFakeClock(), 0
		limited := &errcode.Error{Reason: errcode.ReasonReachLimit, StatusCode: 429, RetryAfter: tt.asked}
		p := errcode.RetryPolicy{Clock: clock, Jitter: highest}
		require.NoError(t, p.Do(context.Background(), failing(&calls, limited)))
		assert.Equal(t, []time.Duration{tt.waited}, clock.slept, "asked for %v", tt.asked)
	}
}

func TestRetryStopsBeforeItsTimeRunsOut(t *testing.T) {
	clock, calls := newFakeClock(), 0
	p := errcode.RetryPolicy{MaxAttempts: 10, MaxElapsed: 250 * time.Millisecond, Clock: clock, Jitter: highest}
	err := p.Do(context.Background(), failing(&calls, overload, overload, overload, overload))
	assert.Same(t, overload, err)
	assert.Equal(t, 2, calls, "100ms, then 200ms more would end past 250ms")

	clock, calls = &fakeClock{now: time.Now()}, 0
	ctx, cancel := context.WithDeadline(context.Background(), clock.now.Add(time.Minute))
	defer cancel()
	limited := &errcode.Error{Reason: errcode.ReasonReachLimit, StatusCode: 429, RetryAfter: 5 * time.Minute}
	err = errcode.RetryPolicy{Clock: clock}.Do(ctx, failing(&calls, limited))
	assert.Same(t, limited, err, "a wait past the context's deadline is not begun")
	assert.Equal(t, 1, calls)
	assert.Empty(t, clock.slept)
}

func TestRetryReturnsAtOnceWhenTheContextEnds(t *testing.T) {
	clock, calls := newFakeClock(), 0
	ctx, cancel := context.WithCancel(context.Background())
	clock.onSleep = cancel
	err := errcode.RetryPolicy{Clock: clock}.Do(ctx, failing(&calls, overload, overload))
	assert.Equal(t, 1, calls)
	require.ErrorIs(t, err, context.Canceled)
	assert.ErrorIs(t, err, overload, "the last failure is kept")
	assert.Contains(t, err.Error(), "context canceled while retrying, after rtc gateway error (HTTP 503)")

	calls = 0
	err = errcode.RetryPolicy{Clock: newFakeClock()}.Do(ctx, failing(&calls))
	assert.Equal(t, 0, calls, "a context that already ended runs nothing")
	assert.Same(t, context.Canceled, err)

	// An operation that sees its context end is not tried again.
	ctx, cancel = context.WithCancel(context.Background())
	calls = 0
	err = errcode.RetryPolicy{Clock: newFakeClock()}.Do(ctx, func(ctx context.Context) error {
		calls++
		cancel()
		return fmt.Errorf("call: %w", ctx.Err())
	})
	assert.Equal(t, 1, calls)
	assert.ErrorIs(t, err, context.Canceled)
}

func TestRetryMendsOnce(t *testing.T) {
	stale := &errcode.Error{Reason: errcode.ReasonUnauthorized, StatusCode: 401}
	var mended []errcode.Remedy
	refresh := func(_ context.Context, r errcode.Remedy, err error) bool {
		mended = append(mended, r)
		return r == errcode.RemedyRefreshToken
	}
	calls := 0
	p := errcode.RetryPolicy{Mend: refresh, Clock: newFakeClock()}
	require.NoError(t, p.Do(context.Background(), failing(&calls, stale)))
	assert.Equal(t, 2, calls, "refreshed, then once more")
	assert.Equal(t, []errcode.Remedy{errcode.RemedyRefreshToken}, mended)

	calls, mended = 0, nil
	assert.Same(t, stale, p.Do(context.Background(), failing(&calls, stale, stale, stale)))
	assert.Equal(t, 2, calls, "mended once per Do: a token refused twice is not refreshed again")

	calls, mended = 0, nil
	assert.Same(t, expired, p.Do(context.Background(), failing(&calls, expired)))
	assert.Equal(t, 1, calls, "a remedy Mend cannot mend")
	assert.Equal(t, []errcode.Remedy{errcode.RemedyRejoin}, mended)
}

func TestRetryTellsEachAttempt(t *testing.T) {
	var seen []errcode.Attempt
	calls := 0
	p := errcode.RetryPolicy{Clock: newFakeClock(), Jitter: highest, OnAttempt: func(a errcode.Attempt) { seen = append(seen, a) }}
	err := p.Do(context.Background(), failing(&calls, overload, expired))
	assert.Same(t, expired, err)
	assert.Equal(t, []errcode.Attempt{
		{Number: 1, Err: overload, Remedy: errcode.RemedyRetry, Retry: true, Delay: 100 * time.Millisecond},
		{Number: 2, Err: expired, Remedy: errcode.RemedyRejoin},
	}, seen)
}

func TestRetryBudget(t *testing.T) {
	budget, err := errcode.NewRetryBudget(4, 0.5)
	require.NoError(t, err)
	p := errcode.RetryPolicy{MaxAttempts: 10, Budget: budget, Clock: newFakeClock()}
	calls := 0
	assert.Same(t, overload, p.Do(context.Background(), failing(&calls, overload, overload, overload, overload)))
	assert.Equal(t, 2, calls, "4 tokens: a retry while more than 2 remain")
	assert.InDelta(t, 2.0, budget.Tokens(), 0.0001)

	calls = 0
	assert.Same(t, overload, p.Do(context.Background(), failing(&calls, overload, overload)))
	assert.Equal(t, 1, calls, "an empty budget: every call is sent once")

	assert.InDelta(t, 1.0, budget.Tokens(), 0.0001)
	for range 8 {
		require.NoError(t, p.Do(context.Background(), failing(&calls)))
	}
	assert.InDelta(t, 4.0, budget.Tokens(), 0.0001, "each success gives back half a token, up to the full budget")
	calls = 0
	require.NoError(t, p.Do(context.Background(), failing(&calls, overload)))
	assert.Equal(t, 2, calls, "retries come back as calls succeed")

	for _, bad := range []struct {
		tokens int
		ratio  float64
	}{{0, 0.1}, {1001, 0.1}, {10, 0}, {10, -1}, {10, 0.0001}, {10, 11}} {
		b, err := errcode.NewRetryBudget(bad.tokens, bad.ratio)
		assert.Error(t, err, "%v", bad)
		assert.Nil(t, b)
	}
}

// TestRetryDefaults: the zero policy makes three attempts, 100ms and then
// 200ms apart at the most; Retry is the zero policy.
func TestRetryDefaults(t *testing.T) {
	clock, calls := newFakeClock(), 0
	err := errcode.RetryPolicy{Clock: clock, Jitter: highest}.Do(context.Background(), failing(&calls, refused, refused, refused, refused))
	assert.Same(t, refused, err)
	assert.Equal(t, errcode.DefaultMaxAttempts, calls)
	assert.Equal(t, []time.Duration{errcode.DefaultBaseDelay, 2 * errcode.DefaultBaseDelay}, clock.slept)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	calls = 0
	assert.Same(t, context.Canceled, errcode.Retry(ctx, failing(&calls)))
	assert.Zero(t, calls)
	calls = 0
	require.NoError(t, errcode.Retry(context.Background(), failing(&calls)))
	assert.Equal(t, 1, calls)
}

// TestRetryNeverRetriesWhatTheAdviceDoesNot walks every failure class.
func TestRetryNeverRetriesWhatTheAdviceDoesNot(t *testing.T) {
	for _, class := range testkit.Classes() {
		for _, idempotent := range []bool{false, true} {
			calls := 0
			p := errcode.RetryPolicy{Idempotent: idempotent, Clock: newFakeClock()}
			err := p.Do(context.Background(), failing(&calls, class.Err, class.Err))
			if errcode.Retryable(class.Err) && (idempotent || !errcode.MayHaveTakenEffect(class.Err)) {
				assert.Equal(t, 3, calls, "%s, idempotent %v: twice retried, then a success", class.Name, idempotent)
				assert.NoError(t, err)
			} else {
				assert.Equal(t, 1, calls, "%s, idempotent %v", class.Name, idempotent)
				assert.Equal(t, class.Err, err)
			}
		}
	}
}
