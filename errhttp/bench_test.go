package errhttp

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/rtckit/errcode"
)

// benchRequest carries the Accept-Language header that Chrome sends in China.
func benchRequest() *http.Request {
	r := httptest.NewRequest(http.MethodGet, "/join", nil)
	r.Header.Set("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
	return r
}

// BenchmarkWriteProblem answers a ticket that expired.
func BenchmarkWriteProblem(b *testing.B) {
	r, err := benchRequest(), errcode.FromServer(-502, "ticket expired")
	for b.Loop() {
		WriteProblem(httptest.NewRecorder(), r, err)
	}
}

// BenchmarkWriteProblemJSON is BenchmarkWriteProblem's baseline:
// encoding/json encoding the same problem, already built, to the same kind
// of recorder.
func BenchmarkWriteProblemJSON(b *testing.B) {
	body, _ := ProblemWriter{}.problem(errcode.FromServer(-502, "ticket expired"), "zh-CN")
	for b.Loop() {
		rec := httptest.NewRecorder()
		_ = json.NewEncoder(rec).Encode(body)
	}
}
