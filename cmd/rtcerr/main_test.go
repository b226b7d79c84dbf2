package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/internal/registry"
)

// rtcerr runs the command in-process with the given environment.
func rtcerr(env map[string]string, args ...string) (stdout, stderr string, status int) {
	var out, errOut bytes.Buffer
	status = run(args, nil, &out, &errOut, func(name string) string { return env[name] })
	return out.String(), errOut.String(), status
}

func TestLookup(t *testing.T) {
	tests := []struct {
		args  []string
		heads []string // the first line of each match, in order
	}{
		{[]string{"814"}, []string{
			"android 814 CALL_TICKET_EXPIRED (errcode.AndroidCallTicketExpired)",
			"ios 814 EMErrorCallTicketExpired (errcode.IOSCallTicketExpired)",
		}},
		{[]string{"-502"}, []string{"server -502 TICKET_EXPIRED (errcode.ServerTicketExpired)"}},
		{[]string{"TICKET_EXPIRED"}, []string{"server -502 TICKET_EXPIRED (errcode.ServerTicketExpired)"}},
		{[]string{"BAD_REQUEST"}, []string{"server -501 EXCEPTION, BAD_REQUEST (errcode.ServerException)"}},
		{[]string{"EMErrorCallBusy", "ServerTicketExpired", "errcode.AndroidCallOtherDevice"}, []string{
			"ios 801 EMErrorCallBusy (errcode.IOSCallBusy)",
			"server -502 TICKET_EXPIRED (errcode.ServerTicketExpired)",
			"android 821 CALL_OTHER_DEVICE (errcode.AndroidCallOtherDevice)",
		}},
		{[]string{"-set", "ios", "814"}, []string{"ios 814 EMErrorCallTicketExpired (errcode.IOSCallTicketExpired)"}},
		{[]string{"814", "-set", "android", "815"}, []string{
			"android 814 CALL_TICKET_EXPIRED (errcode.AndroidCallTicketExpired)",
			"android 815 CALL_SESSION_EXPIRED (errcode.AndroidCallSessionExpired)",
		}},
		{[]string{"-lang", "zh", "-502"}, []string{"server -502 TICKET_EXPIRED (errcode.ServerTicketExpired)"}},
		{[]string{"-502", "-lang", "en", "--", "-101"}, []string{
			"server -502 TICKET_EXPIRED (errcode.ServerTicketExpired)",
			"server -101 ILLEGAL_RIGHTS (errcode.ServerIllegalRights)",
		}},
		{[]string{"825"}, []string{
			"android 825 CALL_PUSHCDN_ERROR (errcode.AndroidCallPushCDNError)",
			"ios 825 EMErrorCallCDNError (errcode.IOSCallCDNError)",
		}},
		{[]string{"824", "-set", "android"}, []string{"android 824 CALL_CONFERENCE_ALREADY_IN_CONFERENCE, CALL_VIDEO_ISFUll (errcode.AndroidCallConferenceAlreadyInConference)"}},
		{[]string{"CALL_VIDEO_ISFUll"}, []string{"android 824 CALL_CONFERENCE_ALREADY_IN_CONFERENCE, CALL_VIDEO_ISFUll (errcode.AndroidCallConferenceAlreadyInConference)"}},
		{[]string{"816", "826", "827", "-set", "ios"}, []string{
			"ios 816 EMErrorCallRoomNotExist (errcode.IOSCallRoomNotExist)",
			"ios 826 EMErrorCallDesktopFull (errcode.IOSCallDesktopFull)",
			"ios 827 EMErrorCallAutoAudioFail (errcode.IOSCallAutoAudioFail)",
		}},
		{[]string{"1"}, []string{
			"android 1 GENERAL_ERROR (errcode.AndroidGeneralError)",
			"ios 1 EMErrorGeneral (errcode.IOSGeneral)",
			"webexit 1 NO_RESPONSE (errcode.WebExitNoResponse)",
		}},
		{[]string{"-200"}, []string{
			"server -200 REQUEST_PARAMS_ERROR (errcode.ServerRequestParamsError)",
			"web -200 join_fail (errcode.WebJoinFail)",
		}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, errOut, status := rtcerr(nil, tt.args...)
			require.Equal(t, exitOK, status, errOut)
			assert.Empty(t, errOut)
			var heads []string
			for block := range strings.SplitSeq(strings.TrimSpace(out), "\n\n") {
				heads = append(heads, strings.SplitN(block, "\n", 2)[0])
			}
			assert.Equal(t, tt.heads, heads)
		})
	}
}

// update rewrites the golden files with what the command prints now:
//
//	go test ./cmd/rtcerr -update
var update = flag.Bool("update", false, "rewrite testdata/*.golden with the current output")

// golden compares got with testdata/name.golden, or rewrites the file with
// -update. The golden files pin whole outputs, texts included, so that a
// change of text shows in a review as a change of these files.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./cmd/rtcerr -update to write it")
	assert.Equal(t, string(want), got, "%s differs; if the change is meant, run go test ./cmd/rtcerr -update", path)
}

// TestOutput pins whole outputs: a code of each set, the codes that the
// shipped SDKs define and the table does not, or name otherwise, gateway
// reasons, and each language.
func TestOutput(t *testing.T) {
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"server", []string{"-502"}},
		{"both-sets", []string{"814"}},
		{"android-824", []string{"824", "-set", "android"}},
		{"ios-sdk-only-zh", []string{"-lang", "zh", "816", "826", "827", "-set", "ios"}},
		{"gateway", []string{"reach_limit"}},
		{"gateway-zh", []string{"Request Entity Too Large", "ReasonResourceLimited", "-lang", "zh"}},
		{"zh-Hant", []string{"-lang", "zh-Hant", "-501", "823"}},
		{"json", []string{"-json", "auth_bad_access_token", "-502"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, status := rtcerr(nil, tt.args...)
			require.Equal(t, exitOK, status, errOut)
			golden(t, tt.name, out)
		})
	}
}

// TestGateway looks up the REST gateway's reasons by their wire text and Go
// names, and lists them after the codes.
func TestGateway(t *testing.T) {
	out, errOut, status := rtcerr(nil, "request entity too large")
	assert.Equal(t, exitOK, status, errOut)
	assert.Contains(t, out, "gateway Request Entity Too Large", "in any case, when nothing matches exactly")

	_, _, status = rtcerr(nil, "-set", "gateway", "814")
	assert.Equal(t, exitNotFound, status)

	out, _, status = rtcerr(nil, "-list", "-set", "gateway")
	require.Equal(t, exitOK, status)
	assert.Equal(t, len(errcode.Reasons()), strings.Count(out, "\ngateway ")+1)

	out, _, status = rtcerr(nil, "-markdown", "-list", "-set", "gateway")
	require.Equal(t, exitOK, status)
	assert.Contains(t, out, "| gateway |  | `reach_limit` | `ReasonReachLimit` | RESOURCE_EXHAUSTED | 429 | yes | slow_down | API rate limit reached |\n")
}

func TestNotFound(t *testing.T) {
	out, errOut, status := rtcerr(nil, "999", "-502", "NOPE")
	assert.Equal(t, exitNotFound, status)
	assert.Contains(t, out, "TICKET_EXPIRED", "the found code is still printed")
	assert.Contains(t, errOut, `rtcerr: "999": no such code in any set (server, android, ios, web, webexit), and no such gateway reason`)
	assert.Contains(t, errOut, `rtcerr: "NOPE": no such code`)

	_, errOut, status = rtcerr(nil, "-set", "android", "826")
	assert.Equal(t, exitNotFound, status, "826 is iOS only")
	assert.Contains(t, errOut, "no such code in the android set")

	_, errOut, status = rtcerr(nil, "-set", "gateway", "too_many")
	assert.Equal(t, exitNotFound, status)
	assert.Contains(t, errOut, `"too_many": no such gateway reason`)
}

// TestHostileQueryIsQuoted: a query that a terminal would obey (a title
// escape, a forged log line, a bidirectional override) is echoed quoted, on
// one line, and bounded.
func TestHostileQueryIsQuoted(t *testing.T) {
	_, errOut, status := rtcerr(nil, "\x1b]0;pwned\a\nINFO forged\u202e"+strings.Repeat("x", 1000))
	assert.Equal(t, exitNotFound, status)
	first, _, _ := strings.Cut(errOut, "\n")
	assert.Equal(t, `rtcerr: "\x1b]0;pwned\a\nINFO forged\u202exxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"…: no such code in any set (server, android, ios, web, webexit), and no such gateway reason`, first)
	assert.NotContains(t, errOut, "\x1b")
	assert.NotContains(t, errOut, "\u202e")

	_, errOut, status = rtcerr(nil, "-set", "\x1b[2Jios", "1")
	assert.Equal(t, exitUsage, status)
	assert.Contains(t, errOut, `unknown set "\x1b[2Jios"`)
	assert.NotContains(t, errOut, "\x1b")
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"-bogus", "814"},
		{"-set", "windows", "814"},
		{"-json", "-markdown", "814"},
		{"-list", "814"},
	} {
		_, errOut, status := rtcerr(nil, args...)
		assert.Equal(t, exitUsage, status, "%q", args)
		assert.Contains(t, errOut, "usage: rtcerr", "%q", args)
	}
	_, errOut, status := rtcerr(nil, "-h")
	assert.Equal(t, exitOK, status)
	golden(t, "help", errOut)
	// -set's list names every set of the library, and -json's source every
	// value that -json gives.
	for _, name := range append(slices.Clone(allSets), networkSet, kindSet) {
		assert.Regexp(t, `\b`+name+`\b`, errOut, "-h names the set %s", name)
	}
	var records []map[string]any
	for _, args := range [][]string{{"-json", "-list"}, {"-json", "ServerCode(-999)"}} {
		out, _, _ := rtcerr(nil, args...)
		var some []map[string]any
		require.NoError(t, json.Unmarshal([]byte(out), &some))
		records = append(records, some...)
	}
	for _, r := range records {
		if source, ok := r["source"].(string); ok {
			assert.Contains(t, errOut, `"`+source+`"`, "-h names the source %s", source)
		}
	}
	for _, flag := range []string{"-json", "-lang tag", "-list", "-markdown", "-set name"} {
		assert.Contains(t, errOut, "\n\t"+flag+"\n", "each flag with its placeholder, on a line of its own")
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct {
		env  map[string]string
		args []string
		want string
	}{
		{nil, nil, "conference ticket expired"},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, nil, "ticket过期"},
		{map[string]string{"LANG": "zh_TW.UTF-8"}, nil, "ticket 已過期"},
		{map[string]string{"LANG": "zh_HK.UTF-8"}, nil, "ticket 已過期"},
		{map[string]string{"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, nil, "conference ticket expired"},
		{map[string]string{"LC_MESSAGES": "zh_CN.UTF-8", "LC_ALL": "zh_TW.UTF-8"}, nil, "ticket 已過期"},
		{map[string]string{"LANG": "C"}, nil, "conference ticket expired"},
		{map[string]string{"LANG": "de_DE@euro"}, nil, "conference ticket expired"},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, []string{"-lang", "en"}, "conference ticket expired"},
		{nil, []string{"-lang", "zh-Hant"}, "ticket 已過期"},
		{nil, []string{"-lang", "zh_CN.UTF-8"}, "ticket过期"},
		{nil, []string{"-lang", "nonsense!"}, "conference ticket expired"},
	}
	for _, tt := range tests {
		out, _, status := rtcerr(tt.env, append(tt.args, "-502")...)
		require.Equal(t, exitOK, status)
		label := map[string]string{"conference ticket expired": "description: ", "ticket过期": "说明：", "ticket 已過期": "說明："}[tt.want]
		assert.Contains(t, out, "  "+label+tt.want+"\n", "%v %v: the description, under the language's label", tt.env, tt.args)
	}
}

func TestJSON(t *testing.T) {
	out, _, status := rtcerr(nil, "-list", "-json")
	require.Equal(t, exitOK, status)
	var records []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &records))
	require.Equal(t, len(allCodes())+len(errcode.Reasons()), len(records), "every code, then every gateway reason")
	sources := map[string]int{}
	for _, r := range records {
		if r["set"] == "gateway" {
			assert.ElementsMatch(t, []string{"set", "name", "aliases", "go", "kind", "http_status", "retryable", "remedy", "description", "hint"}, keys(r), "a reason has no number and no source")
		} else {
			assert.ElementsMatch(t, []string{"set", "name", "aliases", "code", "go", "kind", "http_status", "retryable", "remedy", "source", "description", "hint"}, keys(r))
			sources[r["source"].(string)]++
		}
		for _, field := range []string{"description", "hint"} {
			texts := r[field].(map[string]any)
			assert.ElementsMatch(t, []string{"en", "zh", "zh-Hant"}, keys(texts), "%v", r["name"])
		}
		assert.NotNil(t, r["aliases"], "aliases is an array, never null")
	}
	wantSources := map[string]int{}
	for i, c := range allCodes() {
		row, ok := rowOf(c)
		require.True(t, ok, "%v", c)
		wantSources[[...]string{registry.Table: "table", registry.SDK: "sdk", registry.Demo: "demo"}[row.Origin]]++
		assert.Equal(t, c.String(), records[i]["name"], "in the order of Codes")
		aliases := []any{}
		for _, a := range c.Aliases() {
			aliases = append(aliases, a)
		}
		assert.Equal(t, aliases, records[i]["aliases"], "%v", c)
	}
	assert.Equal(t, wantSources, sources)

	out, _, status = rtcerr(nil, "-json", "-set", "ios", "826")
	require.Equal(t, exitOK, status)
	records = nil
	require.NoError(t, json.Unmarshal([]byte(out), &records))
	require.Len(t, records, 1)
	assert.Equal(t, "sdk", records[0]["source"])
	assert.Equal(t, "RESOURCE_EXHAUSTED", records[0]["kind"])
	assert.Equal(t, false, records[0]["retryable"])

	out, _, status = rtcerr(nil, "-json", "814")
	require.Equal(t, exitOK, status)
	records = nil
	require.NoError(t, json.Unmarshal([]byte(out), &records))
	require.Len(t, records, 2)
	assert.Equal(t, "android", records[0]["set"])
	assert.Equal(t, "errcode.AndroidCallTicketExpired", records[0]["go"])
	assert.Equal(t, float64(401), records[0]["http_status"])
	assert.Equal(t, "ios", records[1]["set"])

	out, _, status = rtcerr(nil, "-json", "nope")
	assert.Equal(t, exitNotFound, status)
	assert.Equal(t, "[]\n", out)
}

// allCodes lists every code of every set, in the order of Codes.
func allCodes() []errcode.Code {
	var codes []errcode.Code
	for _, set := range errcode.Sets() {
		if set == errcode.SetGateway {
			continue
		}
		codes = append(codes, errcode.Codes(set)...)
	}
	return codes
}

func keys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func TestMarkdown(t *testing.T) {
	out, _, status := rtcerr(nil, "-list", "-markdown", "-set", "android")
	require.Equal(t, exitOK, status)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2+len(errcode.AndroidCodes()), "a header, a rule, then a row per code")
	assert.Contains(t, lines, "| android | 823 | `CALL_TALKER_ISFULL` | `AndroidCallTalkerIsFull` | RESOURCE_EXHAUSTED | 409 | no | wait_for_room | maximum number of speakers reached |")
	assert.Contains(t, lines, "| android | 825 | `CALL_PUSHCDN_ERROR` (SDK only) | `AndroidCallPushCDNError` | UNAVAILABLE | 503 | yes | retry | pushing the stream to the CDN failed |")
}

// TestCodesTable fails when the table of every code in docs/codes.md
// drifts from the registry; go generate ./... rewrites it.
func TestCodesTable(t *testing.T) {
	page, err := os.ReadFile("../../docs/codes.md")
	require.NoError(t, err)
	const begin, end = "<!-- BEGIN generated: codes -->\n", "<!-- END generated: codes -->"
	_, rest, ok := strings.Cut(string(page), begin)
	require.True(t, ok, "docs/codes.md has no %q", begin)
	table, _, ok := strings.Cut(rest, end)
	require.True(t, ok, "docs/codes.md has no %q", end)
	want, _, status := rtcerr(nil, "-list", "-markdown", "-lang", "en")
	require.Equal(t, exitOK, status)
	assert.Equal(t, want, table, "docs/codes.md's table is stale: run go generate ./...")
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("stdout closed") }

func TestWriteFailure(t *testing.T) {
	for _, format := range []string{"-json", "-markdown", "-lang=en"} {
		var errOut bytes.Buffer
		status := run([]string{format, "814"}, nil, failingWriter{}, &errOut, func(string) string { return "" })
		assert.Equal(t, exitNotFound, status, format)
		assert.Contains(t, errOut.String(), "stdout closed", format)
	}
}

// TestDocSamples runs every sample of rtcerr in docs/rtcerr.md, a fenced
// block that starts with "$ rtcerr" and its arguments, and checks that the
// block shows what the command prints.
func TestDocSamples(t *testing.T) {
	page, err := os.ReadFile("../../docs/rtcerr.md")
	require.NoError(t, err)
	samples := 0
	for block := range strings.SplitSeq(string(page), "```") {
		command, want, ok := strings.Cut(strings.TrimPrefix(block, "\n"), "\n")
		if !ok || !strings.HasPrefix(command, "$ rtcerr") {
			continue
		}
		samples++
		args := strings.Fields(strings.TrimPrefix(command, "$ rtcerr"))
		var got, errOut string
		var status int
		if i := slices.Index(args, "<"); i >= 0 {
			// The input is the sample's lines that rtcerr did not add.
			var in strings.Builder
			for line := range strings.Lines(want) {
				if !strings.HasPrefix(line, "  ↳ ") {
					in.WriteString(line)
				}
			}
			got, errOut, status = rtcerrIn(in.String(), args[:i]...)
		} else {
			got, errOut, status = rtcerr(nil, args...)
		}
		require.Equal(t, exitOK, status, "%s: %s", command, errOut)
		assert.Equal(t, want, got, "docs/rtcerr.md's sample of %q is not what rtcerr prints", command)
	}
	assert.Positive(t, samples, "docs/rtcerr.md shows rtcerr at work")
}

// rtcerrIn runs the command with stdin as its standard input.
func rtcerrIn(stdin string, args ...string) (stdout, stderr string, status int) {
	var out, errOut bytes.Buffer
	status = run(args, strings.NewReader(stdin), &out, &errOut, func(string) string { return "" })
	return out.String(), errOut.String(), status
}

// TestQueryForms: what an on-call engineer pastes is found, in the forms the
// library itself prints.
func TestQueryForms(t *testing.T) {
	for query, head := range map[string]string{
		"ServerCode(-999)":         "server -999 ServerCode(-999)",
		"IOSCode(-502)":            "ios -502 IOSCode(-502)",
		"ServerCode(-502)":         "server -502 TICKET_EXPIRED",
		"server.TICKET_EXPIRED":    "server -502 TICKET_EXPIRED",
		"gateway.reach_limit":      "gateway reach_limit",
		"ticket_expired":           "server -502 TICKET_EXPIRED",
		"emerrorcallbusy":          "ios 801 EMErrorCallBusy",
		"errcode.ServerBadRequest": "server -501 EXCEPTION, BAD_REQUEST",
	} {
		out, errOut, status := rtcerr(nil, query)
		assert.Equal(t, exitOK, status, "%s: %s", query, errOut)
		assert.True(t, strings.HasPrefix(out, head), "%s: %q", query, out)
	}
}

// TestDidYouMean: a query that matches nothing gets the nearest codes, and
// still exits 1.
func TestDidYouMean(t *testing.T) {
	for query, want := range map[string]string{
		"502":                "did you mean -502?",
		"TICKET_EXPIRD":      "did you mean TICKET_EXPIRED?",
		"reach_limt":         "did you mean reach_limit?",
		"ServerTicketExpird": "did you mean ServerTicketExpired?",
	} {
		_, errOut, status := rtcerr(nil, "-set", setOf(query), query)
		assert.Equal(t, exitNotFound, status, query)
		assert.Contains(t, errOut, want, query)
	}
	_, errOut, _ := rtcerr(nil, "nothing_like_any_code")
	assert.NotContains(t, errOut, "did you mean", "only what is near is suggested")
}

func setOf(query string) string {
	if query == "reach_limt" {
		return "gateway"
	}
	return "server"
}

// TestAnnotateLines: pasted log lines come back, each followed by what its
// codes and reasons mean.
func TestAnnotateLines(t *testing.T) {
	lines := strings.Join([]string{
		`level=ERROR msg="join failed" rtc.set=server rtc.code=-502 rtc.name=TICKET_EXPIRED rtc.kind=UNAUTHENTICATED`,
		`{"level":"ERROR","msg":"sdk failure","code":{"set":"android","code":824,"name":"CALL_CONFERENCE_ALREADY_IN_CONFERENCE"}}`,
		`2026/11/29 12:00:01 create room: rtc gateway error reach_limit (HTTP 429): This request has reached api limit`,
		`span error.type=errcode.NetworkConnectionRefused peer=rtc errcode.IOSCallDesktopFull`,
		`app says EMErrorCallBusy after retrying`,
		`nothing to see here`,
	}, "\n") + "\n"
	out, errOut, status := rtcerrIn(lines, "-")
	require.Equal(t, exitOK, status, errOut)
	golden(t, "annotate", out)
	assert.Contains(t, out, "  ↳ server -502 TICKET_EXPIRED: conference ticket expired")
	assert.Contains(t, out, "  ↳ gateway reach_limit: API rate limit reached")
	assert.Contains(t, out, "  ↳ ios 826 EMErrorCallDesktopFull")
	assert.Contains(t, out, "  ↳ ios 801 EMErrorCallBusy")

	out, _, status = rtcerrIn("no code here\n")
	assert.Equal(t, exitNotFound, status, "a pipe with no query is read too, and nothing found exits 1")
	assert.Equal(t, "no code here\n", out)

	_, errOut, status = rtcerrIn("x", "-", "-json")
	assert.Equal(t, exitUsage, status)
	assert.Contains(t, errOut, "do not apply")
	_, errOut, status = rtcerr(nil, "-")
	assert.Equal(t, exitUsage, status, "- with a terminal")
	assert.Contains(t, errOut, "terminal")
}
