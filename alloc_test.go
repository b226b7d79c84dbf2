package errcode_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/rtckit/errcode"
)

// TestHotPathsDoNotAllocate: what runs in every log line allocates nothing,
// for every code and every shipped language.
func TestHotPathsDoNotAllocate(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates on its own")
	}
	wrapped := fmt.Errorf("a: %w", fmt.Errorf("b: %w", fmt.Errorf("c: %w", errcode.IOSCallTicketExpired)))
	withContext := fmt.Errorf("a: %w", fmt.Errorf("b: %w", errcode.FromServer(-502, "expired")))
	for _, c := range allCodes() {
		for _, tag := range errcode.Languages() {
			allocs := testing.AllocsPerRun(20, func() {
				_ = c.String()
				_ = c.Error()
				_ = c.Description(tag)
				_ = c.Hint(tag)
				_ = c.Kind()
				_ = c.Retryable()
				_ = c.HTTPStatus()
			})
			assert.Zero(t, allocs, "%s %s", c, tag)
		}
	}
	for _, r := range errcode.Reasons() {
		for _, tag := range errcode.Languages() {
			allocs := testing.AllocsPerRun(20, func() {
				_ = r.String()
				_ = r.Error()
				_ = r.Description(tag)
				_ = r.Hint(tag)
				_ = r.Kind()
				_ = r.Retryable()
				_ = r.HTTPStatus()
				_, _ = errcode.ParseReason(r.String())
			})
			assert.Zero(t, allocs, "%s %s", r, tag)
		}
	}
	gateway := fmt.Errorf("a: %w", fmt.Errorf("b: %w", &errcode.Error{Reason: errcode.ReasonReachLimit, StatusCode: 429}))
	assert.Zero(t, testing.AllocsPerRun(20, func() { _ = errors.Is(gateway, errcode.ReasonReachLimit) }))
	assert.Zero(t, testing.AllocsPerRun(20, func() { _ = errors.Is(gateway, errcode.ResourceExhausted) }))
	for _, tag := range []string{"zh-CN", "zh-TW", "zh-HK", "en-US", "en-GB", "zh-Hans", "und"} {
		tag := language.MustParse(tag)
		assert.Zero(t, testing.AllocsPerRun(20, func() { _ = errcode.ServerTicketExpired.Description(tag) }), tag.String())
	}
	assert.Zero(t, testing.AllocsPerRun(20, func() { _ = errors.Is(wrapped, errcode.IOSCallTicketExpired) }))
	assert.Zero(t, testing.AllocsPerRun(20, func() { _ = errors.Is(withContext, errcode.ServerTicketExpired) }))
	assert.Zero(t, testing.AllocsPerRun(20, func() { _ = errors.Is(withContext, errcode.Unauthenticated) }))
}

// TestRetryDecidesWithoutAllocating: a retry loop's decisions (advice,
// remedy, budget, deadlines) allocate nothing.
func TestRetryDecidesWithoutAllocating(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates on its own")
	}
	f, ctx := &flaky{}, context.Background()
	budget, err := errcode.NewRetryBudget(1000, 1000)
	if err != nil {
		t.Fatal(err)
	}
	p := errcode.RetryPolicy{Clock: stillClock{}, Budget: budget, OnAttempt: func(errcode.Attempt) {}}
	op := f.op
	allocs := testing.AllocsPerRun(100, func() { _ = p.Do(ctx, op) })
	assert.Zero(t, allocs)
	assert.Equal(t, 303, f.calls, "three attempts a run, the warm-up included")
}
