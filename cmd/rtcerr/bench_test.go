package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/rtckit/errcode"
)

// serviceLog returns n lines of a service's log, as slog writes them in
// text and JSON: most of them requests served, one in fifty a failure that
// errcode.Attr logs.
func serviceLog(n int) string {
	var b bytes.Buffer
	text := slog.New(slog.NewTextHandler(&b, nil))
	js := slog.New(slog.NewJSONHandler(&b, nil))
	failures := []error{errcode.FromServer(-502, "ticket expired"), &errcode.Error{Reason: errcode.ReasonReachLimit, StatusCode: 429}, fmt.Errorf("dial: %w", errcode.NetworkConnectionRefused)}
	for i := range n {
		logger := text
		if i%2 == 1 {
			logger = js
		}
		if i%50 == 49 {
			logger.Error("join failed", "room", i, errcode.Attr("rtc", failures[i%len(failures)]))
			continue
		}
		logger.Info("request served", "method", "GET", "path", fmt.Sprintf("/rooms/%d/members", i), "status", 200, "duration_ms", i%97, "user", "u-2d1b1e6a")
	}
	return b.String()
}

// BenchmarkAnnotate measures rtcerr - on one line (a whole run: flags,
// tables and the line) and on a 20,000-line log, beside a plain line scan
// of the same log: the ratio of the log to one line is what BENCHMARKS.md
// reports.
func BenchmarkAnnotate(b *testing.B) {
	one := serviceLog(50)[:0] + strings.SplitAfter(serviceLog(50), "\n")[49]
	log := serviceLog(20000)
	for _, bench := range []struct {
		name string
		in   string
	}{{"one line", one}, {"20000 lines", log}} {
		b.Run(bench.name, func(b *testing.B) {
			b.SetBytes(int64(len(bench.in)))
			b.ReportAllocs()
			for b.Loop() {
				if run([]string{"-"}, strings.NewReader(bench.in), io.Discard, io.Discard, func(string) string { return "" }) != exitOK {
					b.Fatal("nothing annotated")
				}
			}
		})
	}
	b.Run("plain line scan of 20000 lines", func(b *testing.B) {
		b.SetBytes(int64(len(log)))
		b.ReportAllocs()
		for b.Loop() {
			s := bufio.NewScanner(strings.NewReader(log))
			n := 0
			for s.Scan() {
				n += len(s.Bytes())
			}
			if n == 0 {
				b.Fatal("empty")
			}
		}
	})
}
