package errcode

import "golang.org/x/text/language"

// Answer is what a service tells its own client about a failure: the most
// specific of the failure's code, known gateway reason and kind, whether to
// retry, and the HTTP status to answer with. It holds none of the failure's
// own text. errhttp.WriteProblem and errgrpc.Status are built on it; use it
// to answer in a protocol of your own.
type Answer struct {
	Code       Code   // the failure's code, or nil
	Reason     Reason // the failure's gateway reason when it is known and there is no code, else ""
	Kind       Kind
	Retryable  bool
	HTTPStatus int
}

// AnswerFor returns the answer to err. Its Kind, Retryable and HTTPStatus are
// KindOf(err), Retryable(err) and HTTPStatus(err), except for a failure of
// the service's own credentials at the RTC gateway (CredentialsRefused): the
// client can do nothing about that, so it is told that the RTC service is
// Unavailable, retryable (once the credentials are mended), with the status
// 502 Bad Gateway, and neither the reason nor the status of the gateway.
func AnswerFor(err error) Answer {
	if c, ok := CodeOf(err); ok {
		// The code knows best, and asking it is cheaper than more walks of
		// the chain.
		return Answer{Code: c, Kind: c.Kind(), Retryable: c.Retryable(), HTTPStatus: c.HTTPStatus()}
	}
	if err != nil && gatewayRefused(err) {
		return Answer{Kind: Unavailable, Retryable: true, HTTPStatus: 502}
	}
	a := Answer{Kind: KindOf(err), Retryable: Retryable(err)}
	a.HTTPStatus = a.Kind.HTTPStatus()
	if r, ok := knownReasonIn(err); ok {
		a.Reason = r
	}
	return a
}

// describer is what has a description and a hint: a Code, a Reason, a Kind.
type describer interface {
	Description(language.Tag) string
	Hint(language.Tag) string
}

// most returns the most specific of a's code, reason and kind.
func (a Answer) most() describer {
	switch {
	case a.Code != nil:
		return a.Code
	case a.Reason != "":
		return a.Reason
	}
	return a.Kind
}

// Description returns what the failure means, in the shipped language that
// best matches tag: the code's description, else the reason's, else the
// kind's.
func (a Answer) Description(tag language.Tag) string { return a.most().Description(tag) }

// Hint returns what to do about the failure, from the same source as
// Description.
func (a Answer) Hint(tag language.Tag) string { return a.most().Hint(tag) }

// Describe returns the description and the hint in one line, as Describe
// joins them.
func (a Answer) Describe(tag language.Tag) string { return describe(a.most(), tag) }
