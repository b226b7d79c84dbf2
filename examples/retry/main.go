// Retry shows a service that calls the RTC gateway retrying by the
// library's advice, in the three ways Go services retry: the library's own
// retry (errhttp.Do), hashicorp/go-retryablehttp with errhttp's CheckRetry
// and Backoff, and cenkalti/backoff/v5 fed by errcode's advice. Each tries a
// failure that no retry mends once, waits a rate limit's Retry-After, retries
// an overloaded gateway, and never sends a POST twice when it may have been
// carried out.
//
// It is a module of its own, so that neither errcode nor errhttp requires a
// retry library.
package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"time"

	"github.com/cenkalti/backoff/v5"
	"github.com/hashicorp/go-retryablehttp"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errhttp"
)

// createWithErrhttp creates a conference with the library's own retry.
func createWithErrhttp(ctx context.Context, client *http.Client, url string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(`{"talkerLimit": 6}`))
	if err != nil {
		return nil, err
	}
	return errhttp.Do(client, req, errcode.RetryPolicy{MaxAttempts: 3, BaseDelay: 10 * time.Millisecond})
}

// newRetryableClient is go-retryablehttp's client, asking the library what
// to retry and how long to wait. PassthroughErrorHandler hands the last
// answer to errhttp.ReadBody, which classifies it, where the default would
// drop it for an error that names no code.
func newRetryableClient(httpClient *http.Client) *retryablehttp.Client {
	client := retryablehttp.NewClient()
	client.HTTPClient = httpClient
	client.CheckRetry = errhttp.CheckRetry
	client.Backoff = errhttp.Backoff
	client.ErrorHandler = retryablehttp.PassthroughErrorHandler
	client.RetryMax = 2
	client.RetryWaitMin, client.RetryWaitMax = 10*time.Millisecond, 100*time.Millisecond
	client.Logger = nil
	return client
}

// createWithRetryablehttp creates a conference with go-retryablehttp.
func createWithRetryablehttp(ctx context.Context, client *retryablehttp.Client, url string) ([]byte, error) {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(`{"talkerLimit": 6}`))
	if err != nil {
		return nil, err
	}
	return errhttp.ReadBody(client.Do(req))
}

// advice turns a failure into what cenkalti/backoff acts on: a permanent
// error for what the library says not to retry, or a POST that may have
// been carried out; the peer's Retry-After as backoff's RetryAfter, beside
// the failure, which the last attempt returns.
func advice(err error) error {
	if err == nil {
		return nil
	}
	if !errcode.Retryable(err) || errcode.MayHaveTakenEffect(err) {
		return backoff.Permanent(err)
	}
	if delay, ok := errcode.RetryAfter(err); ok {
		return fmt.Errorf("%w (%w)", err, backoff.RetryAfter(int((delay+time.Second-1)/time.Second)))
	}
	return err
}

// createWithBackoff creates a conference with cenkalti/backoff.
func createWithBackoff(ctx context.Context, client *http.Client, url string) ([]byte, error) {
	b := backoff.NewExponentialBackOff()
	b.InitialInterval = 10 * time.Millisecond
	return backoff.Retry(ctx, func() ([]byte, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(`{"talkerLimit": 6}`))
		if err != nil {
			return nil, backoff.Permanent(err)
		}
		body, err := errhttp.ReadBody(client.Do(req))
		return body, advice(err)
	}, backoff.WithBackOff(b), backoff.WithMaxTries(3))
}

func main() {
	var calls atomic.Int32
	answers := []func(http.ResponseWriter){
		func(w http.ResponseWriter) {
			w.WriteHeader(503)
			fmt.Fprint(w, "<html>503 Service Temporarily Unavailable</html>")
		},
		func(w http.ResponseWriter) { fmt.Fprint(w, `{"error": 0, "id": "c7"}`) },
	}
	gateway := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		answers[min(int(calls.Add(1)), len(answers))-1](w)
	}))
	defer gateway.Close()

	ctx := context.Background()
	for _, way := range []struct {
		name   string
		create func() ([]byte, error)
	}{
		{"errhttp.Do", func() ([]byte, error) { return createWithErrhttp(ctx, http.DefaultClient, gateway.URL) }},
		{"go-retryablehttp", func() ([]byte, error) {
			return createWithRetryablehttp(ctx, newRetryableClient(http.DefaultClient), gateway.URL)
		}},
		{"cenkalti/backoff", func() ([]byte, error) { return createWithBackoff(ctx, http.DefaultClient, gateway.URL) }},
	} {
		calls.Store(0)
		body, err := way.create()
		fmt.Printf("%s: %d attempts, %s, err %v\n", way.name, calls.Load(), body, err)
	}
}
