// Package errconnect carries errcode's codes across connect-go, in Google's
// error model (AIP-193), by the same rules as errgrpc, which the core
// package holds once (errcode.Answer.ErrorInfo, errcode.ErrorInfo.Restore,
// errcode.FromRPCStatus): a failure becomes a *connect.Error whose message is
// for developers, in English, with an ErrorInfo that names the code, a
// LocalizedMessage for people in the caller's language, a Help link and,
// when a retry can help and a delay is known, a RetryInfo; and such an
// error becomes the typed errcode error again on the other side, whichever
// of connect's protocols (Connect, gRPC, gRPC-Web) carried it, and from a
// grpc-go server with errgrpc as well.
//
// It is a module of its own, so that neither errcode nor errgrpc requires
// connect-go.
package errconnect

import (
	"errors"

	"connectrpc.com/connect"
	"golang.org/x/text/language"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/durationpb"

	"github.com/rtckit/errcode"
)

// pushbackKey is grpc-go's retry pushback (gRFC A6), which connect sends as
// a trailer over gRPC, so that a grpc-go client's retry policy follows the
// library's advice (errcode.Answer.RetryPushback); errgrpc.PushbackKey names
// it too.
const pushbackKey = "Grpc-Retry-Pushback-Ms"

// Error returns the *connect.Error that tells a client about err, with the
// answer that errcode.AnswerFor gives, as errgrpc.Status builds a status:
//
//   - its code is connect.Code of the answer's kind (connect's codes are
//     gRPC's);
//   - its message is for developers, in English: the answer's description;
//   - its details are the answer's ErrorInfo (errcode.Answer.ErrorInfo), a
//     LocalizedMessage (the description and the hint, in the shipped
//     language that best matches tag), a Help link to the documentation of
//     the code, reason or kind, and, for a retryable failure whose upstream
//     asked for a delay (errcode.Answer.RetryAfter), a RetryInfo;
//   - its metadata carries grpc-go's retry pushback (Answer.RetryPushback),
//     which connect sends as a trailer over gRPC.
//
// Nothing in it is an error's own text, or a peer's message or details:
// those are for your logs. Only a handler's own *connect.Error passes as it
// is: err itself, made by connect.NewError, and not one that a peer sent
// (connect.IsWireError), which is answered in errcode's words. nil gives
// nil.
func Error(err error, tag language.Tag, opts ...Option) *connect.Error {
	if err == nil {
		return nil
	}
	c := newConfig(opts)
	if own, ok := err.(*connect.Error); ok && !connect.IsWireError(own) {
		return own
	}
	var upstream *connect.Error
	if !errcode.Carries(err) && errors.As(err, &upstream) {
		// An upstream's error, deeper in the chain: read as FromError reads
		// a peer's, without its words.
		err = errcode.FromRPCStatus(errcode.RPCStatus{Kind: kindOf(upstream.Code()), Err: &codeError{upstream}})
	}
	a := errcode.AnswerFor(err)
	tag = errcode.MatchLanguage(tag.String())
	name := a.GoName()
	info := a.ErrorInfo()
	e := connect.NewError(connect.Code(a.Kind), errors.New(a.Description(language.English)))
	details := []proto.Message{
		&errdetails.ErrorInfo{Reason: info.Reason, Domain: info.Domain, Metadata: info.Metadata},
		&errdetails.LocalizedMessage{Locale: tag.String(), Message: a.Describe(tag)},
		&errdetails.Help{Links: []*errdetails.Help_Link{{Description: "errcode's documentation of " + name, Url: c.helpBase + name}}},
	}
	if a.RetryAfter > 0 {
		details = append(details, &errdetails.RetryInfo{RetryDelay: durationpb.New(a.RetryAfter)})
	}
	for _, d := range details {
		if detail, err := connect.NewErrorDetail(d); err == nil { // marshaling errdetails' messages cannot fail
			e.AddDetail(detail)
		}
	}
	if value, ok := a.RetryPushback(); ok {
		e.Meta().Set(pushbackKey, value)
	}
	return e
}

// FromError returns the errcode error that a *connect.Error that a peer
// sent carries, as errcode.FromRPCStatus reads a peer's status, and as
// errgrpc.FromError reads a grpc-go status: the typed code or gateway reason
// that an ErrorInfo of the library's names, or the kind, advice and remedy
// it states, else the kind of the error's code; its Message is the error's
// message, bounded and escaped when printed; its RetryAfter the first
// RetryInfo's delay. The *connect.Error itself stays in the chain, as it
// came: errors.As finds it, with its code, message, details and metadata,
// and connect's handlers send it so.
//
// An error with no *connect.Error, and one that connect made on the client
// (not connect.IsWireError: a refused connection, the caller's own
// deadline), is returned as it is: errcode.KindOf reads the failure beneath
// it. nil gives nil.
func FromError(err error) error {
	var ce *connect.Error
	if err == nil || !errors.As(err, &ce) || !connect.IsWireError(ce) {
		return err
	}
	if _, read := err.(*peerError); read {
		return err
	}
	read := errcode.RPCStatus{Kind: kindOf(ce.Code()), Message: ce.Message(), Err: &codeError{ce}}
	for _, d := range ce.Details() {
		switch m := value(d).(type) {
		case *errdetails.ErrorInfo:
			read.ErrorInfos = append(read.ErrorInfos, errcode.ErrorInfo{Reason: m.GetReason(), Domain: m.GetDomain(), Metadata: m.GetMetadata()})
		case *errdetails.RetryInfo:
			if read.RetryDelay == 0 {
				read.RetryDelay = errcode.RetryInfoDelay(m.GetRetryDelay().GetSeconds(), m.GetRetryDelay().GetNanos())
			}
		}
	}
	return &peerError{err: errcode.FromRPCStatus(read)}
}

// Restores reports whether err holds a *connect.Error that a peer sent with
// an ErrorInfo that FromError restores a code, a gateway reason or a kind
// from (errcode.ErrorInfo.Restore): one that Error or errgrpc.Status
// attached, in another service that uses errcode. The client side of the
// interceptor reads only such errors, and leaves every other as it was.
func Restores(err error) bool {
	var ce *connect.Error
	if err == nil || !errors.As(err, &ce) || !connect.IsWireError(ce) {
		return false
	}
	for _, d := range ce.Details() {
		if m, ok := value(d).(*errdetails.ErrorInfo); ok {
			info := errcode.ErrorInfo{Reason: m.GetReason(), Domain: m.GetDomain(), Metadata: m.GetMetadata()}
			if _, ok := info.Restore(kindOf(ce.Code())); ok {
				return true
			}
		}
	}
	return false
}

// value returns the message of a detail that FromError reads, or nil.
func value(d *connect.ErrorDetail) proto.Message {
	switch d.Type() {
	case "google.rpc.ErrorInfo", "google.rpc.RetryInfo":
		m, err := d.Value()
		if err != nil {
			return nil
		}
		return m
	}
	return nil
}

// kindOf returns the kind of a connect code: the same number, as connect's
// codes are gRPC's, and Unknown for one past them.
func kindOf(c connect.Code) errcode.Kind {
	if c > connect.CodeUnauthenticated {
		return errcode.Unknown
	}
	return errcode.Kind(c)
}

// peerError is what FromError returns: the *errcode.Error that a peer's
// error reads as, whose chain holds the *connect.Error as it came.
type peerError struct{ err *errcode.Error }

func (e *peerError) Error() string { return e.err.Error() }
func (e *peerError) Unwrap() error { return e.err }

// codeError is a peer's *connect.Error in the chain of the *errcode.Error
// that FromError returns: it prints only the code, for the message is the
// *errcode.Error's to print, bounded and escaped.
type codeError struct{ err *connect.Error }

func (e *codeError) Error() string { return "connect error: code = " + e.err.Code().String() }
func (e *codeError) Unwrap() error { return e.err }
