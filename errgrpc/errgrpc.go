// Package errgrpc carries errcode's codes across gRPC: a failure becomes a
// status with the details of Google's error model (ErrorInfo,
// LocalizedMessage and RetryInfo), and such a status becomes the typed
// errcode error again on the other side, so that
// errors.Is(err, errcode.ServerTicketExpired) holds after the hop.
//
// It is a module of its own, so that importing errcode never adds gRPC to a
// program's module graph or moves its gRPC version.
package errgrpc

import (
	"errors"
	"strconv"

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

// The domains of the ErrorInfo that Status attaches, one per set: each says
// which set the ErrorInfo's reason and "code" metadata belong to. They are
// the module path of package errcode, which this project owns, followed by
// the set's name, and they are stable: a client may match on them.
const (
	DomainServer  = "github.com/rtckit/errcode/server"
	DomainAndroid = "github.com/rtckit/errcode/android"
	DomainIOS     = "github.com/rtckit/errcode/ios"
	DomainGateway = "github.com/rtckit/errcode/gateway" // the REST gateway's reasons, which have no number
)

// domainOf returns the domain of set's codes or reasons.
func domainOf(set errcode.Set) string {
	switch set {
	case errcode.SetAndroid:
		return DomainAndroid
	case errcode.SetIOS:
		return DomainIOS
	case errcode.SetGateway:
		return DomainGateway
	}
	return DomainServer
}

// Status returns the gRPC status that tells a client about err, in the
// shipped language that best matches tag:
//
//   - its code is codes.Code(errcode.KindOf(err)), except UNAVAILABLE for a
//     failure of your own service's credentials at the RTC gateway
//     (errcode.CredentialsRefused), which your client can do nothing about;
//   - its message is the localized description;
//   - its details are an ErrorInfo (Reason: the vendor identifier, or the
//     gateway reason; Domain: one per set; Metadata: "set", and "code" with a
//     code's number), a LocalizedMessage (the description and the hint), and,
//     for a retryable failure, a RetryInfo with the upstream's delay where
//     errcode.RetryAfter knows it.
//
// A failure with no code and no known reason has no ErrorInfo. Nothing in the
// status is an error's own text, or a peer's message or exception: those are
// for your logs.
//
// Only the handler's own status passes through as it is: an err that is
// itself a gRPC status error (as status.Error makes it). A status deeper in
// err's chain, such as an upstream's in fmt.Errorf("call billing: %w", err),
// is answered in errcode's words with the kind of its code, and none of its
// message or details; an upstream's UNAUTHENTICATED or PERMISSION_DENIED is
// your service's credentials refused, and is answered UNAVAILABLE. A context
// error is CANCELLED or DEADLINE_EXCEEDED; any other error gives UNKNOWN in
// errcode's words. nil gives an OK status.
func Status(err error, tag language.Tag) *status.Status {
	if err == nil {
		return status.New(codes.OK, "")
	}
	if own, ok := err.(interface{ GRPCStatus() *status.Status }); ok {
		if _, fromPeer := err.(*statusError); !fromPeer {
			if st := own.GRPCStatus(); st != nil {
				return st
			}
		}
	}
	a := errcode.AnswerFor(err)
	if a.Code == nil && !carriesErrcode(err) {
		if st, ok := grpcStatus(err); ok {
			// An upstream's status, deeper in the chain: read as FromError
			// reads a peer's, without its words.
			err = &errcode.Error{Err: newStatusError(st)}
			a = errcode.AnswerFor(err)
		}
	}
	tag = errcode.MatchLanguage(tag.String())
	var info *errdetails.ErrorInfo
	switch {
	case a.Code != nil:
		info = &errdetails.ErrorInfo{Reason: a.Code.String(), Domain: domainOf(a.Code.Set()), Metadata: map[string]string{"set": a.Code.Set().String(), "code": strconv.Itoa(a.Code.Int())}}
	case a.Reason != "":
		info = &errdetails.ErrorInfo{Reason: a.Reason.String(), Domain: DomainGateway, Metadata: map[string]string{"set": a.Reason.Set().String()}}
	}

	details := make([]protoadapt.MessageV1, 0, 3)
	if info != nil {
		details = append(details, info)
	}
	details = append(details, &errdetails.LocalizedMessage{Locale: tag.String(), Message: a.Describe(tag)})
	if a.Retryable {
		retry := &errdetails.RetryInfo{}
		if delay, ok := errcode.RetryAfter(err); ok {
			retry.RetryDelay = durationpb.New(delay)
		}
		details = append(details, retry)
	}
	st := status.New(codes.Code(a.Kind), a.Description(tag))
	if withDetails, err := st.WithDetails(details...); err == nil { // marshaling errdetails' messages cannot fail
		st = withDetails
	}
	return st
}

// FromError returns the errcode error that a gRPC status error carries: a
// status with an ErrorInfo that Status attached becomes an *errcode.Error
// with the typed code again (an unknown number is kept), or with the gateway
// reason, with the status's message as Message and a RetryInfo's delay,
// at most errcode.MaxRetryAfter, as RetryAfter. Any other status becomes an
// *errcode.Error whose kind is the status's code
// (errcode.KindOf(err) == errcode.Kind(st.Code()); a code past gRPC's
// canonical ones is Unknown). nil and an OK status give nil; an error that is
// not a gRPC status is returned as it is.
//
// The status stays in the result's chain, code, message, details and all:
// status.Code, status.FromError and errors.As find it, so retry policies and
// metrics that read gRPC codes go on working. Its message is printed only as
// the *errcode.Error's Message, bounded and escaped: the result's Error is
// one line of at most errcode.MaxErrorLen bytes, whatever the peer sent. A
// status that names no errcode code or reason and whose gRPC code is
// UNAUTHENTICATED or PERMISSION_DENIED is errcode.CredentialsRefused: the
// peer refused your service's credentials.
//
// A typed code is restored only from a well-formed ErrorInfo: one of
// errcode's domains, the matching "set", a "code" that fits int32, and a
// reason that is that code's identifier.
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
	e := &errcode.Error{Message: st.Message(), Err: newStatusError(st)}
	for _, d := range st.Proto().GetDetails() {
		switch m := unpack(d).(type) {
		case *errdetails.ErrorInfo:
			if e.Code == nil && e.Reason == "" {
				e.Code, e.Reason = restore(m)
			}
		case *errdetails.RetryInfo:
			if delay := m.GetRetryDelay(); delay.IsValid() && delay.AsDuration() > 0 {
				e.RetryAfter = min(delay.AsDuration(), errcode.MaxRetryAfter) // AsDuration saturates rather than overflow
			}
		}
	}
	return e
}

// statusError is a peer's status in the chain of an *errcode.Error that
// FromError returns. It gives status.Code and status.FromError the status,
// errcode.KindOf its code's kind, and prints only the code: the message is
// the *errcode.Error's to print, bounded and escaped.
type statusError struct {
	st   *status.Status
	kind errcode.Kind
}

func newStatusError(st *status.Status) *statusError {
	kind := errcode.Unknown // for a code past gRPC's canonical ones
	if st.Code() <= codes.Unauthenticated {
		kind = errcode.Kind(st.Code())
	}
	return &statusError{st: st, kind: kind}
}

func (e *statusError) Error() string              { return "rpc error: code = " + e.st.Code().String() }
func (e *statusError) GRPCStatus() *status.Status { return e.st }
func (e *statusError) Kind() errcode.Kind         { return e.kind }
func (e *statusError) Retryable() bool            { return e.kind.Retryable() }

// restore returns the code or gateway reason that a well-formed ErrorInfo of
// Status names, or nothing.
func restore(info *errdetails.ErrorInfo) (errcode.Code, errcode.Reason) {
	s, err := errcode.ParseSet(info.GetMetadata()["set"])
	if err != nil || info.GetDomain() != domainOf(s) {
		return nil, ""
	}
	if s == errcode.SetGateway {
		if info.GetReason() == "" {
			return nil, ""
		}
		return nil, errcode.Reason(info.GetReason())
	}
	n, err := strconv.ParseInt(info.GetMetadata()["code"], 10, 32)
	if err != nil || n == 0 {
		return nil, ""
	}
	c, _ := errcode.Lookup(s, int(n))
	if c == nil || c.String() != info.GetReason() {
		return nil, ""
	}
	return c, ""
}

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

// carriesErrcode reports whether err carries a code, a gateway reason or a
// kind of errcode's.
func carriesErrcode(err error) bool {
	var k interface{ Kind() errcode.Kind }
	return errors.As(err, &k)
}
