package errcode

import (
	"context"
	"time"

	"golang.org/x/text/language"
)

// classify applies the precedence that KindOf's doc comment states, the one
// place it is written; every function that answers a question about an
// error chain takes its answer from classify.

// source is the step of the precedence that decided a verdict.
type source uint8

const (
	sourceNone source = iota
	sourceCode
	sourceReason
	sourceStated
	sourceStatus
	sourceKind
	sourceNetwork
	sourceContext
	sourceUnknownReason
)

// verdict is what classify finds in a chain.
type verdict struct {
	source     source
	kind       Kind
	retryable  bool
	remedy     Remedy // what gives the verdict its kind says, made to agree with retryable
	code       Code   // the first code, known or not: what an answer passes on
	reason     Reason // the reason that decided, known or not
	network    NetworkFailure
	status     int // the status that decided, or that came with a stated kind
	retryAfter time.Duration
	// belowError reports whether the kind of sourceKind or sourceStated
	// was found in the cause of an *Error: a peer's answer, as errhttp and
	// errgrpc read it.
	belowError bool
	// ours reports whether the chain holds anything of the library's.
	ours bool
}

// finds is what one walk of a chain collects: the first of each thing the
// precedence asks about.
type finds struct {
	knownCode, unknownCode     Code
	knownReason, unknownReason Reason
	stated                     statedKind // kind OK for none
	status                     int
	kinder                     kinder
	kinderBelowError           bool
	network                    NetworkFailure // or 0 for none
	deadlines                  int            // how many times context.DeadlineExceeded itself was found
	context                    Kind           // Canceled, DeadlineExceeded, or OK for none
	retryAfter                 time.Duration
	ours                       bool
	// nodes counts the errors visited, so that a chain deeper than
	// MaxChainDepth is read no further.
	nodes int
}

// MaxChainDepth is how many errors of a chain the library reads: a chain
// longer than that, which no program makes but a hostile or broken one, is
// judged by its first MaxChainDepth errors, so that reading it costs time
// and memory in proportion to that bound, never more.
const MaxChainDepth = 1 << 10

// kinder is an error that knows its kind: every Code, Reason, *Error and
// Kind, and any other package's error that has the method.
type kinder interface{ Kind() Kind }

// retryabler is an error that knows whether to retry it.
type retryabler interface{ Retryable() bool }

// statedKind is the kind and advice that a peer's answer states for a
// failure with no code or known reason: the "kind" and "retryable" members
// of a problem that errhttp.WriteProblem wrote in another service. It sits in
// the chain of the *Error that reads the answer.
type statedKind struct {
	kind      Kind
	retryable bool
	remedy    Remedy // the kind's, where the answer states none
}

func (s statedKind) Error() string {
	advice := "not retryable"
	if s.retryable {
		advice = "retryable"
	}
	return "the peer answered " + s.kind.String() + ", " + advice
}

// Kind returns the stated kind.
func (s statedKind) Kind() Kind { return s.kind.Kind() }

// Retryable returns the stated advice.
func (s statedKind) Retryable() bool { return s.retryable }

// classify applies the precedence to err's chain.
func classify(err error) verdict {
	var f finds
	f.walk(err, false)
	v := verdict{code: f.knownCode, retryAfter: f.retryAfter, ours: f.ours}
	if v.code == nil {
		v.code = f.unknownCode
	}
	switch {
	case v.code != nil:
		v.source, v.kind, v.retryable, v.remedy = sourceCode, v.code.Kind(), v.code.Retryable(), v.code.Remedy()
	case f.knownReason != "":
		v.source, v.kind, v.retryable, v.reason = sourceReason, f.knownReason.Kind(), f.knownReason.Retryable(), f.knownReason
		v.remedy = f.knownReason.Remedy()
	case f.stated.kind != OK:
		v.source, v.kind, v.belowError, v.status = sourceStated, f.stated.Kind(), true, f.status
		v.retryable, v.remedy = f.stated.retryable && v.kind.Retryable(), f.stated.remedy
	case f.status != 0:
		v.source, v.kind, v.status = sourceStatus, kindOfStatus(f.status), f.status
		v.retryable, v.remedy = v.kind.Retryable(), v.kind.Remedy()
	case f.kinder != nil:
		v.source, v.kind, v.belowError = sourceKind, f.kinder.Kind().Kind(), f.kinderBelowError
		v.retryable, v.remedy = v.kind.Retryable(), v.kind.Remedy()
		if r, ok := f.kinder.(retryabler); ok {
			v.retryable = v.retryable && r.Retryable()
		}
		if r, ok := f.kinder.(remedier); ok {
			v.remedy = r.Remedy()
		}
	case f.network != 0:
		v.source, v.kind, v.retryable, v.network = sourceNetwork, f.network.Kind(), f.network.Retryable(), f.network
		v.remedy = f.network.Remedy()
	case f.context != OK:
		v.source, v.kind, v.retryable, v.remedy = sourceContext, f.context, f.context.Retryable(), f.context.Remedy()
	case f.unknownReason != "":
		v.source, v.kind, v.reason, v.remedy = sourceUnknownReason, Unknown, f.unknownReason, RemedyInvestigate
	default:
		v.source, v.kind, v.remedy = sourceNone, Unknown, RemedyInvestigate
	}
	// A remedy that a peer or another package states may disagree with the
	// advice, which only narrows: the advice wins.
	v.remedy = consistentRemedy(v.remedy, v.retryable)
	return v
}

// walk visits err's chain as errors.Is does, depth first, and keeps the
// first of each thing it finds. belowError tells whether err is in the cause
// of an *Error.
func (f *finds) walk(err error, belowError bool) {
	// A timeout that only a Timeout method says is the caller's own
	// deadline where context.DeadlineExceeded is below it: then it is no
	// network failure, and one found later may be.
	byTimeout, deadlinesBefore := false, 0
	defer func() {
		if byTimeout && f.deadlines > deadlinesBefore {
			f.network = 0
		}
	}()
	for err != nil {
		if f.nodes++; f.nodes > MaxChainDepth {
			return
		}
		switch x := err.(type) {
		case *Error:
			if x == nil {
				return
			}
			f.ours = true
			if x.Code != nil {
				f.code(x.Code)
			}
			if x.Reason != "" {
				f.reason(x.Reason)
			}
			if f.status == 0 && failureStatus(x.StatusCode) {
				f.status = x.StatusCode
			}
			if f.retryAfter == 0 && x.RetryAfter > 0 {
				f.retryAfter = min(x.RetryAfter, MaxRetryAfter)
			}
			err, belowError = x.Err, true
			continue
		case Code:
			f.ours = true
			f.code(x)
			return
		case Reason:
			f.ours = true
			f.reason(x)
			return
		case NetworkFailure:
			f.ours = true
			if f.network == 0 && x.valid() {
				f.network = x
			}
			return
		case Kind:
			f.ours = true
			f.kind(x, belowError)
			return
		case statedKind:
			f.ours = true
			if f.stated.kind == OK {
				f.stated = x
			}
			return
		case kinder:
			f.ours = true
			f.kind(x, belowError)
		}
		if err == context.DeadlineExceeded {
			f.deadlines++
		}
		if f.network == 0 {
			f.network, byTimeout = networkFailureOf(err)
			deadlinesBefore = f.deadlines
		}
		if f.context == OK {
			switch {
			case err == context.Canceled:
				f.context = Canceled
			case err == context.DeadlineExceeded:
				f.context = DeadlineExceeded
			default:
				if is, ok := err.(interface{ Is(error) bool }); ok {
					if is.Is(context.Canceled) {
						f.context = Canceled
					} else if is.Is(context.DeadlineExceeded) {
						f.context = DeadlineExceeded
					}
				}
			}
		}
		if as, ok := err.(interface{ As(any) bool }); ok {
			// Another package's error may stand for a code or a reason,
			// as errors.As would find it.
			var c Code
			if as.As(&c) && c != nil {
				f.ours = true
				f.code(c)
			}
			var r Reason
			if as.As(&r) && r != "" {
				f.ours = true
				f.reason(r)
			}
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				f.walk(e, belowError)
			}
			return
		default:
			return
		}
	}
}

// code keeps c if it is the first known code, or the first unknown one; a
// success code decides nothing.
func (f *finds) code(c Code) {
	switch {
	case c.Known():
		if f.knownCode == nil && c.Kind() != OK {
			f.knownCode = c
		}
	case f.unknownCode == nil:
		f.unknownCode = c
	}
}

func (f *finds) reason(r Reason) {
	switch {
	case r.Known():
		if f.knownReason == "" {
			f.knownReason = r
		}
	case f.unknownReason == "":
		f.unknownReason = r
	}
}

// kind keeps k if it is the first error with a kind that is not OK.
func (f *finds) kind(k kinder, belowError bool) {
	if f.kinder == nil && k.Kind().Kind() != OK {
		f.kinder, f.kinderBelowError = k, belowError
	}
}

// Carries reports whether err's chain holds anything of the library's: a
// code, a gateway reason, an *Error, a Kind, a NetworkFailure, or another
// package's error with a Kind method, such as a peer's gRPC status as
// errgrpc.FromError reads it. These are what the precedence answers from
// more than an error's text. A foreign error, a context error or an errno
// alone is not the library's, though the precedence reads a kind from it:
// an adapter that lives inside someone else's service answers only what
// Carries, and leaves the rest as it was (errgrpc's server interceptors do,
// unless told to answer every error). nil carries nothing.
func Carries(err error) bool { return err != nil && classify(err).ours }

// about returns what describes the verdict to people: the code or reason
// that decided it, else its kind.
func (v verdict) about() describer {
	switch v.source {
	case sourceCode:
		return v.code
	case sourceReason, sourceUnknownReason:
		return v.reason
	case sourceNetwork:
		return v.network
	}
	return v.kind
}

// KindOf returns the kind of err. What knows more wins: every function that
// answers a question about an error chain (KindOf, Retryable, Describe,
// RetryAfter, ErrorType, AnswerFor, CredentialsRefused, Carries, an
// [*Error]'s own methods, and errhttp.WriteProblem and errgrpc.Status
// through AnswerFor) applies this precedence, once, over the whole chain, in
// the order errors.Is walks it:
//
//  1. a code: the first known code, else the first unknown one (whose kind
//     is Unknown, not retryable: nothing says what to do about it), with
//     its kind, advice and texts;
//  2. else a known gateway reason: its kind, advice and texts;
//  3. else the kind and advice that a peer's answer stated for a failure
//     with no code, as errhttp.FromHTTPResponse reads them from a problem
//     that errhttp.WriteProblem wrote;
//  4. else the first failure HTTP status of an [*Error]: the status's kind
//     (401 Unauthenticated, 403 PermissionDenied, 404 NotFound, 408
//     DeadlineExceeded, 409 Aborted, 429 ResourceExhausted, any other 4xx
//     InvalidArgument, 5xx Unavailable) and advice (408, 429 and 5xx are
//     retryable); a 1xx, a 3xx or a number outside 100–599 is Unknown, not
//     retryable;
//  5. else the first error with a Kind() Kind method (a [Kind], or another
//     package's error that has one, such as a peer's gRPC status as
//     errgrpc.FromError reads it): that kind, and the error's own
//     Retryable() bool if it has one, else the kind's advice;
//  6. else the first network failure (a [NetworkFailure], or what the
//     standard library's errors say of one: a timeout, a refused or reset
//     connection, an unreachable network, an answer cut off): its kind,
//     advice and texts;
//  7. else context.Canceled (Canceled) or context.DeadlineExceeded
//     (DeadlineExceeded, retryable), or an error whose Is method says it is
//     one;
//  8. else an unknown gateway reason: Unknown, not retryable, with the texts
//     that say the reason is unknown;
//  9. else Unknown, not retryable.
//
// Three rules hold at every step. Nothing whose kind is OK decides: a
// success code ([ServerSuccess], [WebExitNormal]) or the kind OK in a
// failure's chain is passed over, so that a non-nil error is never OK.
// Advice only narrows: an error's own Retryable, or a peer's stated advice,
// may say not to retry a kind that is retryable, never to retry one that is
// not. And a timeout is the network's ([NetworkTimeout]) unless it is the
// caller's own context's: an error whose Timeout method reports true, as a
// dial, a TLS handshake, http.Client.Timeout and a transport's
// ResponseHeaderTimeout give, is NetworkTimeout, but one with
// context.DeadlineExceeded itself below it in the chain (what a context's
// Err returns, and net/http wraps when the request's context ran out) is
// the caller's deadline, step 7.
//
// A code is what the peer said the failure is, so even an unknown one wins
// over a status: the status of an answer is derived from its code, and
// reading it back as more would change the failure's kind at every hop. The
// same holds of a problem's stated kind. An unknown reason is a string, and
// the gateway's statuses are documented, so the status wins over it.
// [RetryAfter] is the delay of the first [*Error] that has one. A chain is
// read no further than [MaxChainDepth] errors. nil is OK.
func KindOf(err error) Kind {
	if err == nil {
		return OK
	}
	return classify(err).kind
}

// Retryable reports whether err is worth retrying unchanged, by the same
// precedence as KindOf: the advice of whatever gives err its kind. false for
// nil, and for an error that nothing in the chain says anything of.
//
// The advice assumes that repeating the request is safe. A request that
// timed out (DeadlineExceeded) or found the service unavailable may have
// been carried out: retry it automatically only if it is idempotent.
func Retryable(err error) bool {
	return err != nil && classify(err).retryable
}

// RemedyOf returns who must do what about err, by the same precedence as
// KindOf: the remedy of whatever gives err its kind (a code's, a reason's,
// a network failure's, a peer's stated one, else the kind's). It retries
// (RemedyRetry, RemedySlowDown) exactly when Retryable(err) is true: a
// remedy that a peer states against the advice gives way to RemedyRetry or
// RemedyInvestigate. nil gives RemedyNone; an error that nothing in the
// chain says anything of, RemedyInvestigate.
func RemedyOf(err error) Remedy {
	if err == nil {
		return RemedyNone
	}
	return classify(err).remedy
}

// MayHaveTakenEffect reports whether the call that failed with err may have
// been carried out by the peer all the same, so that sending it again could
// do it twice (create two conferences, send a message twice). It reads the
// chain by the precedence of KindOf:
//
//   - false where the request cannot have been carried out: a connection
//     refused, a host name that does not exist or could not be looked up,
//     a network that cannot be reached, a certificate not trusted, a
//     malformed URL (each before any byte of the request was sent); and an
//     answer that refused the request: a failure code, a gateway reason, a
//     4xx status, 429 or 503 (which say that the request was not
//     processed), or a peer's gRPC status that refused it (such as
//     INVALID_ARGUMENT, NOT_FOUND, RESOURCE_EXHAUSTED, UNAUTHENTICATED);
//   - true where it may have been: a timeout, a reset connection and an
//     answer cut off (the request may have arrived before), a 5xx status
//     other than 503 (a gateway's 502 or 504 says nothing of whether the
//     service behind it acted), a peer's gRPC UNAVAILABLE, DEADLINE_EXCEEDED,
//     INTERNAL or UNKNOWN (gRPC gives them to a call that broke after it was
//     sent), the caller's own context ending (the call may have gone out),
//     and a failure the library knows nothing of.
//
// A call that is not idempotent is retried only when this reports false
// (Retry does so). nil reports true: the call succeeded.
func MayHaveTakenEffect(err error) bool {
	if err == nil {
		return true
	}
	return classify(err).mayHaveTakenEffect()
}

func (v verdict) mayHaveTakenEffect() bool {
	switch v.source {
	case sourceCode, sourceReason, sourceUnknownReason:
		return false // the RTC service answered, and its answer is a refusal
	case sourceStated, sourceStatus:
		return v.status >= 500 && v.status != 503 || v.status == 0 && v.kind == DeadlineExceeded
	case sourceKind:
		switch v.kind {
		case InvalidArgument, NotFound, AlreadyExists, PermissionDenied, ResourceExhausted,
			FailedPrecondition, OutOfRange, Unimplemented, Unauthenticated:
			return false // a peer's status that refused the call
		}
		return true // gRPC's UNAVAILABLE, too, is what a call that broke after it was sent gets
	case sourceNetwork:
		switch v.network {
		case NetworkTimeout, NetworkConnectionReset, NetworkTruncated:
			return true
		}
		return false
	}
	return true
}

// RetryAfter returns how long the first *Error in err's chain that says so
// asks the caller to wait before a retry, at most MaxRetryAfter: the peer's
// Retry-After, kept by errhttp.FromHTTPResponse, or a gRPC RetryInfo, kept
// by errgrpc. It says nothing of whether to retry at all; Retryable does.
func RetryAfter(err error) (time.Duration, bool) {
	if err == nil {
		return 0, false
	}
	d := classify(err).retryAfter
	return d, d > 0
}

// Describe returns a one-line, localized account of err for people: what
// happened, then what to do, from whatever gives err its kind by the
// precedence of KindOf (a code, a reason, a network failure, else the kind
// itself). It never
// shows an error's own text, a peer's message or anything else that is not
// the library's: those are for logs. nil gives "".
func Describe(err error, tag language.Tag) string {
	if err == nil {
		return ""
	}
	return describe(classify(err).about(), tag)
}

// OtherErrorType is what ErrorType gives an error that carries nothing the
// library knows: OpenTelemetry's value for an error.type that is not among
// the known ones.
const OtherErrorType = "_OTHER"

// ErrorType returns err's error.type, as OpenTelemetry's semantic
// conventions ask for it: a stable value of low cardinality, by the
// precedence of KindOf. It is "errcode." and the Go name of what gives err
// its kind: "errcode.ServerTicketExpired" for a code,
// "errcode.ReasonReachLimit" for a gateway reason,
// "errcode.NetworkConnectionRefused" for a network failure,
// "errcode.Unavailable" for a kind alone, such as a gateway's 503. An unknown
// code gives its type ("errcode.ServerCode"), an unknown reason
// "errcode.Reason", so that no peer can mint a value; an error with nothing
// of the library's gives OtherErrorType, and nil "". The values are stable
// within v1, as the constants' names are.
//
// *Error, the codes, Reason, Kind and NetworkFailure have an ErrorType
// method that gives the same, so that OpenTelemetry's semconv.ErrorType finds
// it in any chain without this module depending on OpenTelemetry.
func ErrorType(err error) string {
	if err == nil {
		return ""
	}
	return classify(err).errorType()
}

func (v verdict) errorType() string {
	switch v.source {
	case sourceCode:
		return codeErrorType(v.code)
	case sourceReason, sourceUnknownReason:
		return v.reason.ErrorType()
	case sourceNetwork:
		return v.network.ErrorType()
	case sourceNone:
		return OtherErrorType
	}
	return v.kind.ErrorType()
}

// codeErrorType is a code's error.type: its constant, or its type for an
// unknown code.
func codeErrorType(c Code) string {
	if name := c.GoName(); name != "" {
		return "errcode." + name
	}
	return "errcode." + setTypes[c.Set()]
}

// ErrorType returns ErrorType(e): the error.type of what gives e its kind.
func (e *Error) ErrorType() string {
	if e == nil {
		return OtherErrorType
	}
	return classify(e).errorType()
}

// ErrorType returns the kind's error.type, such as "errcode.Unavailable";
// "errcode.Unknown" for a value past Unauthenticated.
func (k Kind) ErrorType() string { return "errcode." + k.Kind().GoName() }

// ErrorType returns the reason's error.type, such as
// "errcode.ReasonReachLimit"; "errcode.Reason" for a reason the gateway's
// documentation does not list.
func (r Reason) ErrorType() string {
	if name := r.GoName(); name != "" {
		return "errcode." + name
	}
	return "errcode.Reason"
}

// ErrorType returns the failure's error.type, such as
// "errcode.NetworkConnectionRefused"; "errcode.NetworkFailure" for a value
// that is none.
func (n NetworkFailure) ErrorType() string {
	if n.valid() {
		return "errcode." + n.GoName()
	}
	return "errcode.NetworkFailure"
}
