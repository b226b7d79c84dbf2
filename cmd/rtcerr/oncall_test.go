package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/internal/testkit"
)

// assertSafe checks that out holds no character that a terminal acts on:
// no control character but the newline, no format or bidirectional
// character, nothing that is not UTF-8.
func assertSafe(t testing.TB, out string) {
	t.Helper()
	for i, r := range out {
		if r == '\n' {
			continue
		}
		if !strconv.IsPrint(r) || r == 0xfffd && !strings.Contains(out[i:min(len(out), i+3)], "\ufffd") {
			t.Fatalf("unsafe %U at byte %d of %.200q", r, i, out)
		}
	}
}

// TestHostileLines: a peer's bytes in a pasted line are shown escaped, and
// its words steer nothing.
func TestHostileLines(t *testing.T) {
	hostile := strings.Join([]string{
		"level=ERROR msg=x rtc.kind=UNKNOWN rtc.retryable=false rtc.reason=\"\x1b]0;PWNED\x07\x1b[2J\"",
		"raw \x1b]0;PWNED\x07\x1b[2J \x1b[8mhidden\u202e\rEMErrorCallBusy",
		`level=WARN msg=retry reason=BackOff`,
	}, "\n") + "\n"
	out, _, _ := rtcerrIn(hostile, "-")
	assertSafe(t, out)
	assert.Contains(t, out, `rtc.reason="\x1b]0;PWNED\a\x1b[2J"`, "the attribute is echoed as written, escaped")
	assert.Contains(t, out, `raw \x1b]0;PWNED\a\x1b[2J \x1b[8mhidden\u202e\rEMErrorCallBusy`)
	assert.Contains(t, out, `↳ gateway \x1b]0;PWNED\a\x1b[2J: unknown RTC gateway error reason`, "an unknown reason is escaped on the ↳ line too")
	assert.NotContains(t, out, "gateway BackOff", "another program's reason= is not the gateway's")

	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, nil)).Error("join failed", errcode.Attr("rtc", errcode.FromServer(-502, "set=ios code=801")))
	out, _, status := rtcerrIn(buf.String(), "-")
	require.Equal(t, exitOK, status)
	assert.Equal(t, 1, strings.Count(out, "↳"), "one failure, one annotation: %s", out)
	assert.Contains(t, out, "↳ server -502 TICKET_EXPIRED")
	assert.NotContains(t, out, "ios 801", "the peer's message steers nothing")

	buf.Reset()
	slog.New(slog.NewTextHandler(&buf, nil)).Error("upload", errcode.Attr("rtc", &errcode.Error{Reason: errcode.ReasonRequestEntityTooLarge, StatusCode: 413}))
	out, _, _ = rtcerrIn(buf.String(), "-")
	assert.Contains(t, out, "↳ gateway Request Entity Too Large:", "a quoted value is read whole")
}

// TestEverythingTheLibraryPrints: every error.type value and name the
// library prints is a query, and every log line that Attr writes, in slog's
// text and JSON, is annotated with what gives the failure its kind, for
// every failure class.
func TestEverythingTheLibraryPrints(t *testing.T) {
	for query, head := range map[string]string{
		"errcode.NetworkConnectionRefused": "network connection_refused (errcode.NetworkConnectionRefused)",
		"connection_refused":               "network connection_refused (errcode.NetworkConnectionRefused)",
		"UNAVAILABLE":                      "kind UNAVAILABLE (errcode.Unavailable)",
		"errcode.Unavailable":              "kind UNAVAILABLE (errcode.Unavailable)",
		"ServerCode(-999)":                 "server -999 ServerCode(-999) (unknown code)",
	} {
		out, errOut, status := rtcerr(nil, query)
		require.Equal(t, exitOK, status, "%s: %s", query, errOut)
		assert.Equal(t, head, strings.SplitN(out, "\n", 2)[0], query)
		assert.NotContains(t, out, "(errcode.)")
	}
	out, _, _ := rtcerr(nil, "ServerCode(-999)")
	assert.Contains(t, out, "unknown: neither the vendor's table nor its SDKs")
	assert.NotContains(t, out, "source:      the vendor's shipped SDK")

	out, _, status := rtcerr(nil, "-json", "ServerCode(-999)")
	require.Equal(t, exitOK, status)
	var records []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &records))
	assert.Equal(t, "unknown", records[0]["source"])
	assert.NotContains(t, records[0], "go", "no constant names an unknown code")

	for _, c := range testkit.Classes() {
		err := fmt.Errorf("call: %w", c.Err)
		want := expectedHead(t, err)
		for _, h := range []func(io.Writer) slog.Handler{
			func(w io.Writer) slog.Handler { return slog.NewTextHandler(w, nil) },
			func(w io.Writer) slog.Handler { return slog.NewJSONHandler(w, nil) },
		} {
			var buf bytes.Buffer
			slog.New(h(&buf)).Error("failed", errcode.Attr("rtc", err))
			out, _, status := rtcerrIn(buf.String(), "-")
			require.Equal(t, exitOK, status, "%s: %s", c.Name, out)
			arrows := strings.Split(out, "  ↳ ")
			require.Greater(t, len(arrows), 1, c.Name)
			assert.True(t, strings.HasPrefix(arrows[1], want), "%s: want %q first in\n%s", c.Name, want, out)
		}
	}
}

// expectedHead returns how rtcerr's ↳ line starts for what gives err its
// kind, from the library's own answers: its code, its reason, its network
// failure, else its kind.
func expectedHead(t *testing.T, err error) string {
	t.Helper()
	if c, ok := errcode.CodeOf(err); ok && errcode.ErrorType(err) == c.ErrorType() && c.Kind() != errcode.OK {
		name := c.String()
		if !c.Known() {
			name = "unknown code"
		}
		return fmt.Sprintf("%s %d %s:", c.Set(), c.Int(), name)
	}
	if n, ok := errcode.NetworkFailureOf(err); ok && errcode.ErrorType(err) == n.ErrorType() {
		return "network " + n.String() + ":"
	}
	var e *errcode.Error
	if strings.HasPrefix(errcode.ErrorType(err), "errcode.Reason") && asError(err, &e) && e.Reason != "" {
		return "gateway " + safe(string(e.Reason)) + ":"
	}
	return "kind " + errcode.KindOf(err).String() + ":"
}

func asError(err error, e **errcode.Error) bool {
	for err != nil {
		if x, ok := err.(*errcode.Error); ok {
			*e = x
			return true
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return false
		}
		err = u.Unwrap()
	}
	return false
}

// TestLongLines: a line of any length is read in bounded memory, shown cut
// with how much was cut, and the lines after it are still annotated.
func TestLongLines(t *testing.T) {
	const long = 70 << 20
	in := io.MultiReader(strings.NewReader("start "), io.LimitReader(repeat('A'), long), strings.NewReader("\nrtc server error TICKET_EXPIRED (-502): x\n"))
	var out, errOut bytes.Buffer
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	status := run([]string{"-"}, in, &out, &errOut, func(string) string { return "" })
	runtime.ReadMemStats(&after)
	require.Equal(t, exitOK, status, errOut.String())
	lines := strings.Split(out.String(), "\n")
	require.GreaterOrEqual(t, len(lines), 3)
	assert.LessOrEqual(t, len(lines[0]), maxLine+64)
	assert.True(t, strings.HasSuffix(lines[0], fmt.Sprintf("… (%d more bytes cut)", long+len("start ")-maxLine)), "%.80s…%s", lines[0], lines[0][max(0, len(lines[0])-60):])
	assert.Equal(t, "rtc server error TICKET_EXPIRED (-502): x", lines[1])
	assert.True(t, strings.HasPrefix(lines[2], "  ↳ server -502 TICKET_EXPIRED"))
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(8<<20), "reading a 70 MB line allocates far less than the line")
}

// repeat is an endless reader of one byte.
type repeat byte

func (r repeat) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

// TestLangSetsEveryLabel: -lang sets the labels of -markdown's table too.
func TestLangSetsEveryLabel(t *testing.T) {
	out, _, _ := rtcerr(nil, "-markdown", "-lang", "zh", "814", "android.825")
	assert.Contains(t, out, "| 集合 | 错误码 | 标识符 | Go 常量 | 类别 | HTTP | 可重试 | 对策 | 说明 |")
	assert.Contains(t, out, "（仅 SDK）"[3:len("（仅 SDK）")-3])
	assert.NotContains(t, out, "| no |")
	out, _, _ = rtcerr(nil, "-markdown", "-lang", "zh-TW", "814")
	assert.Contains(t, out, "| 否 |")
}

// FuzzAnnotateIsSafe: nothing rtcerr prints of any input carries a
// character that a terminal acts on, in any mode.
func FuzzAnnotateIsSafe(f *testing.F) {
	f.Add("rtc.reason=\"\x1b]0;PWNED\x07\" rtc.kind=UNKNOWN rtc.retryable=false\n\u202e\r\xff")
	f.Add(`{"rtc":{"set":"server","code":-502,"name":"\u001b[2J","kind":"x","retryable":true}}`)
	f.Add("rtc gateway error \x1b[8m (HTTP 429): \u2028")
	f.Fuzz(func(t *testing.T, in string) {
		out, errOut, _ := rtcerrIn(in, "-")
		assertSafe(t, out)
		assertSafe(t, errOut)
		for _, args := range [][]string{{in}, {"-json", in}, {"-markdown", in}} {
			out, errOut, _ := rtcerr(nil, args...)
			assertSafe(t, out)
			// A query that is a flag, such as "-", is a usage error, which
			// prints rtcerr's own help, indented with tabs: none of it is
			// the input's.
			assertSafe(t, strings.Replace(errOut, usageText, "", 1))
		}
	})
}
