package errcode

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// peerStatus stands for another package's error that knows its kind, as
// errgrpc's reading of a peer's gRPC status does.
type peerStatus struct {
	kind      Kind
	retryable bool
}

func (p peerStatus) Error() string   { return "rpc error: code = " + p.kind.String() }
func (p peerStatus) Kind() Kind      { return p.kind }
func (p peerStatus) Retryable() bool { return p.retryable }

// timedOut stands for another package's error that says, with an Is
// method, that it is a context error.
type timedOut struct{ canceled bool }

func (timedOut) Error() string { return "i/o timeout" }
func (e timedOut) Is(target error) bool {
	if e.canceled {
		return target == context.Canceled
	}
	return target == context.DeadlineExceeded
}

// netTimeout stands for net's errors: a Timeout method that reports true.
type netTimeout struct{}

func (netTimeout) Error() string   { return "i/o timeout" }
func (netTimeout) Timeout() bool   { return true }
func (netTimeout) Temporary() bool { return true }

// timeoutAbove stands for url.Error around a context's deadline: a Timeout
// method that reports true, above context.DeadlineExceeded itself.
type timeoutAbove struct{ err error }

func (timeoutAbove) Error() string   { return "Get: context deadline exceeded" }
func (timeoutAbove) Timeout() bool   { return true }
func (e timeoutAbove) Unwrap() error { return e.err }

// netDeadline stands for net/http's and net's timeouts: a Timeout method,
// and an Is method that says it is context.DeadlineExceeded, which it is
// not (http.Client.Timeout, a dial's timeout).
type netDeadline struct{}

func (netDeadline) Error() string        { return "Client.Timeout exceeded" }
func (netDeadline) Timeout() bool        { return true }
func (netDeadline) Is(target error) bool { return target == context.DeadlineExceeded }

// reasonAs stands for another package's error whose As method gives a
// gateway reason.
type reasonAs struct{ reason Reason }

func (reasonAs) Error() string { return "as" }
func (e reasonAs) As(target any) bool {
	if r, ok := target.(*Reason); ok {
		*r = e.reason
		return true
	}
	return false
}

// TestPrecedence states the precedence of classify.go with examples, and
// checks that every function that answers for a chain agrees with it.
func TestPrecedence(t *testing.T) {
	foreign := errors.New("foreign")
	for _, tt := range []struct {
		name      string
		err       error
		kind      Kind
		retryable bool
		about     describer
	}{
		{"a code wins over the status around it", &Error{StatusCode: 503, Err: ServerTicketExpired}, Unauthenticated, false, ServerTicketExpired},
		{"a code wins over a reason", &Error{Code: ServerPubInactive, Reason: ReasonResourceLimited}, Unavailable, true, ServerPubInactive},
		{"a known code deeper wins over an unknown one", errors.Join(ServerCode(-999), fmt.Errorf("w: %w", AndroidCallBusy)), FailedPrecondition, false, AndroidCallBusy},
		{"an unknown code wins over a status", &Error{Code: ServerCode(-999), StatusCode: 503}, Unknown, false, ServerCode(-999)},
		{"a known reason wins over its status", &Error{Reason: ReasonForbiddenOp, StatusCode: 403}, PermissionDenied, false, ReasonForbiddenOp},
		{"a known reason wins over a status nearer the top", &Error{StatusCode: 500, Err: &Error{Reason: ReasonReachLimit}}, ResourceExhausted, true, ReasonReachLimit},
		{"a status wins over an unknown reason", &Error{Reason: "too_many", StatusCode: 429}, ResourceExhausted, true, ResourceExhausted},
		{"a status deeper than an *Error without one", fmt.Errorf("a: %w", &Error{Op: "join", Err: &Error{StatusCode: 404}}), NotFound, false, NotFound},
		{"the first failure status", errors.Join(&Error{StatusCode: 200}, &Error{StatusCode: 409}, &Error{StatusCode: 503}), Aborted, false, Aborted},
		{"a status wins over a peer's kind", &Error{StatusCode: 503, Err: peerStatus{NotFound, false}}, Unavailable, true, Unavailable},
		{"a peer's kind and its own advice", &Error{Err: peerStatus{Unavailable, false}}, Unavailable, false, Unavailable},
		{"a Kind in the chain", fmt.Errorf("%w: x", Aborted), Aborted, false, Aborted},
		{"a kind wins over a context error", fmt.Errorf("%w: %w", Unavailable, context.Canceled), Unavailable, true, Unavailable},
		{"a context deadline", fmt.Errorf("call: %w", context.DeadlineExceeded), DeadlineExceeded, true, DeadlineExceeded},
		{"a context cancellation", errors.Join(foreign, context.Canceled), Canceled, false, Canceled},
		{"an unknown reason alone", &Error{Reason: "new_reason"}, Unknown, false, Reason("new_reason")},
		{"nothing of ours", foreign, Unknown, false, Unknown},
		{"a nil *Error", (*Error)(nil), Unknown, false, Unknown},
		{"a Kind past the last is Unknown", Kind(200), Unknown, false, Unknown},
		{"an Is method that says it is a context deadline", fmt.Errorf("dial: %w", timedOut{}), DeadlineExceeded, true, DeadlineExceeded},
		{"an Is method that says it is a cancellation", timedOut{canceled: true}, Canceled, false, Canceled},
		{"an As method that stands for a reason", reasonAs{ReasonReachLimit}, ResourceExhausted, true, ReasonReachLimit},
		{"a nil *Error below a status", &Error{StatusCode: 502, Err: (*Error)(nil)}, Unavailable, true, Unavailable},
		{"a refused connection", fmt.Errorf("dial tcp: %w", os.NewSyscallError("connect", ErrnoRefused)), Unavailable, true, NetworkConnectionRefused},
		{"a reset connection", fmt.Errorf("read: %w", ErrnoReset), Unavailable, true, NetworkConnectionReset},
		{"an unreachable host", ErrnoUnreachable, Unavailable, true, NetworkUnreachable},
		{"a timeout of the network", fmt.Errorf("get: %w", netTimeout{}), DeadlineExceeded, true, NetworkTimeout},
		{"an answer cut off", fmt.Errorf("read body: %w", io.ErrUnexpectedEOF), Unavailable, true, NetworkTruncated},
		{"a network failure that errhttp put in the chain", &Error{Err: fmt.Errorf("%w: x509", NetworkUntrustedCertificate)}, Internal, false, NetworkUntrustedCertificate},
		{"a kind wins over a network failure", fmt.Errorf("%w: %w", Aborted, ErrnoReset), Aborted, false, Aborted},
		{"a network failure wins over a context error", errors.Join(context.Canceled, ErrnoRefused), Unavailable, true, NetworkConnectionRefused},
		{"a status wins over a network failure", &Error{StatusCode: 404, Err: io.ErrUnexpectedEOF}, NotFound, false, NotFound},
		{"an errno that is no network failure", ErrnoOther, Unknown, false, Unknown},
		{"a peer's stated kind wins over its status", &Error{StatusCode: 500, Err: statedKind{kind: Internal, retryable: false}}, Internal, false, Internal},
		{"a stated kind keeps its advice", &Error{StatusCode: 503, Err: statedKind{kind: Unavailable, retryable: false}}, Unavailable, false, Unavailable},
		{"a stated advice never widens its kind's", &Error{StatusCode: 400, Err: statedKind{kind: InvalidArgument, retryable: true}}, InvalidArgument, false, InvalidArgument},
		{"a code wins over a stated kind", &Error{Code: ServerTicketExpired, Err: statedKind{kind: Unavailable, retryable: true}}, Unauthenticated, false, ServerTicketExpired},
		{"a known reason wins over a stated kind", &Error{Reason: ReasonReachLimit, Err: statedKind{kind: Internal, retryable: false}}, ResourceExhausted, true, ReasonReachLimit},
		{"a stated kind wins over an unknown reason", &Error{Reason: "new", StatusCode: 429, Err: statedKind{kind: Aborted, retryable: false}}, Aborted, false, Aborted},
		{"a stated OK decides nothing", &Error{StatusCode: 503, Err: statedKind{kind: OK, retryable: true}}, Unavailable, true, Unavailable},
		{"a success code decides nothing", &Error{Code: ServerSuccess, StatusCode: 404}, NotFound, false, NotFound},
		{"a success code beside a failure code", errors.Join(WebExitNormal, ServerTicketExpired), Unauthenticated, false, ServerTicketExpired},
		{"a success code alone is Unknown", fmt.Errorf("w: %w", ServerSuccess), Unknown, false, Unknown},
		{"the kind OK decides nothing", fmt.Errorf("%w: %w", OK, context.Canceled), Canceled, false, Canceled},
		{"a peer's kind OK decides nothing", &Error{Err: peerStatus{OK, true}}, Unknown, false, Unknown},
		{"a peer's advice never widens its kind's", &Error{Err: peerStatus{Aborted, true}}, Aborted, false, Aborted},
		{"a status beyond HTTP's", &Error{StatusCode: 600}, Unknown, false, Unknown},
		{"a status far beyond HTTP's", &Error{StatusCode: 1 << 20}, Unknown, false, Unknown},
		{"a timeout above the caller's deadline is the caller's", fmt.Errorf("get: %w", timeoutAbove{context.DeadlineExceeded}), DeadlineExceeded, true, DeadlineExceeded},
		{"a timeout that only says it is a deadline is the network's", fmt.Errorf("get: %w", netDeadline{}), DeadlineExceeded, true, NetworkTimeout},
		{"an errno below the caller's deadline's timeout", errors.Join(timeoutAbove{context.DeadlineExceeded}, ErrnoRefused), Unavailable, true, NetworkConnectionRefused},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v := classify(tt.err)
			assert.Equal(t, tt.kind, v.kind, "kind")
			assert.Equal(t, tt.retryable, v.retryable, "retryable")
			assert.Equal(t, tt.about, v.about(), "what describes it")
			assertAgreement(t, tt.err)
		})
	}
}

// assertAgreement checks that every function that answers for a chain gives
// what classify gives.
func assertAgreement(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		assert.Equal(t, OK, KindOf(err))
		assert.False(t, Retryable(err))
		assert.Empty(t, Describe(err, language.English))
		assert.Equal(t, Answer{Kind: OK, HTTPStatus: 200}, AnswerFor(err))
		assert.Equal(t, RemedyNone, RemedyOf(err))
		return
	}
	v := classify(err)
	assert.Equal(t, v.kind, KindOf(err), "KindOf")
	assert.Equal(t, v.errorType(), ErrorType(err), "ErrorType")
	assert.True(t, boundedErrorType(ErrorType(err)), "error.type %q is not one of the library's", ErrorType(err))
	assert.Equal(t, v.retryable, Retryable(err), "Retryable")
	for _, tag := range Languages() {
		assert.Equal(t, describe(v.about(), tag), Describe(err, tag), "Describe")
	}
	delay, ok := RetryAfter(err)
	assert.Equal(t, v.retryAfter, delay, "RetryAfter")
	assert.Equal(t, v.retryAfter > 0, ok)
	assert.LessOrEqual(t, delay, MaxRetryAfter)

	a := AnswerFor(err)
	assert.Equal(t, v.remedy, RemedyOf(err), "RemedyOf")
	assert.Equal(t, v.retryable, RemedyOf(err).Retries(), "a remedy retries exactly when the advice does")
	assert.GreaterOrEqual(t, a.HTTPStatus, 400, "an answer to a failure is a failure status")
	assert.LessOrEqual(t, a.HTTPStatus, 599, "an answer to a failure is a failure status")
	if !a.Retryable {
		assert.NotContains(t, []int{429, 503}, a.HTTPStatus, "a status that invites a retry, for a failure that no retry mends")
		assert.Zero(t, a.RetryAfter, "no delay for a failure that no retry mends")
	}
	if CredentialsRefused(err) {
		assert.Equal(t, Answer{Kind: Unavailable, Retryable: true, Remedy: RemedyRetry, RetryAfter: v.retryAfter, HTTPStatus: 502}, a, "the service's own credentials")
	} else {
		assert.Equal(t, v.kind, a.Kind, "AnswerFor's kind")
		assert.Equal(t, v.retryable, a.Retryable, "AnswerFor's advice")
		assert.Equal(t, v.remedy, a.Remedy, "AnswerFor's remedy")
		switch v.source {
		case sourceCode:
			assert.Equal(t, v.code.HTTPStatus(), a.HTTPStatus, "a code's status is the code's")
		case sourceReason:
			assert.Equal(t, v.reason.HTTPStatus(), a.HTTPStatus, "a reason's status is the reason's")
		}
		if v.source == sourceCode {
			assert.Equal(t, v.code, a.Code)
		}
		if v.source == sourceReason {
			assert.Equal(t, v.reason, a.Reason)
		}
		switch v.source {
		case sourceUnknownReason, sourceNetwork:
			assert.Equal(t, describe(v.kind, language.English), a.Describe(language.English), "an answer says no more than the kind of a peer's string or of a network failure")
		default:
			assert.Equal(t, describe(v.about(), language.English), a.Describe(language.English), "AnswerFor's texts")
		}
	}
	if e, ok := err.(*Error); ok && e != nil {
		assert.Equal(t, v.kind, e.Kind(), "Error.Kind")
		assert.Equal(t, ErrorType(err), e.ErrorType(), "Error.ErrorType")
		assert.Equal(t, v.retryable, e.Retryable(), "Error.Retryable")
		attrs := map[string]slog.Value{}
		for _, a := range e.LogValue().Group() {
			attrs[a.Key] = a.Value
		}
		assert.Equal(t, v.kind.String(), attrs["kind"].String(), "LogValue's kind")
		assert.Equal(t, v.about().Description(language.English), attrs["description"].String(), "LogValue's description")
		assert.True(t, errors.Is(err, v.kind), "an *Error matches its own kind")
	}
}

// FuzzPrecedence builds chains from the fuzzer's bytes (nested *Errors,
// errors.Join, fmt.Errorf wraps, peers' statuses, context errors, unknown
// codes and reasons) and checks the functions' agreement, and the first
// step of the precedence: the first known code decides the kind.
func FuzzPrecedence(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3})
	f.Add([]byte{7, 3, 9, 12, 4})
	f.Add([]byte{1, 0x31, 6, 0x45, 11, 8})
	f.Fuzz(func(t *testing.T, program []byte) {
		if len(program) > 64 {
			program = program[:64]
		}
		err := buildChain(program)
		assertAgreement(t, err)
		// The first step, checked on a plain list of the chain's nodes.
		for _, n := range preorder(err) {
			if c, ok := n.(Code); ok && c.Known() {
				assert.Equal(t, c.Kind(), KindOf(err), "the first known code decides: %v", err)
				break
			}
		}
	})
}

// preorder lists err's chain in the order errors.Is visits it, with an
// *Error's code as a node of its own, just after the *Error.
func preorder(err error) []error {
	if err == nil {
		return nil
	}
	out := []error{err}
	if e, ok := err.(*Error); ok && e != nil && e.Code != nil {
		out = append(out, e.Code)
	}
	switch u := err.(type) {
	case interface{ Unwrap() error }:
		out = append(out, preorder(u.Unwrap())...)
	case interface{ Unwrap() []error }:
		for _, e := range u.Unwrap() {
			out = append(out, preorder(e)...)
		}
	}
	return out
}

// buildChain interprets program as a stack machine that makes an error
// chain: each byte's low nibble is an operation and its high nibble an
// argument.
func buildChain(program []byte) error {
	codes := []Code{ServerTicketExpired, ServerCode(-999), AndroidCallBusy, IOSCallDesktopFull, AndroidCode(7), ServerPubInactive, IOSCallAutoAudioFail, ServerConfrMemberTooMany}
	reasons := []Reason{ReasonReachLimit, ReasonResourceLimited, ReasonForbiddenOp, ReasonAuthBadAccessToken, "too_many", "", ReasonUnauthorized, ReasonWebApplication}
	statuses := []int{0, 200, 302, 400, 401, 403, 404, 408, 409, 429, 500, 502, 503, 504, 101, 418}
	var stack []error
	pop := func() error {
		if len(stack) == 0 {
			return nil
		}
		e := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		return e
	}
	for _, b := range program {
		arg := int(b >> 4)
		switch b & 0xf {
		case 0:
			stack = append(stack, codes[arg%len(codes)])
		case 1:
			stack = append(stack, reasons[arg%len(reasons)])
		case 2:
			stack = append(stack, Kind(arg))
		case 3:
			stack = append(stack, []error{context.Canceled, context.DeadlineExceeded, errors.New("foreign"), peerStatus{Kind(arg % 17), arg%2 == 0}}[arg%4])
		case 4:
			stack = append(stack, &Error{StatusCode: statuses[arg], Err: pop()})
		case 5:
			stack = append(stack, &Error{Code: codes[arg%len(codes)], Err: pop()})
		case 6:
			stack = append(stack, &Error{Reason: reasons[arg%len(reasons)], StatusCode: statuses[arg], Err: pop()})
		case 7:
			stack = append(stack, fmt.Errorf("wrap: %w", pop()))
		case 8:
			a, b := pop(), pop()
			stack = append(stack, errors.Join(a, b))
		case 9:
			stack = append(stack, &Error{RetryAfter: time.Duration(arg) * time.Hour / 4, Err: pop()})
		case 10:
			stack = append(stack, fmt.Errorf("%w and %w", pop(), pop()))
		case 11:
			stack = append(stack, peerStatus{Kind(arg), arg%3 == 0})
		case 12:
			stack = append(stack, []error{ErrnoRefused, io.ErrUnexpectedEOF, netTimeout{}, NetworkFailure(arg % 11)}[arg%4])
		default:
			stack = append(stack, (*Error)(nil))
		}
	}
	if len(stack) == 0 {
		return errors.New("empty")
	}
	return stack[len(stack)-1]
}

func TestBuildChainMakesChains(t *testing.T) {
	err := buildChain([]byte{0x10, 0x14, 0x07}) // ServerCode(-999) under a status 200, wrapped
	require.Error(t, err)
	c, ok := CodeOf(err)
	require.True(t, ok)
	assert.Equal(t, ServerCode(-999), c)
}

// boundedErrorType reports whether t is one of the values ErrorType can
// give: OtherErrorType, or "errcode." and the name of a constant or a type of
// the package, whatever the error's peer sent.
func boundedErrorType(t string) bool {
	if t == OtherErrorType {
		return true
	}
	name, ok := strings.CutPrefix(t, "errcode.")
	if !ok {
		return false
	}
	known := []string{"Reason", "NetworkFailure"}
	known = append(known, setTypes[1:]...)
	for _, s := range codeSets {
		for _, c := range Codes(s) {
			known = append(known, c.GoName())
		}
	}
	for _, r := range reasonTable.entries {
		known = append(known, r.goName)
	}
	for _, k := range kinds {
		known = append(known, k.goName)
	}
	for _, n := range networkFailures[1:] {
		known = append(known, n.goName)
	}
	return slices.Contains(known, name)
}

// TestErrorType gives error.type by example, for OpenTelemetry.
func TestErrorType(t *testing.T) {
	for err, want := range map[error]string{
		fmt.Errorf("join: %w", &Error{Code: ServerTicketExpired}): "errcode.ServerTicketExpired",
		IOSCallDesktopFull: "errcode.IOSCallDesktopFull",
		&Error{Reason: ReasonReachLimit, StatusCode: 429}: "errcode.ReasonReachLimit",
		ServerCode(-999): "errcode.ServerCode",
		&Error{Reason: "made_up_by_a_peer", StatusCode: 200}: "errcode.Reason",
		&Error{Reason: "made_up_by_a_peer", StatusCode: 503}: "errcode.Unavailable",
		fmt.Errorf("dial: %w", ErrnoRefused):                 "errcode.NetworkConnectionRefused",
		fmt.Errorf("call: %w", context.DeadlineExceeded):     "errcode.DeadlineExceeded",
		errors.New("foreign"):                                OtherErrorType,
	} {
		assert.Equal(t, want, ErrorType(err), "%v", err)
	}
	assert.Empty(t, ErrorType(nil))
	assert.Equal(t, OtherErrorType, (*Error)(nil).ErrorType())
	assert.Equal(t, "errcode.Unknown", Kind(99).ErrorType())
	assert.Equal(t, "errcode.NetworkFailure", NetworkFailure(0).ErrorType())
	assert.Equal(t, "errcode.AndroidCode", AndroidCode(999).ErrorType())
}

// TestStatusesThatInviteNoRetry states the status of each failure whose
// kind's status would invite a retry that does not help.
func TestStatusesThatInviteNoRetry(t *testing.T) {
	for _, tt := range []struct {
		name   string
		err    error
		status int
	}{
		{"a rate limit", peerStatus{ResourceExhausted, true}, 429},
		{"another package's ResourceExhausted that says not to retry", peerStatus{ResourceExhausted, false}, 409},
		{"another package's Unavailable that says not to retry", peerStatus{Unavailable, false}, 500},
		{"a peer's problem that states Unavailable, not retryable", &Error{StatusCode: 503, Err: statedKind{kind: Unavailable}}, 500},
		{"a full conference", ServerConfrMemberTooMany, 409},
		{"the plan's limit", &Error{Reason: ReasonResourceLimited, StatusCode: 429}, 403},
		{"reach_limit", &Error{Reason: ReasonReachLimit, StatusCode: 429}, 429},
		{"a 503 of the gateway", &Error{StatusCode: 503}, 503},
	} {
		assert.Equal(t, tt.status, AnswerFor(tt.err).HTTPStatus, tt.name)
	}
}
