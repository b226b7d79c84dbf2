// Package errhttp reads the conference server's net/http responses into
// errcode errors. It is apart from package errcode so that errcode does not
// make every program that imports it link net/http.
package errhttp

import (
	"errors"
	"net/http"

	"github.com/rtckit/errcode"
)

// FromHTTPResponse reads and closes resp's body, at most 1 MiB of it, and
// returns nil for a success or an *errcode.Error that says what failed, as
// errcode.ReadResponse does: a numeric "error" gives its ServerCode, a
// gateway's string "error" its Reason, and a failure status with no usable
// body an error whose kind comes from the status (401 Unauthenticated,
// 403 PermissionDenied, 404 NotFound, 429 ResourceExhausted and retryable,
// 5xx Unavailable and retryable). It never panics. Read the body yourself and
// call errcode.ParseResponse when you need it too.
func FromHTTPResponse(resp *http.Response) error {
	if resp == nil {
		return &errcode.Error{Err: errors.New("errhttp: nil *http.Response")}
	}
	if resp.Body == nil {
		return errcode.ReadResponse(resp.StatusCode, nil)
	}
	defer resp.Body.Close()
	return errcode.ReadResponse(resp.StatusCode, resp.Body)
}
