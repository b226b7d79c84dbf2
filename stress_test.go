package errcode_test

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/rtckit/errcode"
)

// TestStress has many goroutines wrap, match, describe, parse and log codes
// at once, checking every result; run it with -race. It stops after a fixed
// time or a fixed number of rounds, whichever comes first.
func TestStress(t *testing.T) {
	const (
		goroutines = 32
		maxRounds  = 2000
		maxTime    = 500 * time.Millisecond
	)
	codes := failureCodes()
	reasons := errcode.Reasons()
	tags := []language.Tag{english, simplified, traditional, language.MustParse("zh-MO"), language.MustParse("pt-BR")}
	headers := []string{"zh-CN,zh;q=0.9", "zh-TW", "en-US,en;q=0.5", "garbage;;q=x"}
	deadline := time.Now().Add(maxTime)

	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			var buf bytes.Buffer
			logger := slog.New(slog.NewJSONHandler(&buf, nil))
			for round := 0; round < maxRounds && time.Now().Before(deadline); round++ {
				c := codes[(g*7+round)%len(codes)]
				tag := tags[round%len(tags)]
				err := fmt.Errorf("round %d: %w", round, &errcode.Error{Code: c, Op: "stress", Message: "m"})
				if !assert.ErrorIs(t, err, c) || !assert.ErrorIs(t, err, c.Kind()) {
					return
				}
				got, ok := errcode.CodeOf(err)
				assert.True(t, ok)
				assert.Equal(t, c, got)
				assertDescribes(t, errcode.Describe(err, tag), c.Description(tag), c.Hint(tag))
				assert.Equal(t, c.HTTPStatus(), errcode.AnswerFor(err).HTTPStatus)
				assert.Equal(t, c.Retryable(), errcode.Retryable(err))
				parsed, perr := parse(c.Set(), c.String())
				assert.NoError(t, perr)
				assert.Equal(t, c, parsed)
				assert.Contains(t, errcode.Languages(), errcode.MatchLanguage(headers[round%len(headers)]))
				assert.ErrorIs(t, errcode.ParseResponse([]byte(`{"error": -502}`)), errcode.ServerTicketExpired)

				r := reasons[(g*3+round)%len(reasons)]
				gateway := fmt.Errorf("round %d: %w", round, &errcode.Error{Reason: r, StatusCode: 400, Message: "m"})
				if !assert.ErrorIs(t, gateway, r) || !assert.ErrorIs(t, gateway, r.Kind()) {
					return
				}
				assertDescribes(t, errcode.Describe(gateway, tag), r.Description(tag), r.Hint(tag))
				assert.Equal(t, r.Retryable(), errcode.Retryable(gateway))
				assert.ErrorIs(t, errcode.ParseResponse([]byte(`{"error": "`+r.String()+`"}`)), r)

				buf.Reset()
				var e *errcode.Error
				errors.As(err, &e)
				logger.Error("failed", "err", e)
				assert.Contains(t, buf.String(), `"name":"`+c.String()+`"`)
			}
		})
	}
	wg.Wait()
}

// assertDescribes checks that a Describe line is the description, then the
// hint, with nothing between and after them but punctuation and spaces. The
// exact punctuation of each language is stated by TestDescribe and pinned,
// for every row, in testdata/texts.golden.
func assertDescribes(t testing.TB, got, description, hint string) {
	t.Helper()
	rest, ok := strings.CutPrefix(got, description)
	if !assert.True(t, ok, "%q does not start with the description %q", got, description) {
		return
	}
	i := strings.LastIndex(rest, hint)
	if !assert.Positive(t, i, "%q does not have the hint %q after the description", got, hint) {
		return
	}
	onlyPunctuation := func(s string) bool {
		return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) }) == ""
	}
	assert.True(t, onlyPunctuation(rest[:i]), "%q: between the description and the hint", got)
	assert.True(t, onlyPunctuation(rest[i+len(hint):]), "%q: after the hint", got)
}
