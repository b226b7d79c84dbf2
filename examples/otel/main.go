// Otel shows a client of the RTC service that reports its failures to
// OpenTelemetry with no glue: semconv.ErrorType finds errcode's ErrorType
// method in any error chain, so a span and a counter carry a stable,
// low-cardinality error.type for every code, gateway reason and network
// failure, and a value no peer can mint for what the library does not know.
//
// It is a module of its own, so that neither errcode nor errgrpc requires
// OpenTelemetry.
package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/metric"
	"go.opentelemetry.io/otel/metric/noop"
	semconv "go.opentelemetry.io/otel/semconv/v1.40.0"
	"go.opentelemetry.io/otel/trace"
	tracenoop "go.opentelemetry.io/otel/trace/noop"
	"golang.org/x/text/language"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errhttp"
)

// client calls the RTC service's REST API, and records every call in a span
// and every failure in a counter.
type client struct {
	base     string
	http     *http.Client
	tracer   trace.Tracer
	failures metric.Int64Counter
}

func newClient(base string, tp trace.TracerProvider, mp metric.MeterProvider) (*client, error) {
	failures, err := mp.Meter("rtc").Int64Counter("rtc.client.failures", metric.WithDescription("failed calls of the RTC service, by error.type"))
	if err != nil {
		return nil, err
	}
	return &client{base: base, http: &http.Client{}, tracer: tp.Tracer("rtc"), failures: failures}, nil
}

// join asks the RTC service to join a conference.
func (c *client) join(ctx context.Context, conference string) error {
	ctx, span := c.tracer.Start(ctx, "rtc.join", trace.WithAttributes(attribute.String("rtc.conference", conference)))
	defer span.End()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/conferences/"+conference+"/join", nil)
	if err == nil {
		_, err = errhttp.ReadBody(c.http.Do(req))
	}
	if err != nil {
		errorType := semconv.ErrorType(err) // errcode's ErrorType, found through the wrapping
		span.SetStatus(codes.Error, errcode.AnswerFor(err).Description(language.English))
		span.SetAttributes(errorType)
		c.failures.Add(ctx, 1, metric.WithAttributes(errorType))
		return fmt.Errorf("join %s: %w", conference, err)
	}
	return nil
}

// fakeRTC answers as the RTC service and its gateway do.
func fakeRTC() *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/conferences/expired/join":
			_, _ = w.Write([]byte(`{"error": -502, "error_description": "ticket expired"}`))
		case "/conferences/busy/join":
			w.WriteHeader(http.StatusTooManyRequests)
			_, _ = w.Write([]byte(`{"error": "reach_limit"}`))
		case "/conferences/new/join":
			w.WriteHeader(http.StatusBadRequest)
			_, _ = w.Write([]byte(`{"error": "a_reason_from_next_year"}`))
		default:
			_, _ = w.Write([]byte(`{"error": 0}`))
		}
	}))
}

func main() {
	rtc := fakeRTC()
	defer rtc.Close()
	c, err := newClient(rtc.URL, tracenoop.NewTracerProvider(), noop.NewMeterProvider())
	if err != nil {
		panic(err)
	}
	for _, conference := range []string{"ok", "expired", "busy", "new"} {
		err := c.join(context.Background(), conference)
		fmt.Println(conference, semconv.ErrorType(err).Value.AsString())
	}
}
