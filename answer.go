package errcode

import (
	"strings"
	"time"

	"golang.org/x/text/language"
)

// Answer is what a service tells its own client about a failure: what gives
// the failure its kind (a code, a known gateway reason, or the kind alone),
// whether to retry, and the HTTP status to answer with. It holds none of the
// failure's own text, and a network failure of the service's own call is
// answered by its kind alone: the client need not know how it failed. errhttp.WriteProblem and errgrpc.Status are built on
// it; use it to answer in a protocol of your own.
type Answer struct {
	// Code is the failure's code, known or not, so that the next service
	// can match it; else nil.
	Code Code
	// Reason is the known gateway reason that gives the failure its kind,
	// else "": an answer passes on no reason that a peer made up.
	Reason Reason
	// Kind and Retryable are KindOf(err) and Retryable(err), but for a
	// failure of your own credentials.
	Kind      Kind
	Retryable bool
	// Remedy is what the client should do: RemedyOf(err), but RemedyRetry
	// for a failure of your own credentials, which your client can only
	// wait out.
	Remedy Remedy
	// RetryAfter is the delay that the peer asked for (RetryAfter(err)),
	// passed on to a client that may retry; 0 for none, and for a failure
	// that is not retryable, whose delay would read as "retry then".
	RetryAfter time.Duration
	// HTTPStatus is the status to answer your own client with: the code's
	// or the reason's HTTPStatus, else the status of a peer's problem that
	// states the kind, else the kind's; 502 for a failure of your own
	// credentials; and never 429 or 503, which invite a retry, for a failure
	// that is not retryable (409 and 500 instead).
	HTTPStatus int
}

// AnswerFor returns the answer to err, by the precedence of KindOf, with one
// rule more: a failure of the service's own credentials at a peer
// (CredentialsRefused) is not the client's, and the client can do nothing
// about it, so it is told that the RTC service is Unavailable, retryable
// (once the credentials are mended), with the status 502 Bad Gateway, and
// neither the reason nor the status of the peer. A known reason keeps its own
// advice whatever the status it came with: a 403 forbidden_op is
// PermissionDenied and not retryable.
//
// This is the one place that chooses the status a service answers with, from
// the HTTPStatus of what gives the failure its kind.
func AnswerFor(err error) Answer {
	if err == nil {
		return Answer{Kind: OK, HTTPStatus: OK.HTTPStatus()}
	}
	v := classify(err)
	if v.credentialsRefused() {
		return Answer{Kind: Unavailable, Retryable: true, Remedy: RemedyRetry, RetryAfter: v.retryAfter, HTTPStatus: 502}
	}
	a := Answer{Kind: v.kind, Retryable: v.retryable, Remedy: v.remedy, HTTPStatus: v.kind.HTTPStatus()}
	if v.retryable {
		a.RetryAfter = v.retryAfter
	}
	switch v.source {
	case sourceCode:
		a.Code, a.HTTPStatus = v.code, v.code.HTTPStatus()
	case sourceReason:
		a.Reason, a.HTTPStatus = v.reason, v.reason.HTTPStatus()
	case sourceStated:
		// A peer's problem: its status is the one its answer chose for the
		// kind, and passing it on keeps an answer the same across hops.
		if v.status >= 400 && v.status <= 599 {
			a.HTTPStatus = v.status
		}
	}
	if !a.Retryable {
		// A status that invites a retry is never the answer to a failure
		// that no retry mends: generic HTTP clients retry 429 and 503 by
		// themselves.
		switch a.HTTPStatus {
		case 429:
			a.HTTPStatus = 409
		case 503:
			a.HTTPStatus = 500
		}
	}
	return a
}

// CredentialsRefused reports whether err is a peer refusing the calling
// service's own credentials, by what gives err its kind: a token reason
// (invalid_grant, unauthorized, auth_bad_access_token, group_authorization),
// or a 401 or 403 status (the RTC gateway's answer over HTTP), or the
// UNAUTHENTICATED or PERMISSION_DENIED of a peer's status in the cause of an
// *Error (as errgrpc.FromError reads it), or of a peer's problem that states
// no code (as errhttp.FromHTTPResponse reads it). A known code, or a known reason
// that is not about tokens, such as forbidden_op, is never such a failure.
// A service should not pass such a failure on to its own client as the
// client's: AnswerFor answers it with Unavailable and 502.
func CredentialsRefused(err error) bool {
	return err != nil && classify(err).credentialsRefused()
}

func (v verdict) credentialsRefused() bool {
	switch v.source {
	case sourceReason:
		return v.kind == Unauthenticated
	case sourceStatus:
		return v.status == 401 || v.status == 403
	case sourceKind, sourceStated:
		return v.belowError && (v.kind == Unauthenticated || v.kind == PermissionDenied)
	}
	return false
}

// describer is what has a description and a hint: a Code, a Reason, a Kind.
type describer interface {
	Description(language.Tag) string
	Hint(language.Tag) string
}

// Description returns what the failure means, in the shipped language that
// best matches tag: the code's description, else the reason's, else the
// kind's.
func (a Answer) Description(tag language.Tag) string { return a.describer().Description(tag) }

// Title returns what happened, the same for every failure of the answer's
// type (GoName), as an RFC 9457 problem's title must be: the description,
// but for an unknown code, whose description names its number, the type's,
// such as "unknown server error code".
func (a Answer) Title(tag language.Tag) string {
	if a.Code != nil && !a.Code.Known() {
		if s := a.Code.Set(); int(s) < numSetValues {
			return strings.TrimSuffix(shipped[languageIndex(tag)].unknown[s], " %d")
		}
	}
	return a.Description(tag)
}

// Hint returns what to do about the failure, from the same source as
// Description.
func (a Answer) Hint(tag language.Tag) string { return a.describer().Hint(tag) }

// Describe returns the description and the hint in one line, as Describe
// joins them.
func (a Answer) Describe(tag language.Tag) string { return describe(a.describer(), tag) }

// describer returns what the texts come from: the code, else the reason,
// else the kind.
func (a Answer) describer() describer {
	switch {
	case a.Code != nil:
		return a.Code
	case a.Reason != "":
		return a.Reason
	}
	return a.Kind
}

// describe joins d's description and hint into one sentence of the
// language.
func describe(d describer, tag language.Tag) string {
	m := shipped[languageIndex(tag)]
	return d.Description(tag) + m.separator + d.Hint(tag) + m.end
}

// MaxRetryAfter is the longest delay that the library reads from a peer or
// passes on: a peer that asks for more (a Retry-After of ten years, a
// RetryInfo past the end of time) is taken to ask for this much.
const MaxRetryAfter = time.Hour

// GoName returns the name of the constant in this package that the answer
// is about: its code's (the type's name, such as "ServerCode", for an
// unknown code), else its reason's, else its kind's. Documentation links,
// such as the "type" URIs of errhttp's problems and the Help links of
// errgrpc's statuses, end with it.
func (a Answer) GoName() string {
	switch {
	case a.Code != nil:
		if name := a.Code.GoName(); name != "" {
			return name
		}
		if s := a.Code.Set(); int(s) < len(setTypes) {
			return setTypes[s]
		}
	case a.Reason != "":
		if name := a.Reason.GoName(); name != "" {
			return name
		}
	}
	return a.Kind.GoName()
}
