package errcode

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestSystemClock: the system's clock waits, and stops waiting when the
// context ends, without a test waiting for real.
func TestSystemClock(t *testing.T) {
	var c Clock = systemClock{}
	assert.WithinDuration(t, time.Now(), c.Now(), time.Minute)
	assert.NoError(t, c.Sleep(context.Background(), time.Nanosecond))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	assert.Same(t, context.Canceled, c.Sleep(ctx, time.Hour))
}

// TestBackoffNeverOverflows: any attempt's backoff is at most MaxDelay,
// and the default jitter stays within it.
func TestBackoffNeverOverflows(t *testing.T) {
	p := RetryPolicy{BaseDelay: time.Hour, MaxDelay: 24 * time.Hour}
	for _, attempt := range []int{-1, 0, 1, 2, 5, 40, 62, 63, 64, 1000} {
		d := p.Backoff(attempt)
		assert.GreaterOrEqual(t, d, time.Duration(0), "attempt %d", attempt)
		assert.LessOrEqual(t, d, p.MaxDelay, "attempt %d", attempt)
	}
	highest := RetryPolicy{BaseDelay: time.Second, MaxDelay: time.Minute, Jitter: func(n int64) int64 { return n - 1 }}
	for attempt, want := range map[int]time.Duration{-1: time.Second, 0: time.Second, 1: time.Second, 2: 2 * time.Second, 7: time.Minute} {
		assert.Equal(t, want, highest.Backoff(attempt), "attempt %d", attempt)
	}
}
