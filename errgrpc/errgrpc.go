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
	"strconv"
	"strings"
	"time"
	"unicode"

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

// The domains of the ErrorInfo that Status attaches: one per set, each
// saying which set the ErrorInfo's reason and metadata belong to, and one
// for a failure that only a kind describes. They are the module path of
// package errcode, which this project owns, followed by the set's name
// (errcode.Set's String) or "kind", for every set, those below and any
// other; and they are stable: a client may match on them.
const (
	DomainServer  = "github.com/rtckit/errcode/server"
	DomainAndroid = "github.com/rtckit/errcode/android"
	DomainIOS     = "github.com/rtckit/errcode/ios"
	DomainGateway = "github.com/rtckit/errcode/gateway" // the REST gateway's reasons, which have no number
	DomainKind    = "github.com/rtckit/errcode/kind"    // a failure with no code and no known reason: the reason is the kind
)

// domainOf returns the domain of set's codes or reasons: the module path of
// package errcode, a slash and the set's name, for every set, such as
// DomainServer, and "github.com/rtckit/errcode/web" for the web SDK's codes.
func domainOf(set errcode.Set) string { return "github.com/rtckit/errcode/" + set.String() }

// UnknownCodeReason is the ErrorInfo reason of a code that the library does
// not know; the ErrorInfo's metadata keeps its number.
const UnknownCodeReason = "UNKNOWN_CODE"

// ErrorInfoReason returns the reason of the ErrorInfo that Status attaches
// for a vendor identifier, in the form AIP-193 asks for, UPPER_SNAKE_CASE:
//
//   - an identifier in that form already stays as it is: TICKET_EXPIRED,
//     CALL_TICKET_EXPIRED, SYS_REFUSE_CHANAGE_ROLES;
//   - an iOS identifier drops its EMError prefix and splits its words:
//     EMErrorCallTicketExpired gives CALL_TICKET_EXPIRED, EMErrorCallCDNError
//     CALL_CDN_ERROR;
//   - a gateway reason is upper-cased, with spaces as underscores:
//     reach_limit gives REACH_LIMIT, "Request Entity Too Large"
//     REQUEST_ENTITY_TOO_LARGE.
//
// The mapping is stable, and no two identifiers of one set share a reason
// (a test checks every row). The identifier itself travels exactly in the
// ErrorInfo's metadata, under "name".
func ErrorInfoReason(identifier string) string {
	if upperSnake(identifier) {
		return identifier // the server's and Android's identifiers, without an allocation
	}
	identifier = strings.TrimPrefix(identifier, "EMError")
	var words []string
	for _, token := range strings.FieldsFunc(identifier, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		words = append(words, camelWords(token)...)
	}
	return strings.ToUpper(strings.Join(words, "_"))
}

// upperSnake reports whether s is already of ErrorInfoReason's form: words
// of upper-case letters and digits, joined by single underscores.
func upperSnake(s string) bool {
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' || strings.Contains(s, "__") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'A' || c > 'Z') && (c < '0' || c > '9') && c != '_' {
			return false
		}
	}
	return true
}

// camelWords splits CallCDNError into Call, CDN and Error; a token without
// lower-case letters, such as TICKET, is one word.
func camelWords(token string) []string {
	runes := []rune(token)
	var words []string
	start := 0
	for i := 1; i < len(runes); i++ {
		lowerToUpper := unicode.IsLower(runes[i-1]) && unicode.IsUpper(runes[i])
		acronymEnd := unicode.IsUpper(runes[i-1]) && unicode.IsUpper(runes[i]) && i+1 < len(runes) && unicode.IsLower(runes[i+1])
		if lowerToUpper || acronymEnd {
			words = append(words, string(runes[start:i]))
			start = i
		}
	}
	return append(words, string(runes[start:]))
}

// Status returns the gRPC status that tells a client about err, by Google's
// error model (AIP-193), with the answer that errcode.AnswerFor gives:
//
//   - its code is codes.Code of the answer's kind (UNAVAILABLE for a
//     failure of your own service's credentials at a peer, which your
//     client can do nothing about);
//   - its message is for developers, in English: the answer's description;
//   - its details are an ErrorInfo (a reason of ErrorInfoReason's form, the
//     domain of the code's set, and metadata "set", "name" with the vendor
//     identifier exactly and, for a code, "code" with its number; for a
//     failure that only a kind describes, the kind's name in DomainKind, with
//     metadata "retryable", "true" or "false": the advice, which the kind
//     alone does not always give; and in every ErrorInfo, "remedy", the
//     answer's errcode.Remedy, such as "rejoin"), a
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
			err = &errcode.Error{Err: newStatusError(st)}
			a = errcode.AnswerFor(err)
		}
	}
	tag = errcode.MatchLanguage(tag.String())
	name := a.GoName()
	details := make([]protoadapt.MessageV1, 0, 4)
	details = append(details,
		errorInfo(a),
		&errdetails.LocalizedMessage{Locale: tag.String(), Message: a.Describe(tag)},
		&errdetails.Help{Links: []*errdetails.Help_Link{{
			Description: "errcode's documentation of " + name,
			Url:         c.helpBase + name,
		}}},
	)
	if delay, ok := errcode.RetryAfter(err); ok && a.Retryable {
		details = append(details, &errdetails.RetryInfo{RetryDelay: durationpb.New(delay)})
	}
	st := status.New(codes.Code(a.Kind), a.Description(language.English))
	if withDetails, err := st.WithDetails(details...); err == nil { // marshaling errdetails' messages cannot fail
		st = withDetails
	}
	return st
}

// errorInfo returns the ErrorInfo that names what gives an answer its kind.
func errorInfo(a errcode.Answer) *errdetails.ErrorInfo {
	switch {
	case a.Code != nil:
		reason := ErrorInfoReason(a.Code.String())
		if !a.Code.Known() {
			reason = UnknownCodeReason
		}
		return &errdetails.ErrorInfo{Reason: reason, Domain: domainOf(a.Code.Set()), Metadata: map[string]string{
			"set":    a.Code.Set().String(),
			"code":   strconv.Itoa(a.Code.Int()),
			"name":   a.Code.String(),
			"remedy": a.Remedy.String(),
		}}
	case a.Reason != "":
		return &errdetails.ErrorInfo{Reason: ErrorInfoReason(a.Reason.String()), Domain: DomainGateway, Metadata: map[string]string{
			"set":    a.Reason.Set().String(),
			"name":   a.Reason.String(),
			"remedy": a.Remedy.String(),
		}}
	}
	return &errdetails.ErrorInfo{Reason: a.Kind.String(), Domain: DomainKind, Metadata: map[string]string{
		"retryable": strconv.FormatBool(a.Retryable),
		"remedy":    a.Remedy.String(),
	}}
}

// FromError returns the errcode error that a gRPC status error carries: a
// status with an ErrorInfo that Status attached reads as an *errcode.Error
// with the typed code again (an unknown number is kept), or with the gateway
// reason, or with the kind and advice that Status stated for a failure with
// no code; its Message is the status's message (unless it is only Status's
// English description of what was restored), and its RetryAfter the first
// RetryInfo's delay, at most errcode.MaxRetryAfter (a delay past the end of
// time is that cap; none, or one of 0, is no delay). Any other status reads
// as an *errcode.Error whose kind is the status's code
// (errcode.KindOf(err) == errcode.Kind(st.Code()); a code past gRPC's
// canonical ones is Unknown). nil and an OK status give nil; an error that
// is not a gRPC status is returned as it is.
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
// errcode's (Restores): one of errcode's domains, the matching "set", and a
// "name", a "code" that fits int32, and a reason that all name the same
// code; or DomainKind with the status's own code as its reason. An ErrorInfo
// of another domain is another service's: it is kept in the status, and
// restores nothing.
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
	peer := newStatusError(st)
	e := &errcode.Error{Message: st.Message(), Err: peer}
	restored, retryInfo := false, false
	for _, d := range st.Proto().GetDetails() {
		switch m := unpack(d).(type) {
		case *errdetails.ErrorInfo:
			if !restored {
				r := restore(m, st.Code())
				restored = r.ok
				e.Code, e.Reason = r.code, r.reason
				if r.stated {
					peer.retryable, peer.remedy = r.retryable, r.remedy
				}
			}
		case *errdetails.RetryInfo:
			if !retryInfo {
				retryInfo = true
				e.RetryAfter = retryDelay(m.GetRetryDelay())
			}
		}
	}
	if e.Message == errcode.AnswerFor(e).Description(language.English) {
		e.Message = "" // Status's own words for what was restored: Error says them already
	}
	return &peerError{st: st, err: e}
}

// retryDelay returns a RetryInfo's delay, at most errcode.MaxRetryAfter: 0
// for none, for a delay of 0 or less, and for one whose fields disagree in
// sign; the cap for one past the end of time, which durationpb would call
// invalid.
func retryDelay(d *durationpb.Duration) time.Duration {
	seconds, nanos := d.GetSeconds(), d.GetNanos()
	switch {
	case seconds < 0 || nanos < 0 || seconds == 0 && nanos == 0:
		return 0
	case seconds >= int64(errcode.MaxRetryAfter/time.Second):
		return errcode.MaxRetryAfter
	}
	return min(time.Duration(seconds)*time.Second+time.Duration(nanos), errcode.MaxRetryAfter)
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
		if info, ok := unpack(d).(*errdetails.ErrorInfo); ok && restore(info, st.Code()).ok {
			return true
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

// statusError is a peer's status in the chain of an *errcode.Error that
// FromError returns. It gives errcode.KindOf its code's kind and the advice
// the peer stated, and prints only the code: the message is the
// *errcode.Error's to print, bounded and escaped.
type statusError struct {
	st        *status.Status
	kind      errcode.Kind
	retryable bool
	remedy    errcode.Remedy
}

func newStatusError(st *status.Status) *statusError {
	kind := errcode.Unknown // for a code past gRPC's canonical ones
	if st.Code() <= codes.Unauthenticated {
		kind = errcode.Kind(st.Code())
	}
	return &statusError{st: st, kind: kind, retryable: kind.Retryable(), remedy: kind.Remedy()}
}

func (e *statusError) Error() string              { return "rpc error: code = " + e.st.Code().String() }
func (e *statusError) GRPCStatus() *status.Status { return e.st }
func (e *statusError) Kind() errcode.Kind         { return e.kind }
func (e *statusError) Retryable() bool            { return e.retryable }
func (e *statusError) Remedy() errcode.Remedy     { return e.remedy }

// restored is what a well-formed ErrorInfo of errcode's names: a code, a
// gateway reason, or (stated) the advice for a failure that only its kind
// describes.
type restored struct {
	code      errcode.Code
	reason    errcode.Reason
	stated    bool
	retryable bool
	remedy    errcode.Remedy
	ok        bool
}

// restore returns what a well-formed ErrorInfo of Status names, in a status
// of the gRPC code c, or nothing.
func restore(info *errdetails.ErrorInfo, c codes.Code) restored {
	md := info.GetMetadata()
	if info.GetDomain() == DomainKind {
		if c > codes.Unauthenticated || info.GetReason() != errcode.Kind(c).String() {
			return restored{}
		}
		retryable, err := strconv.ParseBool(md["retryable"])
		if err != nil {
			retryable = errcode.Kind(c).Retryable() // a Status of before the advice was stated
		}
		remedy, err := errcode.ParseRemedy(md["remedy"])
		if err != nil {
			remedy = errcode.Kind(c).Remedy() // likewise
		}
		return restored{stated: true, retryable: retryable, remedy: remedy, ok: true}
	}
	s, err := errcode.ParseSet(md["set"])
	if err != nil || info.GetDomain() != domainOf(s) {
		return restored{}
	}
	name := md["name"]
	if s == errcode.SetGateway {
		if name == "" || info.GetReason() != ErrorInfoReason(name) {
			return restored{}
		}
		return restored{reason: errcode.Reason(name), ok: true}
	}
	n, err := strconv.ParseInt(md["code"], 10, 32)
	if err != nil || n == 0 {
		return restored{}
	}
	code, known := errcode.Lookup(s, int(n))
	if code == nil || code.String() != name {
		return restored{}
	}
	want := UnknownCodeReason
	if known {
		want = ErrorInfoReason(name)
	}
	if info.GetReason() != want {
		return restored{}
	}
	return restored{code: code, ok: true}
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
