package errhttp

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/internal/testkit"
)

// peerResponse is a response as a peer sends it, with any headers.
func peerResponse(status int, header http.Header, body string) *http.Response {
	rec := httptest.NewRecorder()
	for name, values := range header {
		rec.Header()[name] = values
	}
	rec.WriteHeader(status)
	_, _ = rec.WriteString(body)
	return rec.Result()
}

func TestRetryAfterIsCappedBothWays(t *testing.T) {
	maxSeconds := strconv.Itoa(int(errcode.MaxRetryAfter / time.Second))
	for _, value := range []string{"9223372036", "315360000", "Fri, 31 Dec 9999 23:59:59 GMT", "99999999999999999999999"} {
		err := FromHTTPResponse(peerResponse(503, http.Header{"Retry-After": {value}}, ""))
		delay, ok := errcode.RetryAfter(err)
		assert.True(t, ok, value)
		assert.Equal(t, errcode.MaxRetryAfter, delay, value)

		resp, _ := answer(t, ProblemWriter{}, "en", err)
		assert.Equal(t, maxSeconds, resp.Header.Get("Retry-After"), value)
	}
	for _, asked := range []time.Duration{math.MaxInt64, 10 * 365 * 24 * time.Hour, math.MaxInt64 - time.Second + 2} {
		resp, _ := answer(t, ProblemWriter{}, "en", &errcode.Error{StatusCode: 503, RetryAfter: asked})
		assert.Equal(t, maxSeconds, resp.Header.Get("Retry-After"), "%v", asked)
	}
	resp, _ := answer(t, ProblemWriter{}, "en", &errcode.Error{StatusCode: 503, RetryAfter: 1500 * time.Millisecond})
	assert.Equal(t, "2", resp.Header.Get("Retry-After"), "rounded up to whole seconds")
}

func TestCarelessCallersOfWriteProblem(t *testing.T) {
	var nilError *errcode.Error
	for _, err := range []error{nil, nilError, fmt.Errorf("w: %w", nilError), errcode.Kind(17), fmt.Errorf("w: %w", errcode.Kind(200))} {
		rec := httptest.NewRecorder()
		require.NotPanics(t, func() { WriteProblem(rec, nil, err) }, "%#v", err)
		var body map[string]any
		require.NoError(t, json.NewDecoder(rec.Result().Body).Decode(&body))
		assert.Equal(t, 500, rec.Code)
		assert.Equal(t, errcode.DocBase+"Unknown", body["type"])
		assert.Equal(t, "UNKNOWN", body["kind"])
		assert.Equal(t, "en", rec.Header().Get("Content-Language"))
	}
}

func TestContextErrorsOverHTTP(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	resp, body := answer(t, ProblemWriter{}, "en", fmt.Errorf("join: %w", ctx.Err()))
	assert.Equal(t, 499, resp.StatusCode)
	assert.Equal(t, "CANCELLED", body["kind"])

	ctx, cancel = context.WithTimeout(context.Background(), 0)
	defer cancel()
	resp, body = answer(t, ProblemWriter{}, "en", ctx.Err())
	assert.Equal(t, 504, resp.StatusCode)
	assert.Equal(t, "DEADLINE_EXCEEDED", body["kind"])
	assert.Equal(t, true, body["retryable"])
}

// FuzzFromHTTPResponse reads any response a peer can send and answers with
// it, checking the promises rather than only the absence of panics: the
// error is one bounded line, its delay within the cap, and the answer holds
// the library's words alone.
func FuzzFromHTTPResponse(f *testing.F) {
	f.Add(200, "Retry-After", "", `{"error": 0}`, "zh-TW")
	f.Add(401, "Retry-After", "5", `{"error": "auth_bad_access_token", "error_description": "x\n\u202e"}`, "en")
	f.Add(429, "Retry-After", "9223372036", `{"error": "reach_limit"}`, "zh")
	f.Add(503, "Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT", "<html>\x1b]0;t\x07</html>", "")
	f.Add(502, "Content-Type", "application/problem+json", `{"title": "t", "status": 401, "detail": "d", "set": "server", "code": -502, "name": "TICKET_EXPIRED"}`, "a,b")
	f.Add(302, "Location", "/x", "", "ja")
	f.Fuzz(func(t *testing.T, status int, name, value, body, acceptLanguage string) {
		if status < 100 || status > 999 || !validHeader(name, value) {
			t.Skip() // net/http sends no such response
		}
		err := FromHTTPResponse(peerResponse(status, http.Header{http.CanonicalHeaderKey(name): {value}}, body))
		if status >= 200 && status < 300 && err == nil {
			return
		}
		require.Error(t, err, "a %d is never a success", status)
		assertOneLine(t, err.Error())
		assert.NotEqual(t, errcode.OK, errcode.KindOf(err), "a failure is never OK")
		if answer := errcode.AnswerFor(err).HTTPStatus; answer >= 200 && answer < 300 {
			t.Errorf("a failure answered %d: %v", answer, err)
		}
		delay, _ := errcode.RetryAfter(err)
		assert.True(t, delay >= 0 && delay <= errcode.MaxRetryAfter, "%v", delay)

		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.Header.Set("Accept-Language", acceptLanguage)
		rec := httptest.NewRecorder()
		WriteProblem(rec, req, err)
		if after := rec.Header().Get("Retry-After"); after != "" {
			seconds, perr := strconv.Atoi(after)
			require.NoError(t, perr)
			assert.True(t, seconds >= 0 && time.Duration(seconds)*time.Second <= errcode.MaxRetryAfter, after)
		}
		var got map[string]any
		require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &got))
		a := errcode.AnswerFor(err)
		tag := language.Make(rec.Header().Get("Content-Language"))
		assert.Contains(t, errcode.Languages(), tag)
		assert.Equal(t, a.HTTPStatus, rec.Code)
		assert.Equal(t, float64(a.HTTPStatus), got["status"])
		assert.Equal(t, a.Kind.String(), got["kind"])
		assert.Equal(t, a.Retryable, got["retryable"])
		assert.Equal(t, a.Remedy.String(), got["remedy"])
		assert.Equal(t, a.Describe(tag), got["detail"], "the detail is the library's text for the answer, nothing of the peer's")
		assert.Equal(t, a.Hint(tag), got["hint"])
		assert.Equal(t, a.Description(tag), got["title"], "the title says what happened, the same for every occurrence of the type")
		assert.True(t, strings.HasPrefix(got["type"].(string), errcode.DocBase), "%v", got["type"])
		for member := range got {
			assert.Contains(t, []string{"type", "title", "status", "detail", "set", "code", "name", "kind", "retryable", "remedy", "hint"}, member)
		}
	})
}

// validHeader reports whether net/http would send a header so named and
// valued.
func validHeader(name, value string) bool {
	valid := func(r rune) bool { return r == '\t' || r >= ' ' && r != 0x7f }
	return name != "" && strings.IndexFunc(name, func(r rune) bool { return r <= ' ' || r >= 0x7f || r == ':' }) < 0 &&
		utf8.ValidString(value) && strings.IndexFunc(value, func(r rune) bool { return !valid(r) }) < 0
}

func assertOneLine(t *testing.T, s string) { t.Helper(); testkit.AssertOneLine(t, s) }
