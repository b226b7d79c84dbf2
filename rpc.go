package errcode

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/language"
)

// This file holds the rules by which an RPC status carries a failure in
// Google's error model (AIP-193), once, for every RPC stack: errgrpc and
// errconnect turn them into their own types (errdetails' messages, a
// grpc-go status, a *connect.Error) and add nothing of their own.

// ErrorInfo is a google.rpc.ErrorInfo without its protobuf type: the reason,
// the domain and the metadata that name a failure in an RPC status.
type ErrorInfo struct {
	Reason   string
	Domain   string
	Metadata map[string]string
}

// KindDomain is the domain of the ErrorInfo of a failure that only a kind
// describes: its reason is the kind's name, such as "UNAVAILABLE".
const KindDomain = "github.com/rtckit/errcode/kind"

// UnknownCodeReason is the ErrorInfo reason of a code that the library does
// not know; the ErrorInfo's metadata keeps its number.
const UnknownCodeReason = "UNKNOWN_CODE"

// ErrorInfoDomain returns the domain of the ErrorInfo of set's codes or
// reasons: this module's path, a slash and the set's name, such as
// "github.com/rtckit/errcode/server" or "github.com/rtckit/errcode/gateway".
// It is stable: a client may match on it.
func ErrorInfoDomain(set Set) string { return "github.com/rtckit/errcode/" + set.String() }

// ErrorInfoReason returns the reason of the ErrorInfo for a vendor
// identifier, in the form AIP-193 asks for, UPPER_SNAKE_CASE:
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

// ErrorInfo returns the ErrorInfo that names what gives the answer its
// kind: for a code, a reason of ErrorInfoReason's form (UnknownCodeReason
// for an unknown code), the domain of its set, and metadata "set", "code"
// (its number) and "name" (the vendor identifier, exactly); for a gateway
// reason, the same without "code"; for a failure that only a kind
// describes, the kind's name in KindDomain, with metadata "retryable",
// "true" or "false" (the advice, which the kind alone does not always
// give). Every ErrorInfo has "remedy", the answer's Remedy.
func (a Answer) ErrorInfo() ErrorInfo {
	switch {
	case a.Code != nil:
		reason := ErrorInfoReason(a.Code.String())
		if !a.Code.Known() {
			reason = UnknownCodeReason
		}
		return ErrorInfo{Reason: reason, Domain: ErrorInfoDomain(a.Code.Set()), Metadata: map[string]string{
			"set":    a.Code.Set().String(),
			"code":   strconv.Itoa(a.Code.Int()),
			"name":   a.Code.String(),
			"remedy": a.Remedy.String(),
		}}
	case a.Reason != "":
		return ErrorInfo{Reason: ErrorInfoReason(a.Reason.String()), Domain: ErrorInfoDomain(SetGateway), Metadata: map[string]string{
			"set":    SetGateway.String(),
			"name":   a.Reason.String(),
			"remedy": a.Remedy.String(),
		}}
	}
	return ErrorInfo{Reason: a.Kind.String(), Domain: KindDomain, Metadata: map[string]string{
		"retryable": strconv.FormatBool(a.Retryable),
		"remedy":    a.Remedy.String(),
	}}
}

// Restored is what a well-formed ErrorInfo of the library's names: a
// code, a gateway reason, or, for a failure that only its kind describes,
// the advice and the remedy that the answer stated.
type Restored struct {
	Code   Code   // nil for none
	Reason Reason // "" for none
	// Stated reports that the ErrorInfo names no code or reason, and states
	// Retryable and Remedy for the status's kind.
	Stated    bool
	Retryable bool
	Remedy    Remedy
}

// Restore returns what info names in an RPC status whose code is the kind
// status, and whether it is one of the library's, well formed: one of the
// library's domains, the matching "set", and a "name", a "code" that fits
// int32, and a reason that all name the same code (or reason); or
// KindDomain with the status's own kind as its reason. An ErrorInfo of
// another domain is another service's, and restores nothing: a reader
// keeps it in the status as it came.
func (info ErrorInfo) Restore(status Kind) (Restored, bool) {
	md := info.Metadata
	if info.Domain == KindDomain {
		if !status.valid() || info.Reason != status.String() {
			return Restored{}, false
		}
		retryable, err := strconv.ParseBool(md["retryable"])
		if err != nil {
			retryable = status.Retryable() // an answer of before the advice was stated
		}
		remedy, err := ParseRemedy(md["remedy"])
		if err != nil {
			remedy = status.Remedy() // likewise
		}
		return Restored{Stated: true, Retryable: retryable, Remedy: remedy}, true
	}
	s, err := ParseSet(md["set"])
	if err != nil || info.Domain != ErrorInfoDomain(s) {
		return Restored{}, false
	}
	name := md["name"]
	if s == SetGateway {
		if name == "" || info.Reason != ErrorInfoReason(name) {
			return Restored{}, false
		}
		return Restored{Reason: Reason(name)}, true
	}
	n, err := strconv.ParseInt(md["code"], 10, 32)
	if err != nil || n == 0 {
		return Restored{}, false
	}
	code, known := Lookup(s, int(n))
	if code == nil || code.String() != name {
		return Restored{}, false
	}
	want := UnknownCodeReason
	if known {
		want = ErrorInfoReason(name)
	}
	if info.Reason != want {
		return Restored{}, false
	}
	return Restored{Code: code}, true
}

// RetryInfoDelay returns the delay of a google.rpc.RetryInfo, given as its
// Duration's seconds and nanoseconds, as the library reads it: at most
// MaxRetryAfter, and the cap for a delay past the end of time, which
// protobuf's durations would call invalid; 0, which is no delay, for none,
// for a delay of 0 or less, and for one whose fields disagree in sign.
func RetryInfoDelay(seconds int64, nanos int32) time.Duration {
	switch {
	case seconds < 0 || nanos < 0 || seconds == 0 && nanos == 0:
		return 0
	case seconds >= int64(MaxRetryAfter/time.Second):
		return MaxRetryAfter
	}
	return min(time.Duration(seconds)*time.Second+time.Duration(nanos), MaxRetryAfter)
}

// RPCStatus is a peer's failure status as an RPC stack received it, in the
// library's terms: errgrpc and errconnect fill it from their own types and
// read it with FromRPCStatus.
type RPCStatus struct {
	Kind       Kind          // the status's code, as a Kind; a code past gRPC's canonical ones is Unknown
	Message    string        // the status's message
	ErrorInfos []ErrorInfo   // the status's ErrorInfos, in order
	RetryDelay time.Duration // the first RetryInfo's delay, as RetryInfoDelay reads it; 0 for none
	// Err is the RPC stack's own error for the status, such as one that
	// gives grpc-go's status or connect-go's *connect.Error. FromRPCStatus
	// keeps it in the chain; its Error should say the status's code and
	// not the peer's message, which the *Error prints bounded and escaped.
	Err error
}

// FromRPCStatus returns the *Error that a peer's failure status reads as:
// the code or gateway reason that the first well-formed ErrorInfo of the
// library's names (ErrorInfo.Restore), or the status's kind with the advice
// and remedy that such an ErrorInfo states, else the kind's own; Message the
// status's message, unless it is only the English description of what was
// restored; RetryAfter the RetryInfo's delay. The status's Err sits in the
// chain, below an error that gives KindOf the status's kind, so that a
// status that names no code is read by the precedence's step for a peer's
// kind: a peer's UNAUTHENTICATED or PERMISSION_DENIED is CredentialsRefused.
func FromRPCStatus(s RPCStatus) *Error {
	r := s.read()
	peer := &rpcPeerStatus{kind: r.kind, retryable: r.retryable, remedy: r.remedy, err: s.Err}
	return &Error{Message: r.message, Code: r.code, Reason: r.reason, RetryAfter: r.retryAfter, Err: peer}
}

// rpcRead is what a peer's status says, by the rules of FromRPCStatus.
type rpcRead struct {
	code       Code
	reason     Reason
	restored   bool // by an ErrorInfo of the library's
	kind       Kind
	retryable  bool
	remedy     Remedy
	message    string
	retryAfter time.Duration
}

// read applies FromRPCStatus's rules to s.
func (s RPCStatus) read() rpcRead {
	r := rpcRead{kind: s.Kind, message: s.Message, retryAfter: min(max(s.RetryDelay, 0), MaxRetryAfter)}
	if !r.kind.valid() {
		r.kind = Unknown
	}
	r.retryable, r.remedy = r.kind.Retryable(), r.kind.Remedy()
	for _, info := range s.ErrorInfos {
		if restored, ok := info.Restore(r.kind); ok {
			r.code, r.reason, r.restored = restored.Code, restored.Reason, true
			if restored.Stated {
				r.retryable, r.remedy = restored.Retryable, restored.Remedy
			}
			break
		}
	}
	if r.message == AnswerFor(&Error{Code: r.code, Reason: r.reason, Err: statedKind{kind: r.kind, retryable: r.retryable, remedy: r.remedy}}).Description(language.English) {
		r.message = "" // the writer's own words for what was restored: Error says them already
	}
	return r
}

// rpcPeerStatus is a peer's status in the chain of the *Error that
// FromRPCStatus returns: it gives KindOf the status's kind and the advice
// and remedy the peer stated, and prints what the RPC stack's error prints.
type rpcPeerStatus struct {
	kind      Kind
	retryable bool
	remedy    Remedy
	err       error
}

func (p *rpcPeerStatus) Error() string {
	if p.err == nil {
		return "rpc error: " + p.kind.String()
	}
	return safeText(p.err)
}

func (p *rpcPeerStatus) Unwrap() error   { return p.err }
func (p *rpcPeerStatus) Kind() Kind      { return p.kind }
func (p *rpcPeerStatus) Retryable() bool { return p.retryable }
func (p *rpcPeerStatus) Remedy() Remedy  { return p.remedy }

// RetryPushback returns the value of the retry pushback that tells
// grpc-go's retry policy (gRFC A6's grpc-retry-pushback-ms trailer) what
// the answer says: "-1", do not retry, for a failure that is not
// retryable; the delay in whole milliseconds, rounded up, where the answer
// has one (RetryAfter); and no pushback (ok false) for a retryable failure
// with no delay, which the client's own backoff paces, and for a success.
func (a Answer) RetryPushback() (value string, ok bool) {
	switch {
	case a.Kind == OK:
		return "", false
	case !a.Retryable:
		return "-1", true
	case a.RetryAfter > 0:
		return strconv.FormatInt(int64((a.RetryAfter+time.Millisecond-1)/time.Millisecond), 10), true
	}
	return "", false
}
