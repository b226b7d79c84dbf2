package errcode

import (
	"context"
	"time"

	"golang.org/x/text/language"
)

// What knows more wins. Every function that answers a question about an
// error chain (KindOf, Retryable, Describe, RetryAfter, AnswerFor, and
// through them an *Error's own methods, errhttp.WriteProblem and
// errgrpc.Status) takes its answer from classify, which applies this
// precedence once, over the whole chain, in the order errors.Is walks it:
//
//  1. a code: the first known code, else the first unknown one (whose kind
//     is Unknown, not retryable: nothing says what to do about it), with
//     its kind, advice and texts;
//  2. else a known gateway reason: its kind, advice and texts;
//  3. else the first failure HTTP status of an *Error: the status's kind
//     (401 Unauthenticated, 429 ResourceExhausted, 5xx Unavailable, …) and
//     advice (408, 429 and 5xx are retryable);
//  4. else the first error with a Kind() Kind method (a Kind, or another
//     package's error that has one): that kind, and the error's own
//     Retryable() bool if it has one, else the kind's advice;
//  5. else the first network failure (a NetworkFailure, or what the standard
//     library's errors say of one: a timeout, a refused or reset
//     connection, an unreachable network, an answer cut off): its kind,
//     advice and texts;
//  6. else context.Canceled (Canceled) or context.DeadlineExceeded
//     (DeadlineExceeded, retryable);
//  7. else an unknown gateway reason: Unknown, not retryable, with the texts
//     that say the reason is unknown;
//  8. else Unknown, not retryable.
//
// A code is what the peer said the failure is, so even an unknown one wins
// over a status: the status of an answer is derived from its code, and
// reading it back as more would change the failure's kind at every hop. An
// unknown reason is a string, and the gateway's statuses are documented, so
// the status wins over it. RetryAfter is the delay of the first *Error that
// has one.

// source is the step of the precedence that decided a verdict.
type source uint8

const (
	sourceNone source = iota
	sourceCode
	sourceReason
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
	code       Code   // the first code, known or not: what an answer passes on
	reason     Reason // the reason that decided, known or not
	network    NetworkFailure
	status     int // the status that decided
	retryAfter time.Duration
	// belowError reports whether the kind of sourceKind was found in the
	// cause of an *Error: a peer's status, as errgrpc.FromError reads it.
	belowError bool
}

// finds is what one walk of a chain collects: the first of each thing the
// precedence asks about.
type finds struct {
	knownCode, unknownCode     Code
	knownReason, unknownReason Reason
	status                     int
	kinder                     kinder
	kinderBelowError           bool
	network                    NetworkFailure // or 0 for none
	context                    Kind           // Canceled, DeadlineExceeded, or OK for none
	retryAfter                 time.Duration
}

// kinder is an error that knows its kind: every Code, Reason, *Error and
// Kind, and any other package's error that has the method.
type kinder interface{ Kind() Kind }

// retryabler is an error that knows whether to retry it.
type retryabler interface{ Retryable() bool }

// classify applies the precedence to err's chain.
func classify(err error) verdict {
	var f finds
	f.walk(err, false)
	v := verdict{code: f.knownCode, retryAfter: f.retryAfter}
	if v.code == nil {
		v.code = f.unknownCode
	}
	switch {
	case v.code != nil:
		v.source, v.kind, v.retryable = sourceCode, v.code.Kind(), v.code.Retryable()
	case f.knownReason != "":
		v.source, v.kind, v.retryable, v.reason = sourceReason, f.knownReason.Kind(), f.knownReason.Retryable(), f.knownReason
	case f.status != 0:
		v.source, v.kind, v.status = sourceStatus, kindOfStatus(f.status), f.status
		v.retryable = v.kind.Retryable()
	case f.kinder != nil:
		v.source, v.kind, v.belowError = sourceKind, f.kinder.Kind().Kind(), f.kinderBelowError
		if r, ok := f.kinder.(retryabler); ok {
			v.retryable = r.Retryable()
		} else {
			v.retryable = v.kind.Retryable()
		}
	case f.network != 0:
		v.source, v.kind, v.retryable, v.network = sourceNetwork, f.network.Kind(), f.network.Retryable(), f.network
	case f.context != OK:
		v.source, v.kind, v.retryable = sourceContext, f.context, f.context.Retryable()
	case f.unknownReason != "":
		v.source, v.kind, v.reason = sourceUnknownReason, Unknown, f.unknownReason
	default:
		v.source, v.kind = sourceNone, Unknown
	}
	return v
}

// walk visits err's chain as errors.Is does, depth first, and keeps the
// first of each thing it finds. belowError tells whether err is in the cause
// of an *Error.
func (f *finds) walk(err error, belowError bool) {
	for err != nil {
		switch x := err.(type) {
		case *Error:
			if x == nil {
				return
			}
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
			f.code(x)
			return
		case Reason:
			f.reason(x)
			return
		case NetworkFailure:
			if f.network == 0 && x.valid() {
				f.network = x
			}
			return
		case Kind:
			if f.kinder == nil {
				f.kinder, f.kinderBelowError = x, belowError
			}
			return
		case kinder:
			if f.kinder == nil {
				f.kinder, f.kinderBelowError = x, belowError
			}
		}
		if f.network == 0 {
			f.network, _ = networkFailureOf(err)
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
				f.code(c)
			}
			var r Reason
			if as.As(&r) && r != "" {
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

func (f *finds) code(c Code) {
	switch {
	case c.Known():
		if f.knownCode == nil {
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

// KindOf returns the kind of err, by the precedence that every function of
// the package follows (README, "What knows more wins"): a code's, else a
// known gateway reason's, else a failure status's, else that of an error
// with a Kind method, else Canceled or DeadlineExceeded for a context error,
// else Unknown. nil is OK.
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
// precedence of KindOf (a code, a reason, else the kind itself). It never
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
