package errhttp

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/rtckit/errcode"
)

// Do sends req with client (http.DefaultClient if nil) and reads the answer
// as ReadBody does, retrying as p says (errcode.RetryPolicy.Do): a failure
// that the library says to retry is sent again, with backoff and the
// peer's Retry-After; one that no retry mends is returned after one
// attempt. req's context bounds it all.
//
// The request counts as idempotent, and may be sent again after a failure
// that it may have been carried out (a timeout, a reset), when p says so or
// its method is (GET, HEAD, OPTIONS, TRACE, PUT and DELETE, as RFC 9110
// defines them), or it has an Idempotency-Key header; else only after a
// failure that it cannot have been (a refused connection, a 503). A request
// with a body is sent again with the body that GetBody gives (as
// http.NewRequest sets it for bytes, strings and their readers); one whose
// body cannot be had again is sent once.
func Do(client *http.Client, req *http.Request, p errcode.RetryPolicy) ([]byte, error) {
	if client == nil {
		client = http.DefaultClient
	}
	if req == nil {
		return nil, &errcode.Error{Err: errors.New("errhttp: nil *http.Request")}
	}
	p.Idempotent = p.Idempotent || idempotent(req)
	hasBody := req.Body != nil && req.Body != http.NoBody
	if hasBody && req.GetBody == nil {
		p.MaxAttempts = 1 // the transport closes the body it was given: it cannot be sent again
	}
	var body []byte
	sent := false
	err := p.Do(req.Context(), func(ctx context.Context) error {
		r := req
		if sent {
			r = req.Clone(ctx)
			if hasBody {
				again, err := req.GetBody()
				if err != nil {
					return &errcode.Error{Op: "errhttp: getting the request's body again", Err: err}
				}
				r.Body = again
			}
		}
		sent = true
		var err error
		body, err = ReadBody(client.Do(r))
		return err
	})
	return body, err
}

// idempotent reports whether req may be carried out twice without harm: its
// method is idempotent by RFC 9110, or it carries an idempotency key.
func idempotent(req *http.Request) bool {
	return idempotentMethod(req.Method) || req.Header.Get("Idempotency-Key") != ""
}

func idempotentMethod(method string) bool {
	switch method {
	case "", http.MethodGet, http.MethodHead, http.MethodOptions, http.MethodTrace, http.MethodPut, http.MethodDelete:
		return true // "" is GET, as net/http reads it
	}
	return false
}

// CheckRetry decides whether to send a request again, with the signature
// of go-retryablehttp's CheckRetry, so that
//
//	client := retryablehttp.NewClient()
//	client.CheckRetry = errhttp.CheckRetry
//	client.Backoff = errhttp.Backoff
//
// retries by the library's advice, without errhttp importing
// go-retryablehttp. It reads the failure as ReadBody would (the status, the
// Retry-After, and the body's code or reason, such as -502 in a 200 body or
// reach_limit in a 429's), and retries what errcode.Retryable says to retry:
// a 503, a rate limit, a retryable code, a refused connection, a timeout.
// What no retry mends, such as 401 unauthorized, 429 resource_limited or a
// ticket that expired, is not retried. A request that is not idempotent (see
// Do; the method is read from the request, or from the *url.Error of a
// failure before any answer) is retried only where it cannot have been
// carried out (errcode.MayHaveTakenEffect): after a refused connection, not
// after a timeout. When ctx has ended, it returns false and ctx's error, so
// that the caller's own deadline stops the retries.
//
// It reads at most 1 MiB of the body to find the code, and leaves resp.Body
// to the caller as it was, every byte of it, to read and close.
func CheckRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctxErr := ctx.Err(); ctxErr != nil {
		return false, ctxErr
	}
	var failure error
	var idem bool
	switch {
	case err != nil:
		failure = transportError(err)
		var urlErr *url.Error
		idem = errors.As(err, &urlErr) && idempotentMethod(strings.ToUpper(urlErr.Op))
	case resp == nil:
		return false, nil
	default:
		failure = peek(resp)
		idem = resp.Request == nil || idempotent(resp.Request)
	}
	if failure == nil {
		return false, nil
	}
	return errcode.Retryable(failure) && (idem || !errcode.MayHaveTakenEffect(failure)), nil
}

// peekLimit is how much of a body CheckRetry reads to find a code: as much
// as errcode.ReadResponse reads.
const peekLimit = 1 << 20

// peek returns the failure that resp says, or nil, and leaves its body as
// it was for the caller.
func peek(resp *http.Response) error {
	var data []byte
	var readErr error
	if resp.Body != nil {
		data, readErr = readPeek(resp.Body)
		resp.Body = &replayedBody{Reader: io.MultiReader(bytes.NewReader(data), resp.Body), body: resp.Body}
	}
	if readErr == nil && len(data) > peekLimit && resp.StatusCode >= 200 && resp.StatusCode < 300 {
		return nil // a success whose data is larger than any failure's body
	}
	var failure error
	if readErr != nil {
		_, failure = errcode.ReadBody(resp.StatusCode, io.MultiReader(bytes.NewReader(data), errReader{readErr}))
	} else {
		failure = errcode.ReadResponse(resp.StatusCode, bytes.NewReader(data))
	}
	keepRetryAfter(failure, resp.Header)
	return failure
}

// readPeek reads at most one byte more than peekLimit of body, and never
// panics on a careless body.
func readPeek(body io.Reader) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("errhttp: the body's reader panicked")
		}
	}()
	return io.ReadAll(io.LimitReader(body, peekLimit+1))
}

// errReader fails with err.
type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

// replayedBody is a body whose start CheckRetry has read: it gives that
// start again, then the rest, and closes the original body.
type replayedBody struct {
	io.Reader
	body io.ReadCloser
}

func (b *replayedBody) Close() error { return b.body.Close() }

// Backoff returns how long to wait before the attempt after attemptNum
// (0 for the first), with the signature of go-retryablehttp's Backoff: the
// Retry-After of resp, in seconds or as a date, where it has one, at most
// errcode.MaxRetryAfter; else the backoff of errcode.RetryPolicy with
// minWait as its BaseDelay and maxWait as its MaxDelay (full jitter over
// minWait doubled attemptNum times, at most maxWait), and never less than
// minWait.
func Backoff(minWait, maxWait time.Duration, attemptNum int, resp *http.Response) time.Duration {
	if resp != nil {
		if d := retryAfter(resp.Header.Get("Retry-After"), time.Now()); d > 0 {
			return d
		}
	}
	return max(minWait, errcode.RetryPolicy{BaseDelay: minWait, MaxDelay: maxWait}.Backoff(attemptNum+1))
}
