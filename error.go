package errcode

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Error is a failure with its context: the code, what the caller was doing,
// and what the peer said. errors.Is(err, code) matches its Code,
// errors.Is(err, reason) its Reason, errors.Is(err, kind) its kind, and
// errors.Is(err, cause) its Err, through any chain of fmt.Errorf("%w") and
// errors.Join.
//
// What knows more wins: its kind, retry advice and description come from the
// Code if there is one, else from a known Reason, else from the HTTP status,
// else from the cause.
type Error struct {
	// Code is the vendor's code, known or not; nil when the peer gave none,
	// as for a gateway failure that carries only a Reason.
	Code Code
	// Op is what the caller was doing, such as "join conference".
	Op string
	// Message is the peer's own text, verbatim, such as a response's
	// "error_description" or a gRPC status's message. Error and LogValue
	// show at most 512 bytes of it, escaped; the field keeps it whole.
	Message string
	// Reason is the REST gateway's string error, such as
	// ReasonAuthBadAccessToken, known or not, verbatim; Error and LogValue
	// bound and escape it as they do Message.
	Reason Reason
	// StatusCode is the HTTP status of the response, or 0 when there was none.
	StatusCode int
	// RetryAfter is how long the peer asked the caller to wait before
	// retrying, from a Retry-After header or a gRPC RetryInfo; 0 when it
	// asked nothing. The adapters keep it within MaxRetryAfter, and the
	// RetryAfter function caps whatever is set here.
	RetryAfter time.Duration
	// Err is the underlying cause, if any.
	Err error
}

// MaxErrorLen is the most bytes that Error and Error.LogValue's attributes
// put in one failure's text, whatever the peer sent.
const MaxErrorLen = 4 << 10

// Error joins what is set: "op: code's Error: reason (HTTP status): message:
// cause". Op, Reason, Message and the cause's text are each cut to at most
// 512 bytes, between characters, with "…" where they were cut, and every
// character that is not printable is escaped as in a Go string literal (a
// newline as \n, a bidirectional override as \u202e), so that one failure
// makes one log line of at most MaxErrorLen bytes, which no peer can forge a
// second line into. A nil *Error gives "rtc error".
func (e *Error) Error() string {
	if e == nil {
		return "rtc error"
	}
	var b strings.Builder
	add := func(s string) {
		if s == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteString(": ")
		}
		b.WriteString(s)
	}
	add(peerText(e.Op))
	if e.Code != nil {
		add(e.Code.Error())
	}
	if e.Reason != "" || e.Code == nil && failureStatus(e.StatusCode) {
		gateway := "rtc gateway error"
		if e.Reason != "" {
			gateway += " " + peerText(string(e.Reason))
		}
		if e.StatusCode != 0 {
			gateway += " (HTTP " + strconv.Itoa(e.StatusCode) + ")"
		}
		add(gateway)
	}
	add(peerText(e.Message))
	if e.Err != nil {
		add(peerText(e.Err.Error()))
	}
	if b.Len() == 0 {
		return "rtc error"
	}
	return b.String()
}

// Unwrap returns the cause, so that errors.Is and errors.As reach it.
func (e *Error) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// Is reports whether target is e's code, e's reason, or e's kind.
func (e *Error) Is(target error) bool {
	if e == nil {
		return false
	}
	switch target := target.(type) {
	case Kind:
		return target == e.Kind()
	case Reason:
		return e.Reason != "" && target == e.Reason
	}
	return e.Code != nil && errors.Is(e.Code, target)
}

// As sets target to e's code when target is a *Code, *ServerCode,
// *AndroidCode or *IOSCode that the code fits, and to e's reason when target
// is a *Reason.
func (e *Error) As(target any) bool {
	if e == nil {
		return false
	}
	if r, ok := target.(*Reason); ok && e.Reason != "" {
		*r = e.Reason
		return true
	}
	if e.Code == nil {
		return false
	}
	switch target := target.(type) {
	case *Code:
		*target = e.Code
		return true
	case *ServerCode:
		c, ok := e.Code.(ServerCode)
		if ok {
			*target = c
		}
		return ok
	case *AndroidCode:
		c, ok := e.Code.(AndroidCode)
		if ok {
			*target = c
		}
		return ok
	case *IOSCode:
		c, ok := e.Code.(IOSCode)
		if ok {
			*target = c
		}
		return ok
	}
	return false
}

// Kind returns the code's kind; without a code, a known reason's; else the
// kind of a failure status; else the kind of the cause. A nil *Error is
// Unknown.
func (e *Error) Kind() Kind {
	switch {
	case e == nil:
		return Unknown
	case e.Code != nil:
		return e.Code.Kind()
	case e.Reason.Known():
		return e.Reason.Kind()
	case failureStatus(e.StatusCode):
		return kindOfStatus(e.StatusCode)
	}
	return kindOf(e.Err, Unknown)
}

// Retryable reports the code's advice; without a code, a known reason's; else
// whether the status asks for a retry (408, 429 and 5xx); else the cause's.
func (e *Error) Retryable() bool {
	switch {
	case e == nil:
		return false
	case e.Code != nil:
		return e.Code.Retryable()
	case e.Reason.Known():
		return e.Reason.Retryable()
	case failureStatus(e.StatusCode):
		return statusRetryable(e.StatusCode)
	}
	return Retryable(e.Err)
}

// LogValue logs e as a group: the code's set, code, name, kind and English
// description (a known reason's, without a code), then op, message, reason,
// status and cause, leaving out what is empty. Op, message, reason and cause
// are bounded and escaped as in Error.
func (e *Error) LogValue() slog.Value {
	if e == nil {
		return slog.GroupValue(slog.String("kind", Unknown.String()))
	}
	var attrs []slog.Attr
	if e.Code != nil {
		attrs = append(attrs,
			slog.String("set", e.Code.Set().String()),
			slog.Int("code", e.Code.Int()),
			slog.String("name", e.Code.String()),
		)
	}
	attrs = append(attrs, slog.String("kind", e.Kind().String()))
	switch {
	case e.Code != nil:
		attrs = append(attrs, slog.String("description", e.Code.Description(language.English)))
	case e.Reason.Known():
		attrs = append(attrs, slog.String("description", e.Reason.Description(language.English)))
	}
	for _, a := range [...]slog.Attr{
		slog.String("op", peerText(e.Op)),
		slog.String("message", peerText(e.Message)),
		slog.String("reason", peerText(string(e.Reason))),
	} {
		if a.Value.String() != "" {
			attrs = append(attrs, a)
		}
	}
	if e.StatusCode != 0 {
		attrs = append(attrs, slog.Int("status", e.StatusCode))
	}
	if e.RetryAfter > 0 {
		attrs = append(attrs, slog.Duration("retry_after", e.RetryAfter))
	}
	if e.Err != nil {
		attrs = append(attrs, slog.String("cause", peerText(e.Err.Error())))
	}
	return slog.GroupValue(attrs...)
}

// FromServer returns nil for the server's success (0) and otherwise an *Error
// with the ServerCode value, known or not, and the server's message.
func FromServer(value int, message string) error { return from(SetServer, value, message) }

// FromAndroid returns an *Error with the AndroidCode value, known or not, and
// the SDK's message; nil for 0, which no set uses for a failure.
func FromAndroid(value int, message string) error { return from(SetAndroid, value, message) }

// FromIOS returns an *Error with the IOSCode value, known or not, and the
// SDK's message; nil for 0, which no set uses for a failure.
func FromIOS(value int, message string) error { return from(SetIOS, value, message) }

func from(set Set, value int, message string) error {
	if value == 0 {
		return nil
	}
	c, _ := Lookup(set, value)
	if c == nil {
		// Beyond int32 no code type can hold the number; the cause keeps it.
		return &Error{Message: message, Err: fmt.Errorf("errcode: %s code %d is outside the int32 range [%d, %d]", set, value, math.MinInt32, math.MaxInt32)}
	}
	return &Error{Code: c, Message: message}
}

// kinder is what has a kind: every Code, *Error and Kind itself.
type kinder interface{ Kind() Kind }

// KindOf returns the kind of the first code, *Error or Kind in err's chain:
// OK for nil. A chain with none of them that holds context.Canceled or
// context.DeadlineExceeded is Canceled or DeadlineExceeded, as gRPC says;
// any other is Unknown.
func KindOf(err error) Kind {
	if err == nil {
		return OK
	}
	return kindOf(err, Unknown)
}

func kindOf(err error, otherwise Kind) Kind {
	if k, ok := kindIn(err); ok {
		return k
	}
	return otherwise
}

// kindIn returns the kind of the first code, *Error or Kind in err's chain,
// else the kind of a context error in it.
func kindIn(err error) (Kind, bool) {
	var k kinder
	if errors.As(err, &k) {
		return k.Kind().Kind(), true // a value past Unauthenticated is Unknown
	}
	return contextKind(err)
}

// contextKind returns the kind of a context error in err's chain.
func contextKind(err error) (Kind, bool) {
	switch {
	case errors.Is(err, context.Canceled):
		return Canceled, true
	case errors.Is(err, context.DeadlineExceeded):
		return DeadlineExceeded, true
	}
	return 0, false
}

// Kind returns k itself, so that KindOf finds a Kind in a chain as it finds
// a code; Unknown for a value past Unauthenticated, which no caller can act
// on.
func (k Kind) Kind() Kind {
	if !k.valid() {
		return Unknown
	}
	return k
}

// CredentialsRefused reports whether err is a peer refusing the calling
// service's own credentials: it carries no code, and it carries a token
// reason (invalid_grant, unauthorized, auth_bad_access_token,
// group_authorization), or an *Error with a 401 or 403 status (the RTC
// gateway's answer over HTTP), or an *Error with no status, code or reason
// whose cause is Unauthenticated or PermissionDenied (a gRPC peer's
// UNAUTHENTICATED or PERMISSION_DENIED, as errgrpc.FromError reads it). A
// service should not pass such a failure on to its own client as the
// client's: the client can do nothing about it. errhttp.WriteProblem answers
// it with 502 and errgrpc.Status with UNAVAILABLE, both retryable.
func CredentialsRefused(err error) bool {
	_, hasCode := CodeOf(err)
	return err != nil && !hasCode && gatewayRefused(err)
}

// gatewayRefused is CredentialsRefused for an error known to carry no code.
func gatewayRefused(err error) bool {
	if r, ok := knownReasonIn(err); ok && r.Kind() == Unauthenticated {
		return true
	}
	var e *Error
	if !errors.As(err, &e) || e == nil {
		return false
	}
	if e.StatusCode != 0 {
		return e.StatusCode == 401 || e.StatusCode == 403
	}
	if e.Reason != "" {
		return false
	}
	k := kindOf(e.Err, Unknown)
	return k == Unauthenticated || k == PermissionDenied
}

// MaxRetryAfter is the longest delay that the library reads from a peer or
// passes on: a peer that asks for more (a Retry-After of ten years, a
// RetryInfo past the end of time) is taken to ask for this much.
const MaxRetryAfter = time.Hour

// RetryAfter returns how long the first *Error in err's chain says to wait
// before a retry, at most MaxRetryAfter, and whether it says so: the peer's
// Retry-After, kept by errhttp.FromHTTPResponse, or a gRPC RetryInfo, kept
// by errgrpc. It says nothing of whether to retry at all; Retryable does.
func RetryAfter(err error) (time.Duration, bool) {
	var e *Error
	if errors.As(err, &e) && e != nil && e.RetryAfter > 0 {
		return min(e.RetryAfter, MaxRetryAfter), true
	}
	return 0, false
}

// HTTPStatus returns the HTTP status for err's kind, as a service answers its
// own clients: 200 for nil, 500 for an error with no kind. A 401 from the
// RTC REST API says that your service's token was refused, which is not your
// client's failure: AnswerFor, and errhttp.WriteProblem, answer it with 502.
func HTTPStatus(err error) int { return KindOf(err).HTTPStatus() }

// Retryable reports whether err is worth retrying unchanged: the advice of
// the first code, *Error or Kind in its chain, else of the kind of a context
// error in it (a deadline, yes; a cancellation, no); false for nil and for
// errors with none.
func Retryable(err error) bool {
	if err == nil {
		return false
	}
	var r interface{ Retryable() bool }
	if errors.As(err, &r) {
		return r.Retryable()
	}
	k, _ := contextKind(err)
	return k.Retryable()
}

// Describe returns a one-line, localized account of err for people: what
// happened, then what to do. It uses the first code in err's chain; else a
// known gateway reason in it; else the kind of an *Error or Kind in it, such
// as a gateway's HTTP status; else the text of Unknown. It never shows an
// error's own text, a peer's message or anything else that is not the
// library's: those are for logs. nil gives "".
func Describe(err error, tag language.Tag) string {
	if err == nil {
		return ""
	}
	var d describer
	if c, ok := CodeOf(err); ok {
		d = c
	} else if r, ok := knownReasonIn(err); ok {
		d = r
	} else if k, ok := kindIn(err); ok {
		d = k
	} else {
		d = Unknown
	}
	return describe(d, tag)
}

// describe joins d's description and hint into one sentence of the
// language.
func describe(d describer, tag language.Tag) string {
	m := shipped[languageIndex(tag)]
	return d.Description(tag) + m.separator + d.Hint(tag) + m.end
}

// knownReasonIn returns the first gateway reason in err's chain, if the
// gateway's documentation lists it.
func knownReasonIn(err error) (Reason, bool) {
	var r Reason
	return r, errors.As(err, &r) && r.Known()
}

// maxPeerText is how many bytes of a peer's text Error and LogValue show.
const maxPeerText = 512

// peerText returns s as a peer's text can safely stand in one log line: at
// most maxPeerText bytes of it, cut between characters with "…" where it was
// cut, with invalid UTF-8 as U+FFFD and every character that is not printable
// (newlines, ESC, bidirectional controls) escaped as Go escapes it in a
// quoted string.
func peerText(s string) string {
	if len(s) <= maxPeerText && isPrintable(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		piece := string(r) // invalid UTF-8 comes as U+FFFD, which is printable
		if !strconv.IsPrint(r) {
			piece = strconv.QuoteRune(r)
			piece = piece[1 : len(piece)-1]
		}
		if b.Len()+len(piece) > maxPeerText {
			b.WriteString("…")
			break
		}
		b.WriteString(piece)
	}
	return b.String()
}

// isPrintable reports whether s is valid UTF-8 with only printable characters.
func isPrintable(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || !strconv.IsPrint(r) {
			return false
		}
	}
	return true
}
