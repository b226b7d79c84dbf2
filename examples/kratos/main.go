// Kratos shows a kratos HTTP server that answers errcode's errors as
// errhttp does: its ErrorEncoder is errhttp.WriteProblem, and nothing more.
//
// It is a module of its own, apart from the other examples: kratos's
// transport/http has a known vulnerability at every version
// (GO-2026-5471, no fix published), which no library module imports.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"time"

	khttp "github.com/go-kratos/kratos/v2/transport/http"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errhttp"
)

// failures are what the server answers, by room.
var failures = map[string]error{
	"full":    &errcode.Error{Code: errcode.ServerConfrMemberTooMany},
	"limited": &errcode.Error{Reason: errcode.ReasonReachLimit, StatusCode: 429, RetryAfter: 2 * time.Second},
}

// newServer is a kratos HTTP server whose handlers return failures(room),
// answered as errhttp does: the glue is the ErrorEncoder.
func newServer(failures func(room string) error) *khttp.Server {
	srv := khttp.NewServer(khttp.ErrorEncoder(errhttp.WriteProblem))
	srv.Route("/").GET("/v1/rooms/{room}", func(ctx khttp.Context) error {
		return failures(ctx.Vars().Get("room"))
	})
	return srv
}

func main() {
	srv := httptest.NewServer(newServer(func(room string) error { return failures[room] }))
	defer srv.Close()
	for _, room := range []string{"full", "limited"} {
		resp, err := http.Get(srv.URL + "/v1/rooms/" + room)
		if err != nil {
			panic(err)
		}
		retryAfter, contentType, status := resp.Header.Get("Retry-After"), resp.Header.Get("Content-Type"), resp.StatusCode
		read := errhttp.FromHTTPResponse(resp)
		_, _ = io.Copy(io.Discard, resp.Body)
		fmt.Printf("%s: HTTP %d %s, Retry-After %q; read back: %s, retryable %v\n", room, status, contentType, retryAfter, errcode.ErrorType(read), errcode.Retryable(read))
	}
}
