// Package testkit holds what the tests of errcode's packages and modules
// share: a hostile peer's text, the check that a failure prints as one
// bounded line, and bodies as the RTC server and its gateway send them. It
// is for tests only; nothing that a user imports imports it.
package testkit

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/rtckit/errcode"
)

// Forgery is what a hostile peer puts in its text: a second log line, a
// terminal title escape, a bidirectional override, a line separator, and
// 10 MB more.
var Forgery = ForgeryStart + strings.Repeat("A", 10<<20)

// ForgeryStart is Forgery's start; ForgeryEscaped is how a library text
// prints it.
const (
	ForgeryStart   = "x\n2026/11/27 INFO login ok\x1b]0;t\x07\u202e\u2028"
	ForgeryEscaped = `x\n2026/11/27 INFO login ok\x1b]0;t\a\u202e\u2028`
)

// AssertOneLine checks that s is one line of printable characters, at most
// errcode.MaxErrorLen bytes, as every Error and LogValue of the library must
// be, whatever a peer sent.
func AssertOneLine(t testing.TB, s string) {
	t.Helper()
	assert.LessOrEqual(t, len(s), errcode.MaxErrorLen)
	assert.True(t, utf8.ValidString(s) && strings.IndexFunc(s, func(r rune) bool { return !strconv.IsPrint(r) }) < 0, "%.200q", s)
}

// Bodies shaped as the RTC server and its REST gateway send them.
const (
	SuccessBody  = `{"error": 0, "id": "2d1b1e6a", "type": 10, "talkerLimit": 6}`
	CodeBody     = `{"error": -502, "error_description": "ticket expired at 1542350943"}`
	GatewayBody  = `{"error": "auth_bad_access_token", "error_description": "Unable to authenticate due to corrupt access token", "exception": "com.easemob.oauth.SecurityException", "timestamp": 1542350943210, "duration": 0}`
	HTMLBody     = "<html><body><h1>502 Bad Gateway</h1></body></html>"
	FloatBody    = `{"error": -502.5}`
	ObjectBody   = `{"error": {"code": -502}}`
	HugeCodeBody = `{"error": 99999999999}`
)
