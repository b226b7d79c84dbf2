package errhttp_test

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errhttp"
)

// FromHTTPResponse turns a response of the RTC server into an error, or nil.
func ExampleFromHTTPResponse() {
	rtc := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnauthorized)
		io.WriteString(w, `{"error": "auth_bad_access_token", "error_description": "Unable to authenticate due to corrupt access token"}`)
	}))
	defer rtc.Close()

	resp, err := http.Get(rtc.URL + "/conferences")
	if err != nil {
		fmt.Println(err)
		return
	}
	err = errhttp.FromHTTPResponse(resp)

	var e *errcode.Error
	if errors.As(err, &e) {
		fmt.Println(e.StatusCode, e.Reason.String(), errcode.KindOf(err).String(), errcode.Retryable(err))
	}
	fmt.Println(errors.Is(err, errcode.ReasonAuthBadAccessToken))
	// Output:
	// 401 auth_bad_access_token UNAUTHENTICATED false
	// true
}
