// Package errhttp connects errcode to net/http: it reads the conference
// server's responses into errcode errors, and answers a service's own
// clients with RFC 9457 problem details that carry the code across the hop.
// It is apart from package errcode so that errcode does not make every
// program that imports it link net/http.
package errhttp

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/rtckit/errcode"
)

// FromHTTPResponse reads and closes resp's body, at most 1 MiB of it, and
// returns nil for a success or an *errcode.Error that says what failed, as
// errcode.ReadResponse does: a numeric "error" gives its ServerCode, a
// gateway's string "error" its Reason, a problem body that WriteProblem wrote
// in another service its code again, and so does a gRPC status in JSON that
// grpc-gateway wrote for errgrpc.Status, and a failure status with no usable
// body an error whose kind comes from the status (401 Unauthenticated,
// 403 PermissionDenied, 404 NotFound, 429 ResourceExhausted and retryable,
// 5xx Unavailable and retryable). A Retry-After header, in seconds or as an
// HTTP date, is kept as the error's RetryAfter, at most
// errcode.MaxRetryAfter; a value that RFC 9110 would not parse is no delay.
// It never panics, even for a nil pointer of a body type. To keep the body of
// a success, call ReadBody instead.
func FromHTTPResponse(resp *http.Response) error {
	if resp == nil {
		return &errcode.Error{Err: errors.New("errhttp: nil *http.Response")}
	}
	var err error
	if resp.Body == nil {
		err = errcode.ReadResponse(resp.StatusCode, nil)
	} else {
		defer closeQuietly(resp.Body)
		err = errcode.ReadResponse(resp.StatusCode, resp.Body)
	}
	keepRetryAfter(err, resp.Header)
	return err
}

// keepRetryAfter sets the RetryAfter of err's *errcode.Error from a
// Retry-After header, which wins over a delay that the body gave.
func keepRetryAfter(err error, h http.Header) {
	var e *errcode.Error
	if errors.As(err, &e) {
		if d := retryAfter(h.Get("Retry-After"), time.Now()); d > 0 {
			e.RetryAfter = d
		}
	}
}

// closeQuietly closes a body, even a nil pointer of a body type that
// panics when closed: the response was read, and a careless body is no
// reason to crash the caller's service.
func closeQuietly(body io.Closer) {
	defer func() { _ = recover() }()
	_ = body.Close()
}

// retryAfter reads a Retry-After value as RFC 9110 defines it,
// delay-seconds (digits only) or an HTTP date, as a duration from now, at
// most errcode.MaxRetryAfter; 0 for an empty, malformed or past value.
func retryAfter(value string, now time.Time) time.Duration {
	value = strings.Trim(value, " \t") // optional whitespace, as RFC 9110 allows around a field value
	if value == "" {
		return 0
	}
	if strings.Trim(value, "0123456789") == "" {
		const maxSeconds = uint64(errcode.MaxRetryAfter / time.Second)
		seconds, err := strconv.ParseUint(value, 10, 64)
		if err != nil { // all digits, so out of range: more than any cap
			seconds = maxSeconds
		}
		return time.Duration(min(seconds, maxSeconds)) * time.Second
	}
	if date, err := http.ParseTime(value); err == nil && date.After(now) {
		return min(date.Sub(now), errcode.MaxRetryAfter) // Sub saturates rather than overflow
	}
	return 0
}

// ProblemWriter writes RFC 9457 problem details as WriteProblem does, with
// "type" URIs of its own. The zero value is ready to use and is the same as
// WriteProblem.
type ProblemWriter struct {
	// TypeBase is the start of every "type" URI; the Go name of the code,
	// reason or kind is added to it, such as "ServerTicketExpired" or
	// "ReasonReachLimit". An empty TypeBase means errcode.DocBase: each
	// constant's documentation on pkg.go.dev, a URI made of this module's
	// path and the Go name of a constant, both of which the project keeps
	// within v1, so that a client may match on it as on a code.
	TypeBase string
}

// WriteProblem answers r with err as an RFC 9457 problem, as
// ProblemWriter.WriteProblem does with the default "type" URIs.
func WriteProblem(w http.ResponseWriter, r *http.Request, err error) {
	ProblemWriter{}.WriteProblem(w, r, err)
}

// problemBody is the JSON of a problem: RFC 9457's members, then errcode's
// extension members, which let another service restore the code.
type problemBody struct {
	Type      string `json:"type"`
	Title     string `json:"title"`
	Status    int    `json:"status"`
	Detail    string `json:"detail"`
	Set       string `json:"set,omitempty"`
	Code      *int   `json:"code,omitempty"`
	Name      string `json:"name,omitempty"`
	Kind      string `json:"kind"`
	Retryable bool   `json:"retryable"`
	Remedy    string `json:"remedy"`
	Hint      string `json:"hint"`
}

// WriteProblem answers r with err as an application/problem+json body in the
// language of r's Accept-Language (and says which in Content-Language, and
// adds Accept-Language to Vary, so that no shared cache gives the answer to a
// client that asked for another language):
//
//   - "type": a stable URI per code, reason or kind, TypeBase followed by its
//     Go name (…#ServerTicketExpired, …#ReasonReachLimit, …#Unavailable; an
//     unknown code's type, …#ServerCode);
//   - "title": what happened, the same for every occurrence of the type
//     (errcode.Answer.Title: the description of the code, reason or kind, or
//     of an unknown code's type); "detail": the description and the hint, as
//     errcode.Describe gives them;
//   - "status": errcode.AnswerFor(err).HTTPStatus: the code's, reason's or
//     kind's status; 409 for a capacity limit and 403 for the plan's limit,
//     never the 429 or 503 that invite a retry for a failure no retry mends;
//     and 502 for a failure of your own service's credentials at the RTC
//     gateway (a gateway 401 or 403, or a token reason such as
//     auth_bad_access_token): your client can do nothing about it, so it is
//     told that the RTC service is Unavailable (to it, the RTC service is:
//     retrying later, once you have mended your credentials, succeeds), with
//     none of the gateway's words;
//   - extension members "set", "code" and "name" (the code's; or "gateway"
//     and the reason, with no code), "kind", "retryable", "remedy" (the
//     answer's errcode.Remedy, such as "rejoin") and "hint".
//
// For a retryable failure whose peer asked for a delay (errcode.RetryAfter),
// it sets Retry-After, in whole seconds, at most errcode.MaxRetryAfter. It
// never sends a foreign error's text, a peer's message or exception, a gRPC
// status's message or details, or anything else that is not the library's
// own: those are for your logs. A nil err, or a nil *errcode.Error, is
// answered as an Unknown failure, never as a success; a nil r is answered in
// English.
func (p ProblemWriter) WriteProblem(w http.ResponseWriter, r *http.Request, err error) {
	acceptLanguage := ""
	if r != nil {
		acceptLanguage = r.Header.Get("Accept-Language")
	}
	body, language := p.problem(err, acceptLanguage)
	h := w.Header()
	h.Set("Content-Type", "application/problem+json")
	h.Set("Content-Language", language)
	// The language was chosen from the request: a shared cache must not
	// give this answer to a client that asked for another (RFC 9110,
	// 12.5.5).
	addVary(h, "Accept-Language")
	if delay, ok := errcode.RetryAfter(err); ok && body.Retryable {
		h.Set("Retry-After", strconv.FormatInt(int64((delay+time.Second-1)/time.Second), 10)) // delay is at most an hour: no overflow
	}
	w.WriteHeader(body.Status)
	_ = json.NewEncoder(w).Encode(body) // strings, ints and bools always encode; a failed write is the client's to see
}

// problem says what err is, in the shipped language that best matches
// acceptLanguage, with nothing in it but the library's own texts and names,
// and returns that language's tag.
func (p ProblemWriter) problem(err error, acceptLanguage string) (problemBody, string) {
	tag := errcode.MatchLanguage(acceptLanguage)
	base := p.TypeBase
	if base == "" {
		base = errcode.DocBase
	}
	if err == nil {
		err = errcode.Unknown
	}
	a := errcode.AnswerFor(err)
	body := problemBody{
		Type:      base + a.GoName(),
		Title:     a.Title(tag),
		Status:    a.HTTPStatus,
		Detail:    a.Describe(tag),
		Kind:      a.Kind.String(),
		Retryable: a.Retryable,
		Remedy:    a.Remedy.String(),
		Hint:      a.Hint(tag),
	}
	switch {
	case a.Code != nil:
		n := a.Code.Int()
		body.Set, body.Code, body.Name = a.Code.Set().String(), &n, a.Code.String()
	case a.Reason != "":
		body.Set, body.Name = a.Reason.Set().String(), a.Reason.String()
	}
	return body, tag.String()
}

// addVary adds field to h's Vary, unless Vary already names it or is "*".
func addVary(h http.Header, field string) {
	for _, v := range h.Values("Vary") {
		for _, name := range strings.Split(v, ",") {
			if name = strings.TrimSpace(name); name == "*" || strings.EqualFold(name, field) {
				return
			}
		}
	}
	h.Add("Vary", field)
}

// ReadBody reads what client.Do returned, in one call: for a success, the
// body (at most 1 MiB of it) and a nil error; for a failure, a nil body and
// an *errcode.Error that says what failed, as FromHTTPResponse says it,
// status and Retry-After included. It closes resp's body.
//
//	body, err := errhttp.ReadBody(client.Do(req))
//
// A failure before any answer is classified as what it is: a timeout, a
// refused or reset connection and an unreachable network as the core
// package reads them (errcode.NetworkFailure), and, from net's, x509's and
// url's types, a name that does not exist, a name that could not be looked
// up for now, a certificate the client does not trust, and a malformed URL
// (one that does not parse, or has no scheme or host).
// The transport's error stays in the chain, and its text in Error.
func ReadBody(resp *http.Response, err error) ([]byte, error) {
	if err != nil {
		if resp != nil && resp.Body != nil {
			closeQuietly(resp.Body)
		}
		return nil, transportError(err)
	}
	if resp == nil {
		return nil, &errcode.Error{Err: errors.New("errhttp: nil *http.Response")}
	}
	var body []byte
	if resp.Body == nil {
		body, err = errcode.ReadBody(resp.StatusCode, nil)
	} else {
		defer closeQuietly(resp.Body)
		body, err = errcode.ReadBody(resp.StatusCode, resp.Body)
	}
	keepRetryAfter(err, resp.Header)
	return body, err
}

// malformed reports whether a URL error is the URL's own fault: it does not
// parse, or has no scheme or no host, as a base URL missing from a service's
// configuration gives ("/rooms", "http:///rooms").
func malformed(err *url.Error) bool {
	if err.Op == "parse" {
		return true
	}
	u, perr := url.Parse(err.URL)
	return perr != nil || u.Scheme == "" || u.Host == ""
}

// transportError returns the *errcode.Error of a failure before any answer,
// with the network failure that net's, x509's and url's types tell in its
// chain, before the transport's error.
func transportError(err error) error {
	var failure errcode.NetworkFailure
	var dns *net.DNSError
	var unknownAuthority x509.UnknownAuthorityError
	var hostname x509.HostnameError
	var invalid x509.CertificateInvalidError
	var verification *tls.CertificateVerificationError
	var urlErr *url.Error
	switch {
	case errors.As(err, &dns) && dns.IsNotFound:
		failure = errcode.NetworkNameNotFound
	case errors.As(err, &dns) && (dns.IsTemporary || dns.IsTimeout):
		failure = errcode.NetworkDNSTemporary
	case errors.As(err, &unknownAuthority), errors.As(err, &hostname), errors.As(err, &invalid), errors.As(err, &verification):
		failure = errcode.NetworkUntrustedCertificate
	case errors.As(err, &urlErr) && malformed(urlErr):
		failure = errcode.NetworkMalformedURL
	default:
		failure, _ = errcode.NetworkFailureOf(err)
	}
	if failure == 0 {
		return &errcode.Error{Err: err}
	}
	return &errcode.Error{Err: fmt.Errorf("%w: %w", failure, err)}
}
