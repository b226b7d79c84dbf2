package errcode

import (
	"context"
	"errors"
	"math/rand/v2"
	"sync"
	"time"
)

// RetryPolicy says how Do runs an operation again after a failure, by the
// library's advice. The zero value is ready to use: three attempts at most,
// a backoff that starts at 100ms and is capped at 10s, and a call that is
// not idempotent.
//
// Do stops at the first of: a success; a failure that the advice says not
// to retry (Retryable), or, for a call that is not idempotent, one that may
// have been carried out (MayHaveTakenEffect); the last attempt; a wait that
// would end past MaxElapsed or the context's deadline; a retry that the
// Budget refuses; and the context's end, which it does not wait for.
type RetryPolicy struct {
	// MaxAttempts is how many times the operation runs at most, the first
	// time included; 0 means 3.
	MaxAttempts int
	// MaxElapsed bounds the time from the first attempt to the start of
	// the last; 0 means no bound but the context's.
	MaxElapsed time.Duration
	// BaseDelay is the longest wait before the second attempt; each later
	// one may wait twice as long as the one before, up to MaxDelay. The
	// wait is drawn at random up to that (full jitter), so that the
	// clients of a failed service do not come back at once. 0 means 100ms.
	BaseDelay time.Duration
	// MaxDelay caps the backoff; 0 means 10s. A peer's RetryAfter is waited
	// in full, up to MaxRetryAfter, even where it is longer.
	MaxDelay time.Duration
	// Idempotent reports that running the operation twice does no harm
	// (a GET, a PUT of the same state, a request with an idempotency key).
	// A call that is not idempotent is retried only after a failure that
	// cannot have been carried out (MayHaveTakenEffect), such as a
	// connection refused, and never after a timeout.
	Idempotent bool
	// Mend, if set, is called once per Do, for the first failure that no
	// retry mends, with its remedy (RemedyOf): a function that can mend it,
	// such as refreshing the app token for RemedyRefreshToken, does so and
	// returns true, and the operation runs once more at once. It returns
	// false for what it cannot mend.
	Mend func(ctx context.Context, remedy Remedy, err error) bool
	// OnAttempt, if set, is called after each failed attempt, for logs
	// and metrics.
	OnAttempt func(Attempt)
	// Budget, if set, is shared by the calls that draw on it, so that an
	// outage does not multiply the load on the vendor: see RetryBudget.
	Budget *RetryBudget
	// Clock tells the time and waits; nil means the system's. Tests set
	// their own, so that no test waits for real.
	Clock Clock
	// Jitter returns a number drawn at random from [0, n), n > 0; nil means
	// math/rand/v2's Int64N.
	Jitter func(n int64) int64
}

// Clock is what RetryPolicy reads the time from and waits with.
type Clock interface {
	// Now returns the current time.
	Now() time.Time
	// Sleep waits for d, or until ctx ends, and then returns ctx's error.
	Sleep(ctx context.Context, d time.Duration) error
}

// Attempt is what RetryPolicy.OnAttempt is told of a failed attempt.
type Attempt struct {
	Number int           // 1 for the first attempt
	Err    error         // the failure
	Remedy Remedy        // RemedyOf(Err)
	Retry  bool          // whether another attempt follows
	Delay  time.Duration // how long Do waits before it, when Retry is true
	Mended bool          // whether Mend mended the failure, so that the next attempt follows at once
}

// The values that RetryPolicy's zero fields stand for.
const (
	// DefaultMaxAttempts is how many times Do runs an operation at most.
	DefaultMaxAttempts = 3
	// DefaultBaseDelay is the longest wait before the second attempt.
	DefaultBaseDelay = 100 * time.Millisecond
	// DefaultMaxDelay caps the backoff.
	DefaultMaxDelay = 10 * time.Second
)

// Retry runs op with the zero RetryPolicy: up to three attempts, for a call
// that is not idempotent. It is RetryPolicy{}.Do(ctx, op).
func Retry(ctx context.Context, op func(context.Context) error) error {
	return RetryPolicy{}.Do(ctx, op)
}

// Do runs op until it succeeds or the policy says to stop (see
// RetryPolicy), and returns nil or the last failure, as op returned it, so
// that errors.Is and KindOf read it as they would have. When ctx ends, it
// returns at once with an error that holds both ctx's error and the last
// failure (errors.Is finds each); ctx's error alone if op never ran.
func (p RetryPolicy) Do(ctx context.Context, op func(context.Context) error) error {
	clock := p.Clock
	if clock == nil {
		clock = systemClock{}
	}
	start := clock.Now()
	mended := false
	var last error
	for attempt := 1; ; attempt++ {
		if err := ctx.Err(); err != nil {
			return stopped(err, last)
		}
		err := op(ctx)
		if err == nil {
			p.Budget.succeeded()
			return nil
		}
		last = err
		if ctxErr := ctx.Err(); ctxErr != nil {
			return stopped(ctxErr, last)
		}
		v := classify(err)
		next := Attempt{Number: attempt, Err: err, Remedy: v.remedy}
		next.Delay, next.Retry = p.next(ctx, clock, v, attempt, start)
		if !next.Retry && !v.retryable && !mended && p.Mend != nil && attempt < p.maxAttempts() && p.Mend(ctx, v.remedy, err) {
			mended, next.Retry, next.Mended = true, true, true
		}
		if p.OnAttempt != nil {
			p.OnAttempt(next)
		}
		if !next.Retry {
			return last
		}
		if next.Delay > 0 {
			if err := clock.Sleep(ctx, next.Delay); err != nil {
				return stopped(err, last)
			}
		}
	}
}

// next decides whether to retry after the failed attempt that v reads, and
// how long to wait first. It allocates nothing.
func (p RetryPolicy) next(ctx context.Context, clock Clock, v verdict, attempt int, start time.Time) (time.Duration, bool) {
	if !v.retryable {
		return 0, false
	}
	p.Budget.failed()
	if !p.Idempotent && v.mayHaveTakenEffect() || attempt >= p.maxAttempts() || !p.Budget.allows() {
		return 0, false
	}
	delay := max(p.Backoff(attempt), v.retryAfter)
	at := clock.Now().Add(delay)
	if p.MaxElapsed > 0 && at.Sub(start) > p.MaxElapsed {
		return 0, false
	}
	if deadline, ok := ctx.Deadline(); ok && !at.Before(deadline) {
		return 0, false // the next attempt could not start in time: say so now, not at the deadline
	}
	return delay, true
}

func (p RetryPolicy) maxAttempts() int {
	if p.MaxAttempts > 0 {
		return p.MaxAttempts
	}
	return DefaultMaxAttempts
}

// Backoff returns the wait after the failed attempt (1 for the first) when
// the peer asked for no delay: a duration drawn with Jitter from 0 to
// BaseDelay doubled attempt-1 times, at most MaxDelay (full jitter).
func (p RetryPolicy) Backoff(attempt int) time.Duration {
	base, ceiling := p.BaseDelay, p.MaxDelay
	if base <= 0 {
		base = DefaultBaseDelay
	}
	if ceiling <= 0 {
		ceiling = DefaultMaxDelay
	}
	d := ceiling
	if shift := max(attempt-1, 0); shift < 62 && base <= ceiling>>shift {
		d = base << shift
	}
	jitter := p.Jitter
	if jitter == nil {
		jitter = rand.Int64N
	}
	return time.Duration(jitter(int64(d) + 1))
}

// systemClock is the system's time.
type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

func (systemClock) Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// stopped returns what Do returns when ctx ended: its error, with the last
// failure if there was one.
func stopped(ctxErr, last error) error {
	if last == nil {
		return ctxErr
	}
	return &stoppedError{ctx: ctxErr, last: last}
}

// stoppedError is the context's end after a failed attempt.
type stoppedError struct{ ctx, last error }

func (e *stoppedError) Error() string {
	return e.ctx.Error() + " while retrying, after " + safeText(e.last)
}

// Unwrap returns the context's error and the last failure.
func (e *stoppedError) Unwrap() []error { return []error{e.ctx, e.last} }

// RetryBudget bounds the retries of many calls together, as gRPC's retry
// throttling does: it holds up to MaxTokens tokens, and starts full; each
// retryable failure takes one, each success gives back TokenRatio of one;
// and retries are allowed only while more than half of MaxTokens remain.
// When the vendor fails every call, its clients soon stop retrying and send
// each request once; as calls succeed again, retries come back. A
// RetryBudget is safe for concurrent use; share one per upstream.
type RetryBudget struct {
	mu     sync.Mutex
	tokens int64 // in thousandths of a token
	max    int64
	ratio  int64
}

// NewRetryBudget returns a full budget of maxTokens (1 to 1000), giving back
// tokenRatio of a token per success (0.001 to maxTokens, in thousandths),
// as gRPC's retryThrottling takes them: 10 and 0.1 are a common choice.
func NewRetryBudget(maxTokens int, tokenRatio float64) (*RetryBudget, error) {
	ratio := int64(tokenRatio*1000 + 0.5)
	if maxTokens < 1 || maxTokens > 1000 || !(tokenRatio > 0) || ratio < 1 || ratio > int64(maxTokens)*1000 {
		return nil, errors.New("errcode: a retry budget takes 1 to 1000 tokens and a ratio from 0.001 to that")
	}
	full := int64(maxTokens) * 1000
	return &RetryBudget{tokens: full, max: full, ratio: ratio}, nil
}

// Tokens returns how many tokens remain.
func (b *RetryBudget) Tokens() float64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return float64(b.tokens) / 1000
}

func (b *RetryBudget) failed() {
	if b == nil {
		return
	}
	b.mu.Lock()
	b.tokens = max(b.tokens-1000, 0)
	b.mu.Unlock()
}

func (b *RetryBudget) succeeded() {
	if b == nil {
		return
	}
	b.mu.Lock()
	b.tokens = min(b.tokens+b.ratio, b.max)
	b.mu.Unlock()
}

func (b *RetryBudget) allows() bool {
	if b == nil {
		return true
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.tokens > b.max/2
}
