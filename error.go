package errcode

import (
	"errors"
	"fmt"
	"log/slog"
	"math"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// Error is a failure with its context: the code, what the caller was doing,
// and what the peer said. errors.Is(err, code) matches its Code,
// errors.Is(err, reason) its Reason and errors.Is(err, cause) its Err,
// through any chain of fmt.Errorf("%w") and errors.Join. errors.Is(err, kind)
// holds where any error of the chain has that kind (e itself has the kind of
// its whole chain), so one chain can match two kinds, such as a peer's
// NotFound below a code that is Unauthenticated; [KindOf] gives the one that
// decides.
//
// Its kind, retry advice and description are those of its whole chain, by
// the precedence of [KindOf].
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
// cause", and, where the cause is another *Error, its own parts after e's
// (so that an *Error around the reader's keeps the peer's words). Op, Reason,
// Message and a foreign cause's text are each cut to at most 512 bytes,
// between characters, with "…" where they were cut, and every character that
// is not printable is escaped as in a Go string literal (a newline as \n, a
// bidirectional override as \u202e), so that one failure makes one log line
// of at most MaxErrorLen bytes, which no peer can forge a second line into.
// It reads at most MaxChainDepth nested *Errors, and stops once it has
// MaxErrorLen bytes, so that its cost is bounded whatever the chain's depth.
// A nil *Error gives "rtc error".
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
	for depth := 1; ; depth++ {
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
		if e.Err == nil {
			break
		}
		if b.Len() >= MaxErrorLen || depth >= MaxChainDepth {
			add("…") // the rest of a chain that no line has room for
			break
		}
		if next, ok := e.Err.(*Error); ok && next != nil {
			e = next
			continue
		}
		add(peerText(safeText(e.Err)))
		break
	}
	if b.Len() == 0 {
		return "rtc error"
	}
	return shorten(b.String(), MaxErrorLen-len("…"))
}

// safeText returns err's text, or what slog logs for an Error method that
// panics ("!PANIC: …"): a broken foreign error is no reason to crash the
// caller's service.
func safeText(err error) (text string) {
	defer func() {
		if r := recover(); r != nil {
			text = fmt.Sprintf("!PANIC: %v", r)
		}
	}()
	return err.Error()
}

// Unwrap returns the cause, so that errors.Is and errors.As reach it.
func (e *Error) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// Is reports whether target is e's code, e's reason, or e's kind, as
// KindOf(e) gives it.
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

// As sets target to e's reason when target is a *Reason, and otherwise does
// what errors.As does with e's code: a *Code, or a pointer to the type of
// the code's set, gets it.
func (e *Error) As(target any) bool {
	if e == nil {
		return false
	}
	if r, ok := target.(*Reason); ok && e.Reason != "" {
		*r = e.Reason
		return true
	}
	return e.Code != nil && errors.As(e.Code, target)
}

// Kind returns KindOf(e): the kind of what knows most in e and its cause. A
// nil *Error is Unknown.
func (e *Error) Kind() Kind {
	if e == nil {
		return Unknown
	}
	// A known code is the first code the walk of e's chain finds, and so
	// decides; only an unknown code's kind is Unknown, and a success code
	// decides nothing.
	if e.Code != nil {
		if k := e.Code.Kind(); k != Unknown && k != OK {
			return k
		}
	}
	return classify(e).kind
}

// Retryable returns Retryable(e): the advice of what gives e its kind.
func (e *Error) Retryable() bool {
	if e == nil {
		return false
	}
	if e.Code != nil && e.Code.Known() && e.Code.Kind() != OK { // as in Kind
		return e.Code.Retryable()
	}
	return classify(e).retryable
}

// LogValue logs e as a group: the code's set, code and name, when there is a
// code; the kind, the retry advice, the remedy and the English description,
// as KindOf, Retryable, RemedyOf and Describe give them; the network failure, where one decides;
// then what the *Errors of the chain (e and those in its cause) say: op (the
// ops of them all, outermost first, joined by ": "), message (the peers'
// messages, joined likewise), reason and status (the first set), the delay
// asked for (retry_after, as a duration such as "1.5s", which a person reads
// and time.ParseDuration parses) and cause (the text of the innermost
// *Error's cause), leaving out what is empty. Op, message, reason and cause
// are bounded and escaped as in Error. Attr logs any chain the same way.
func (e *Error) LogValue() slog.Value {
	if e == nil {
		return slog.GroupValue(slog.String("kind", Unknown.String()))
	}
	return slog.GroupValue(logAttrs(e)...)
}

// Attr returns a slog attribute for err, however it is wrapped: a group under
// key with err's own text, bounded and escaped, under "error", then what
// *Error's LogValue logs of the chain, so that
//
//	logger.Error("join failed", errcode.Attr("err", fmt.Errorf("join %s: %w", room, err)))
//
// keeps both the wrapping's words and the library's attributes. An Error
// method that panics is logged as slog logs it ("!PANIC: …"), and the cost
// is bounded as the chain's reading is (MaxChainDepth). A nil err gives an
// empty attribute, which slog leaves out.
func Attr(key string, err error) slog.Attr {
	if err == nil {
		return slog.Attr{}
	}
	return slog.Attr{Key: key, Value: slog.GroupValue(append([]slog.Attr{slog.String("error", peerText(safeText(err)))}, logAttrs(err)...)...)}
}

// logAttrs returns the attributes of err's chain: what classify says of it,
// and what its *Errors say.
func logAttrs(err error) []slog.Attr {
	v := classify(err)
	var attrs []slog.Attr
	if v.code != nil {
		attrs = append(attrs,
			slog.String("set", v.code.Set().String()),
			slog.Int("code", v.code.Int()),
			slog.String("name", v.code.String()),
		)
	}
	attrs = append(attrs,
		slog.String("kind", v.kind.String()),
		slog.Bool("retryable", v.retryable),
		slog.String("remedy", v.remedy.String()),
		slog.String("description", v.about().Description(language.English)),
	)
	if v.source == sourceNetwork {
		attrs = append(attrs, slog.String("network", v.network.String()))
	}
	var f errorFields
	f.collect(err)
	for _, a := range [...]slog.Attr{
		slog.String("op", peerText(f.op.String())),
		slog.String("message", peerText(f.message.String())),
		slog.String("reason", peerText(string(f.reason))),
	} {
		if a.Value.String() != "" {
			attrs = append(attrs, a)
		}
	}
	if f.status != 0 {
		attrs = append(attrs, slog.Int("status", f.status))
	}
	if v.retryAfter > 0 {
		attrs = append(attrs, slog.String("retry_after", v.retryAfter.String()))
	}
	if f.cause != nil {
		attrs = append(attrs, slog.String("cause", peerText(safeText(f.cause))))
	}
	return attrs
}

// errorFields is what the *Errors of a chain say, for a log line.
type errorFields struct {
	op, message strings.Builder
	reason      Reason
	status      int
	cause       error // the innermost *Error's cause, when it is not an *Error
	nodes       int
}

// collect reads the *Errors of err's chain in the order errors.Is walks it,
// at most MaxChainDepth errors of it, and keeps at most MaxErrorLen bytes of
// the ops and messages.
func (f *errorFields) collect(err error) {
	for err != nil {
		if f.nodes++; f.nodes > MaxChainDepth {
			return
		}
		if e, ok := err.(*Error); ok {
			if e == nil {
				return
			}
			joinBounded(&f.op, e.Op)
			joinBounded(&f.message, e.Message)
			if f.reason == "" {
				f.reason = e.Reason
			}
			if f.status == 0 {
				f.status = e.StatusCode
			}
			if _, nested := e.Err.(*Error); !nested && e.Err != nil {
				f.cause = e.Err
			}
			err = e.Err
			continue
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				f.collect(e)
			}
			return
		default:
			return
		}
	}
}

// joinBounded adds s to b after ": ", unless b already holds MaxErrorLen
// bytes or s is empty.
func joinBounded(b *strings.Builder, s string) {
	if s == "" || b.Len() >= MaxErrorLen {
		return
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	b.WriteString(shorten(s, MaxErrorLen))
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
