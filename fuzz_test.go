package errcode_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode"
)

// The fuzz targets hold the promises about input from the network: no panic,
// every error one bounded line (assertOneLine), and what parses prints back
// to the same value. Their seeds are in
// testdata/fuzz and below; .ci/run fuzzes each for a while.

func addParseSeeds(f *testing.F) {
	for _, s := range []string{"TICKET_EXPIRED", "BAD_REQUEST", "CALL_TICKET_EXPIRED", "EMErrorCallCDNError", "-502", "814", " 0 ", "",
		"NOPE", "0x1F", "--5", "+7", "99999999999999999999", "-2147483648", "\xff"} {
		f.Add(s)
	}
}

// fuzzParse checks that a value that parses prints back, through String, to
// something that parses to the same value.
func fuzzParse(t *testing.T, set errcode.Set, s string) {
	c, err := parse(set, s)
	if err != nil {
		assertOneLine(t, err.Error())
		return
	}
	again, err := parse(set, c.String())
	if !c.Known() {
		// An unknown value prints as ServerCode(-999); its number parses back.
		again, err = parse(set, strings.TrimSuffix(c.String()[strings.IndexByte(c.String(), '(')+1:], ")"))
	}
	require.NoError(t, err, "%q → %s", s, c)
	assert.Equal(t, c, again, "%q", s)
}

func FuzzParseServerCode(f *testing.F) {
	addParseSeeds(f)
	f.Fuzz(func(t *testing.T, s string) { fuzzParse(t, errcode.SetServer, s) })
}

func FuzzParseAndroidCode(f *testing.F) {
	addParseSeeds(f)
	f.Fuzz(func(t *testing.T, s string) { fuzzParse(t, errcode.SetAndroid, s) })
}

func FuzzParseIOSCode(f *testing.F) {
	addParseSeeds(f)
	f.Fuzz(func(t *testing.T, s string) { fuzzParse(t, errcode.SetIOS, s) })
}

func FuzzUnmarshalJSON(f *testing.F) {
	for _, s := range []string{`-502`, `"TICKET_EXPIRED"`, `"BAD_REQUEST"`, `null`, `{}`, `1.5`, `"\u0054ICKET_EXPIRED"`, `"`, `[`, `1e3`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, set := range allSets {
			c, err := unmarshal(set, string(data))
			if err != nil {
				assertOneLine(t, err.Error())
				continue
			}
			out, err := c.(interface{ MarshalJSON() ([]byte, error) }).MarshalJSON()
			require.NoError(t, err)
			again, err := unmarshal(set, string(out))
			require.NoError(t, err)
			assert.Equal(t, c, again)
		}
	})
}

func FuzzParseResponse(f *testing.F) {
	for _, s := range []string{successBody, codeBody, gatewayBody, htmlBody, floatBody, objectBody, hugeCodeBody, `{"error":null}`, `{"error":""}`, "", `[]`, `{"error":-502,"error_description":{"a":1}}`} {
		f.Add([]byte(s))
	}
	rows, sample := readRESTErrors(f)
	f.Add([]byte(sample))
	for _, row := range rows {
		f.Add(fmt.Appendf(nil, `{"error": %q, "error_description": %q, "exception": "org.apache.usergrid.rest.exceptions.SecurityException"}`, row.reason, row.description))
	}
	for _, r := range errcode.Reasons() {
		f.Add([]byte(`{"error":"` + r.String() + `"}`))
	}
	for _, info := range []string{fullInfo, limitInfo, kindInfo, foreignInfo} {
		f.Add([]byte(rpcStatusBody(8, "m", info, `,{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"2s"}`)))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		err := errcode.ParseResponse(body)
		if err == nil {
			return
		}
		assertOneLine(t, err.Error())
		var e *errcode.Error
		require.ErrorAs(t, err, &e)
		for _, a := range e.LogValue().Group() {
			assertOneLine(t, a.Value.String())
		}
		if e.Err != nil {
			assertOneLine(t, e.Err.Error())
		}
		assert.True(t, e.Code != nil || e.Reason != "" || e.Message != "" || e.Err != nil, "a failure says something: %q", body)
		assert.True(t, utf8.ValidString(e.Message), "%q", e.Message)
		_ = errcode.KindOf(err)
		_ = errcode.Describe(err, english)
	})
}

func FuzzMatchLanguage(f *testing.F) {
	for _, s := range []string{"zh-CN,zh;q=0.9,en;q=0.8", "zh-TW", "*", "", "garbage;;q=x", "en;q=0", "x-klingon", "zh-Hant-HK;q=0.5, ja"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, header string) {
		assert.Contains(t, errcode.Languages(), errcode.MatchLanguage(header))
	})
}

// FuzzReadProblem reads arbitrary bodies as problem details: ReadResponse
// never panics, a failure status is never a success, and a typed code is
// restored only with a failure status and when the body's "set", "code" and
// "name" name it consistently.
func FuzzReadProblem(f *testing.F) {
	for _, s := range []string{
		`{"type":"https://pkg.go.dev/github.com/rtckit/errcode#ServerTicketExpired","title":"t","status":401,"detail":"d","set":"server","code":-502,"name":"TICKET_EXPIRED","kind":"UNAUTHENTICATED","retryable":false,"hint":"h"}`,
		`{"title":"t","status":429,"detail":"d","set":"gateway","name":"reach_limit","kind":"RESOURCE_EXHAUSTED","retryable":true}`,
		`{"title":"t","status":400,"detail":"d","set":"ios","code":999,"name":"IOSCode(999)"}`,
		`{"title":"t","status":400,"set":"android","code":824,"name":"CALL_VIDEO_ISFUll"}`,
		`{"type":"about:blank","title":"Not Found","status":404}`,
		`{"title":"t","status":"401","set":"server","code":-502,"name":"TICKET_EXPIRED"}`,
	} {
		f.Add(401, []byte(s))
	}
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		err := errcode.ReadResponse(status, bytes.NewReader(body))
		failed := status != 0 && (status < 200 || status >= 300) // 0 is no status: the body decides
		if err == nil {
			assert.False(t, failed, "a %d is never a success", status)
			return
		}
		assertOneLine(t, err.Error())
		c, ok := errcode.CodeOf(err)
		if !ok {
			return
		}
		var named map[string]json.RawMessage // exact names, as the library reads them
		require.NoError(t, json.Unmarshal(body, &named), "a code comes only from a JSON body")
		if len(named["error"]) > 0 {
			return // a response of the conference server, not a problem
		}
		assert.True(t, failed, "a problem counts only with a failure status, not %d", status)
		assert.Equal(t, c.Set().String(), firstJSONString(named["set"]))
		assert.Equal(t, c.String(), firstJSONString(named["name"]))
		assert.Equal(t, strconv.Itoa(c.Int()), string(named["code"]))
	})
}

// firstJSONString decodes a JSON string, or gives "".
func firstJSONString(raw json.RawMessage) string {
	var s string
	_ = json.Unmarshal(raw, &s)
	return s
}
