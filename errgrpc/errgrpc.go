// Package errgrpc carries errcode's codes across gRPC, in Google's error
// model (AIP-193): a failure becomes a status whose message is for
// developers, in English, with an ErrorInfo that names the code, a
// LocalizedMessage for people in the caller's language, a Help link to the
// code's documentation and, when a retry can help, a RetryInfo; and such a
// status becomes the typed errcode error again on the other side, so that
// errors.Is(err, errcode.ServerTicketExpired) holds after the hop.
//
// It is a module of its own, so that importing errcode never adds gRPC to a
// program's module graph or moves its gRPC version.
package errgrpc

import (
	"errors"

	"golang.org/x/text/language"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/protoadapt"
	"google.golang.org/protobuf/types/known/anypb"
	"google.golang.org/protobuf/types/known/durationpb"

	"github.com/rtckit/errcode"
)

// Status returns the gRPC status that tells a client about err, by Google's
// error model (AIP-193), with the answer that errcode.AnswerFor gives:
//
//   - its code is codes.Code of the answer's kind (UNAVAILABLE for a
//     failure of your own service's credentials at a peer, which your
//     client can do nothing about);
//   - its message is for developers, in English: the answer's description;
//   - its details are the answer's ErrorInfo (errcode.Answer.ErrorInfo: the
//     code, reason or kind, with its advice and remedy), a
//     LocalizedMessage (the description and the hint, in the shipped
//     language that best matches tag), a Help link to the documentation of
//     the code, reason or kind (the page errcode.DocBase names, or your own
//     base, WithHelpBase), and, for a retryable failure whose upstream asked
//     for a delay (errcode.RetryAfter), a RetryInfo with that delay: never
//     one without a delay, which a client that honours RetryInfo would read
//     as "retry at once".
//
// The LocalizedMessage is there in every language, English too, so that a
// client shows people what it finds there and never the message. Nothing in
// the status is an error's own text, or a peer's message or exception:
// those are for your logs.
//
// Only the handler's own status passes through as it is: an err that is
// itself a gRPC status error (as status.Error makes it), and not one that
// says OK, which is answered as the failure it is. A status deeper in
// err's chain, such as an upstream's in fmt.Errorf("call billing: %w", err),
// is answered in errcode's words with the kind of its code, and none of its
// message or details; an upstream's UNAUTHENTICATED or PERMISSION_DENIED is
// your service's credentials refused, and is answered UNAVAILABLE. A context
// error is CANCELLED or DEADLINE_EXCEEDED; any other error gives UNKNOWN, in
// words that claim nothing of the RTC service. nil gives an OK status.
func Status(err error, tag language.Tag, opts ...Option) *status.Status {
	c := newConfig(opts)
	if err == nil {
		return status.New(codes.OK, "")
	}
	if own, ok := err.(interface{ GRPCStatus() *status.Status }); ok && !fromPeer(err) {
		// A status that says OK is no answer to a failure: it is answered
		// as the failure it is, below.
		if st := own.GRPCStatus(); st != nil && st.Code() != codes.OK {
			return st
		}
	}
	a := errcode.AnswerFor(err)
	if a.Code == nil && !errcode.Carries(err) {
		if st, ok := grpcStatus(err); ok {
			// An upstream's status, deeper in the chain: read as FromError
			// reads a peer's, without its words.
			err = errcode.FromRPCStatus(errcode.RPCStatus{Kind: kindOf(st.Code()), Err: &statusError{st}})
			a = errcode.AnswerFor(err)
		}
	}
	tag = errcode.MatchLanguage(tag.String())
	name := a.GoName()
	info := a.ErrorInfo()
	details := make([]protoadapt.MessageV1, 0, 4)
	details = append(details,
		&errdetails.ErrorInfo{Reason: info.Reason, Domain: info.Domain, Metadata: info.Metadata},
		&errdetails.LocalizedMessage{Locale: tag.String(), Message: a.Describe(tag)},
		&errdetails.Help{Links: []*errdetails.Help_Link{{
			Description: "errcode's documentation of " + name,
			Url:         c.helpBase + name,
		}}},
	)
	if a.RetryAfter > 0 {
		details = append(details, &errdetails.RetryInfo{RetryDelay: durationpb.New(a.RetryAfter)})
	}
	st := status.New(codes.Code(a.Kind), a.Description(language.English))
	if withDetails, err := st.WithDetails(details...); err == nil { // marshaling errdetails' messages cannot fail
		st = withDetails
	}
	return st
}

// FromError returns the errcode error that a gRPC status error carries, as
// errcode.FromRPCStatus reads a peer's status: a status with an ErrorInfo
// that Status attached reads as an *errcode.Error with the typed code again
// (an unknown number is kept), or with the gateway reason, or with the kind,
// advice and remedy that Status stated for a failure with no code, and its
// RetryAfter is the first RetryInfo's delay (errcode.RetryInfoDelay). Any
// other status reads as an *errcode.Error whose kind is the status's code
// (a code past gRPC's canonical ones is Unknown). nil and an OK status give
// nil; an error that is not a gRPC status is returned as it is.
//
// The error it returns is not the *errcode.Error itself but holds it
// (errors.As finds it), and gives status.FromError, status.Code and
// status.Convert the peer's status exactly as it came, code, message and
// details, so that retry policies, metrics and logs that read gRPC statuses
// go on working. The status's message is printed only as the
// *errcode.Error's Message, bounded and escaped: the result's Error is one
// line of at most errcode.MaxErrorLen bytes, whatever the peer sent. A
// status that names no errcode code or reason and whose gRPC code is
// UNAUTHENTICATED or PERMISSION_DENIED is errcode.CredentialsRefused: the
// peer refused your service's credentials.
//
// A code, reason or kind is restored only from a well-formed ErrorInfo of
// the library's (errcode.ErrorInfo.Restore); an ErrorInfo of another domain
// is another service's: it is kept in the status, and restores nothing.
func FromError(err error) error {
	if err == nil {
		return nil
	}
	st, ok := grpcStatus(err)
	if !ok {
		return err
	}
	if st.Code() == codes.OK {
		return nil
	}
	read := errcode.RPCStatus{Kind: kindOf(st.Code()), Message: st.Message(), Err: &statusError{st}}
	for _, d := range st.Proto().GetDetails() {
		switch m := unpack(d).(type) {
		case *errdetails.ErrorInfo:
			read.ErrorInfos = append(read.ErrorInfos, errorInfo(m))
		case *errdetails.RetryInfo:
			if read.RetryDelay == 0 {
				read.RetryDelay = errcode.RetryInfoDelay(m.GetRetryDelay().GetSeconds(), m.GetRetryDelay().GetNanos())
			}
		}
	}
	return &peerError{st: st, err: errcode.FromRPCStatus(read)}
}

// kindOf returns the kind of a gRPC code: the same number, and Unknown for a
// code past gRPC's canonical ones.
func kindOf(c codes.Code) errcode.Kind {
	if c > codes.Unauthenticated {
		return errcode.Unknown
	}
	return errcode.Kind(c)
}

// errorInfo returns m in the library's terms.
func errorInfo(m *errdetails.ErrorInfo) errcode.ErrorInfo {
	return errcode.ErrorInfo{Reason: m.GetReason(), Domain: m.GetDomain(), Metadata: m.GetMetadata()}
}

// Restores reports whether err is a gRPC status with an ErrorInfo that
// FromError restores a code, a gateway reason or a kind from: one that
// Status attached, in another service that uses errcode. The client
// interceptors read only such statuses, and leave every other as it was.
func Restores(err error) bool {
	st, ok := grpcStatus(err)
	if !ok || st.Code() == codes.OK {
		return false
	}
	for _, d := range st.Proto().GetDetails() {
		if info, ok := unpack(d).(*errdetails.ErrorInfo); ok {
			if _, ok := errorInfo(info).Restore(kindOf(st.Code())); ok {
				return true
			}
		}
	}
	return false
}

// peerError is what FromError returns: the *errcode.Error that a peer's
// status reads as, with the status itself, which its GRPCStatus method gives
// as it came (grpc-go's status.FromError would put the error's text in the
// message of a status it finds deeper in a chain).
type peerError struct {
	st  *status.Status
	err *errcode.Error
}

func (e *peerError) Error() string              { return e.err.Error() }
func (e *peerError) Unwrap() error              { return e.err }
func (e *peerError) GRPCStatus() *status.Status { return e.st }

// fromPeer reports whether err is a peer's status as FromError reads it,
// which Status answers in errcode's words, not as it came.
func fromPeer(err error) bool {
	switch err.(type) {
	case *peerError, *statusError:
		return true
	}
	return false
}

// statusError is a peer's status in the chain of the *errcode.Error that
// FromError returns: it prints only the code, for the message is the
// *errcode.Error's to print, bounded and escaped.
type statusError struct{ st *status.Status }

func (e *statusError) Error() string              { return "rpc error: code = " + e.st.Code().String() }
func (e *statusError) GRPCStatus() *status.Status { return e.st }

// unpack returns the message in a, or nil when it is not one of the details
// FromError reads, or does not unmarshal.
func unpack(a *anypb.Any) proto.Message {
	var m proto.Message
	switch {
	case a.MessageIs((*errdetails.ErrorInfo)(nil)):
		m = &errdetails.ErrorInfo{}
	case a.MessageIs((*errdetails.RetryInfo)(nil)):
		m = &errdetails.RetryInfo{}
	default:
		return nil
	}
	if a.UnmarshalTo(m) != nil {
		return nil
	}
	return m
}

// grpcStatus returns the status that err carries, if it is a gRPC status
// error, wrapped or not.
func grpcStatus(err error) (*status.Status, bool) {
	var se interface{ GRPCStatus() *status.Status }
	if !errors.As(err, &se) {
		return nil, false
	}
	st := se.GRPCStatus()
	return st, st != nil
}
