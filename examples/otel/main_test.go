package main

import (
	"context"
	"net"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/otel/codes"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	semconv "go.opentelemetry.io/otel/semconv/v1.40.0"
)

// TestErrorTypeReachesTheExporters calls the fake RTC service as a real
// client does, with the OpenTelemetry SDK's own in-memory span exporter and
// manual metric reader, and reads error.type back from both: for a server
// code, a gateway reason, a reason the library does not know, and a network
// failure.
func TestErrorTypeReachesTheExporters(t *testing.T) {
	spans := tracetest.NewInMemoryExporter()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(spans))
	reader := sdkmetric.NewManualReader()
	mp := sdkmetric.NewMeterProvider(sdkmetric.WithReader(reader))

	rtc := fakeRTC()
	t.Cleanup(rtc.Close)
	c, err := newClient(rtc.URL, tp, mp)
	require.NoError(t, err)
	closed, err := newClient(closedPort(t), tp, mp)
	require.NoError(t, err)

	want := map[string]struct {
		client      *client
		errorType   string
		description string
	}{
		"expired": {c, "errcode.ServerTicketExpired", "conference ticket expired"},
		"busy":    {c, "errcode.ReasonReachLimit", "API rate limit reached"},
		"new":     {c, "errcode.InvalidArgument", "the RTC service rejected the request as invalid"},
		"refused": {closed, "errcode.NetworkConnectionRefused", "the RTC service is unavailable"},
	}
	for conference, w := range want {
		require.Error(t, w.client.join(context.Background(), conference), conference)
	}
	require.NoError(t, c.join(context.Background(), "fine"))

	got := map[string]sdktrace.ReadOnlySpan{}
	for _, s := range spans.GetSpans().Snapshots() {
		for _, a := range s.Attributes() {
			if a.Key == "rtc.conference" {
				got[a.Value.AsString()] = s
			}
		}
	}
	for conference, w := range want {
		s := got[conference]
		require.NotNil(t, s, conference)
		assert.Equal(t, codes.Error, s.Status().Code, conference)
		assert.Equal(t, w.description, s.Status().Description, "%s: the status says what happened, in English", conference)
		assert.Contains(t, s.Attributes(), semconv.ErrorTypeKey.String(w.errorType), conference)
	}
	assert.Equal(t, codes.Unset, got["fine"].Status().Code)

	var rm metricdata.ResourceMetrics
	require.NoError(t, reader.Collect(context.Background(), &rm))
	counted := map[string]int64{}
	for _, sm := range rm.ScopeMetrics {
		for _, m := range sm.Metrics {
			if m.Name != "rtc.client.failures" {
				continue
			}
			for _, dp := range m.Data.(metricdata.Sum[int64]).DataPoints {
				v, _ := dp.Attributes.Value(semconv.ErrorTypeKey)
				counted[v.AsString()] += dp.Value
			}
		}
	}
	assert.Equal(t, map[string]int64{
		"errcode.ServerTicketExpired":      1,
		"errcode.ReasonReachLimit":         1,
		"errcode.InvalidArgument":          1,
		"errcode.NetworkConnectionRefused": 1,
	}, counted)
}

// closedPort returns the URL of a port that was listened on and closed.
func closedPort(t *testing.T) string {
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := lis.Addr().String()
	require.NoError(t, lis.Close())
	return "http://" + addr
}

func Example_main() {
	main()
	// Output:
	// ok _OTHER
	// expired errcode.ServerTicketExpired
	// busy errcode.ReasonReachLimit
	// new errcode.InvalidArgument
}
