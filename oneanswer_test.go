package errcode_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/internal/testkit"
)

// assertFailure checks that err, a failure, reads as one everywhere: never
// OK, never answered with a 2xx.
func assertFailure(t *testing.T, err error, what string) {
	t.Helper()
	require.Error(t, err, what)
	assert.NotEqual(t, errcode.OK, errcode.KindOf(err), "%s: %v", what, err)
	status := errcode.AnswerFor(err).HTTPStatus
	assert.False(t, status >= 200 && status < 300, "%s answered %d: %v", what, status, err)
	assert.NotEqual(t, errcode.OK, errcode.AnswerFor(err).Kind, what)
	var e *errcode.Error
	if errors.As(err, &e) {
		assert.NotEqual(t, errcode.OK, e.Kind(), what)
		assert.NotErrorIs(t, err, errcode.OK, what)
	}
}

// TestNoFailureIsASuccess: what an app or a peer sends never makes a failure
// read as a success.
func TestNoFailureIsASuccess(t *testing.T) {
	huge, _ := beyondInt32() // on a 32-bit platform, int32's last number
	for what, err := range map[string]error{
		`FromWeb(-200, "join_fail", "cause: -0")`:   errcode.FromWeb(-200, "join_fail", "cause: -0"),
		`FromWeb(-200, "join_fail", "cause: 0")`:    errcode.FromWeb(-200, "join_fail", "cause: 0"),
		`FromWebExit(0, -560)`:                      errcode.FromWebExit(0, -560),
		`FromWebExit(0, 1<<40)`:                     errcode.FromWebExit(0, huge),
		`FromWebExit(1<<40, 0)`:                     errcode.FromWebExit(huge, 0),
		`FromWebExit(-1<<40, -502)`:                 errcode.FromWebExit(-huge, -502),
		`FromServer(1<<40, "")`:                     errcode.FromServer(huge, ""),
		`ParseWebReport({"error":-502,"ERROR":0})`:  errcode.ParseWebReport([]byte(`{"error":-502,"ERROR":0}`)),
		`ParseWebReport({"error":-502,"error":0})`:  errcode.ParseWebReport([]byte(`{"error":-502,"error":0}`)),
		`ParseWebReport({"error":"0"})`:             errcode.ParseWebReport([]byte(`{"error":"0"}`)),
		`ParseWebReport({"errortype":"join_fail"})`: errcode.ParseWebReport([]byte(`{"error":-200,"errortype":"join_fail"}`)),
		`*Error around a success code`:              &errcode.Error{Code: errcode.ServerSuccess, Op: "join"},
		`a success code wrapped`:                    fmt.Errorf("join: %w", errcode.WebExitNormal),
		`the kind OK wrapped`:                       fmt.Errorf("join: %w", errcode.OK),
		`another package's error of kind OK`:        testkit.Kinded{Of: errcode.OK, Retry: true},
		`a status of 200 around nothing`:            &errcode.Error{StatusCode: 200},
		`a success code beside a failure's status`:  &errcode.Error{Code: errcode.ServerSuccess, StatusCode: 204},
		`ReadResponse(200, {"error": "0"})`:         errcode.ReadResponse(200, strings.NewReader(`{"error": "0"}`)),
		`a problem that says OK`:                    errcode.ReadResponse(500, strings.NewReader(`{"title":"t","status":200,"kind":"OK","retryable":true}`)),
	} {
		assertFailure(t, err, what)
	}
}

// TestWebReadersAsTheIssueFoundThem pins what each of the inputs that used
// to read as a success gives now.
func TestWebReadersAsTheIssueFoundThem(t *testing.T) {
	err := errcode.FromWeb(-200, "join_fail", "cause: -0")
	assert.Equal(t, errcode.WebJoinFail, mustCode(t, err), "a success is no cause: the SDK's join failure decides")
	assert.NotErrorIs(t, err, errcode.ServerSuccess)

	err = errcode.FromWebExit(0, -560)
	assert.Equal(t, errcode.ServerCode(-560), mustCode(t, err), "a failed code newer than the table is kept")
	assert.Equal(t, errcode.Unknown, errcode.KindOf(err))
	assert.NotErrorIs(t, err, errcode.WebExitNormal, "the normal exit is no part of a failure's chain")

	err = errcode.FromWebExit(4, -502)
	assert.ErrorIs(t, err, errcode.ServerTicketExpired)
	assert.ErrorIs(t, err, errcode.WebExitFailed, "a failure's exit reason stays in its chain")

	if huge, ok := beyondInt32(); ok {
		err = errcode.FromWebExit(huge, 0)
		assert.Contains(t, err.Error(), strconv.Itoa(huge), "the number is kept")
	}

	err = errcode.ParseWebReport([]byte(`{"error":-502,"ERROR":0}`))
	assert.Equal(t, errcode.ServerTicketExpired, mustCode(t, err), `"ERROR" is not "error"`)
	err = errcode.ParseWebReport([]byte(`{"error":-502,"error":0}`))
	assert.ErrorContains(t, err, `has the member "error" twice`)
	err = errcode.ParseWebReport([]byte(`{"error":-200,"errortype":"join_fail"}`))
	assert.Equal(t, errcode.ServerRequestParamsError, mustCode(t, err), `"errortype" is not "errorType": the server's -200`)
	err = errcode.ParseWebReport([]byte(`{"error":"0"}`))
	assert.ErrorContains(t, err, `"error" is "0", not a whole int32 number`)
	err = errcode.ParseWebReport([]byte(`{"error":-200.0,"errorType":"join_fail"}`))
	assert.Equal(t, errcode.WebJoinFail, mustCode(t, err), "a number is a number however JSON writes it, as in ParseResponse")
	err = errcode.ParseWebReport([]byte(`{"error":-200,"errorType":7}`))
	assert.ErrorContains(t, err, `"errorType" is 7, not a string`)
	assert.NoError(t, errcode.ParseWebReport([]byte(`{"error":0}`)), "a report of a success is a success, as FromWeb reads it")
}

func mustCode(t *testing.T, err error) errcode.Code {
	t.Helper()
	c, ok := errcode.CodeOf(err)
	require.True(t, ok, "%v", err)
	return c
}

// FuzzNoFailureIsASuccess holds the rule over every reader of numbers and
// bodies that apps and peers send.
func FuzzNoFailureIsASuccess(f *testing.F) {
	f.Add(-200, 0, "join_fail", "cause: -0", []byte(`{"error":-502,"ERROR":0}`))
	f.Add(0, -560, "", "", []byte(`{"error":"0"}`))
	f.Add(4, math.MaxInt, "http_error", "x", []byte(`{"title":"t","status":503,"kind":"OK"}`))
	f.Fuzz(func(t *testing.T, a, b int, s1, s2 string, data []byte) {
		for what, err := range map[string]error{
			"FromServer":     errcode.FromServer(a, s1),
			"FromAndroid":    errcode.FromAndroid(a, s1),
			"FromIOS":        errcode.FromIOS(a, s1),
			"FromWeb":        errcode.FromWeb(a, s1, s2),
			"FromWebExit":    errcode.FromWebExit(a, b),
			"ParseWebReport": errcode.ParseWebReport(data),
			"ParseResponse":  errcode.ParseResponse(data),
			"ReadResponse":   errcode.ReadResponse(a, strings.NewReader(string(data))),
		} {
			if err != nil {
				assertFailure(t, err, what)
			}
		}
	})
}

// TestStatusesOutsideHTTPAreNotRetryable: a number that no HTTP status is
// cannot say "retry".
func TestStatusesOutsideHTTPAreNotRetryable(t *testing.T) {
	for _, status := range []int{-1, 1, 99, 600, 999, 1 << 20, math.MaxInt32} {
		err := errcode.ReadResponse(status, nil)
		assert.Equal(t, errcode.Unknown, errcode.KindOf(err), "%d", status)
		assert.False(t, errcode.Retryable(err), "%d", status)
		assert.Equal(t, 500, errcode.AnswerFor(err).HTTPStatus, "%d", status)
	}
}

// TestUnknownCodesShareATitle: a problem's title is its type's, the same for
// every number of an unknown code, and in every language.
func TestUnknownCodesShareATitle(t *testing.T) {
	for _, set := range errcode.Sets() {
		a, _ := errcode.Lookup(set, 77777)
		b, _ := errcode.Lookup(set, -88)
		if a == nil {
			continue
		}
		for _, tag := range errcode.Languages() {
			title := errcode.AnswerFor(a).Title(tag)
			assert.Equal(t, title, errcode.AnswerFor(b).Title(tag), "%s %s", set, tag)
			assert.NotContains(t, title, "77777")
			assert.NotEmpty(t, title)
		}
	}
	assert.Equal(t, "unknown server error code", errcode.AnswerFor(errcode.ServerCode(-999)).Title(language.English))
	assert.Equal(t, errcode.ServerTicketExpired.Description(language.English), errcode.AnswerFor(errcode.ServerTicketExpired).Title(language.English))
}

func TestEmptyReasonSaysSo(t *testing.T) {
	assert.Equal(t, "rtc gateway error: no reason", errcode.Reason("").Error())
	assert.NotContains(t, fmt.Sprintf("%+v", errcode.AnswerFor(errcode.Unavailable)), "unknown reason")
}

// TestAttrKeepsEveryErrorsFields: an *Error around the reader's keeps the
// peer's message, reason, status and delay in the log, and the ops of both.
func TestAttrKeepsEveryErrorsFields(t *testing.T) {
	inner := &errcode.Error{Op: "get room", Reason: errcode.ReasonReachLimit, StatusCode: 429, Message: "slow down", RetryAfter: 2e9}
	line := logged(t, errcode.Attr("err", &errcode.Error{Op: "list users", Err: inner}))["err"].(map[string]any)
	assert.Equal(t, "list users: get room", line["op"])
	assert.Equal(t, "slow down", line["message"])
	assert.Equal(t, "reach_limit", line["reason"])
	assert.Equal(t, 429.0, line["status"])
	assert.Equal(t, "2s", line["retry_after"])
	assert.Equal(t, "RESOURCE_EXHAUSTED", line["kind"])
	assert.NotContains(t, line, "cause", "the inner *Error is no foreign cause")
	delete(line, "error")
	assert.Equal(t, line, logged(t, &errcode.Error{Op: "list users", Err: inner})["v"], "LogValue logs the chain as Attr does")
}

// panicky is a foreign error whose Error method panics.
type panicky struct{}

func (panicky) Error() string { panic("broken Error") }

func TestAttrOfAPanickingError(t *testing.T) {
	var a slog.Attr
	require.NotPanics(t, func() { a = errcode.Attr("err", fmt.Errorf("%w", &errcode.Error{Op: "x", Err: panicky{}})) })
	require.NotPanics(t, func() { a = errcode.Attr("err", &errcode.Error{Op: "x", Err: panicky{}}) })
	line := logged(t, a)["err"].(map[string]any)
	assert.Equal(t, "!PANIC: broken Error", line["cause"], "logged as slog logs a panic")
	assert.Contains(t, line["error"], "!PANIC: broken Error")
	require.NotPanics(t, func() { a = errcode.Attr("err", panicky{}) })
	assert.Equal(t, "!PANIC: broken Error", logged(t, a)["err"].(map[string]any)["error"])
}

// deep returns a chain of n *Errors, each with an op, around a code.
func deep(n int) error {
	var err error = errcode.ServerTicketExpired
	for range n {
		err = &errcode.Error{Op: "op", Err: err}
	}
	return err
}

// TestDeepChainsCostTheirBound: logging, printing and classifying a chain
// far deeper than MaxChainDepth costs what a chain of that depth costs.
func TestDeepChainsCostTheirBound(t *testing.T) {
	bytesOf := func(f func()) uint64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		f()
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	bounded, huge := deep(errcode.MaxChainDepth), deep(100*errcode.MaxChainDepth)
	for name, f := range map[string]func(error){
		"Attr":   func(err error) { _ = errcode.Attr("err", err) },
		"Error":  func(err error) { _ = err.Error() },
		"KindOf": func(err error) { _ = errcode.KindOf(err) },
	} {
		atBound := bytesOf(func() { f(bounded) })
		far := bytesOf(func() { f(huge) })
		assert.LessOrEqual(t, far, 2*atBound+64<<10, "%s: %d bytes for a chain 100 times deeper than the bound, %d at the bound", name, far, atBound)
	}
	assert.LessOrEqual(t, len(huge.Error()), errcode.MaxErrorLen)
}

// timeoutCount is a chain of n errors that report a timeout, around the
// context's deadline, each counting the calls of its methods.
type timeoutCount struct {
	next  error
	calls *int
}

func (e timeoutCount) Error() string { return "i/o timeout" }
func (e timeoutCount) Unwrap() error { return e.next }
func (e timeoutCount) Timeout() bool { *e.calls++; return true }

// TestTimeoutChainsAreLinear: KindOf reads each error of a chain a bounded
// number of times, however many of them are timeouts.
func TestTimeoutChainsAreLinear(t *testing.T) {
	calls := 0
	var err error = context.DeadlineExceeded
	const n = 1000
	for range n {
		err = timeoutCount{next: err, calls: &calls}
	}
	assert.Equal(t, errcode.DeadlineExceeded, errcode.KindOf(err), "the caller's own deadline, below every timeout")
	_, isNetwork := errcode.NetworkFailureOf(err)
	assert.False(t, isNetwork)
	assert.LessOrEqual(t, calls, 2*n, "Timeout called %d times for %d errors", calls, n)
}
