package errcode

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// The errorTypes of the web SDK's rejections that do not name a code of its
// own (section 2c of the project's copy of the SDK's facts,
// testdata/web-sdk.md).
const (
	webServerRefuse = "server_refuse" // "error" is the server's REST code, unchanged
	webHTTPError    = "http_error"    // "error" is an HTTP status, 0 when no answer came
)

// FromWeb reads what a web app forwards of a call of the vendor's web SDK
// that failed: the "error", "errorType" and "errorMessage" of the object the
// SDK rejected the call with. It tells the SDK's own codes from the
// server's, which share numbers with other meanings:
//
//   - an errorType of the SDK's own (join_fail, open_user_media_fail,
//     push_fail, sub_fail, …) gives the WebCode (-200 is then the SDK's
//     join failure, not the server's REQUEST_PARAMS_ERROR); where the
//     errorMessage names the cause after "cause: ", as the SDK writes it (a
//     server code, or -9527, the SDK's network failure), that code is the
//     *Error's Code, and decides, with the WebCode in its chain;
//   - "server_refuse", or no errorType, gives the server's code, as
//     FromServer does: the SDK passes the server's REST bodies on unchanged;
//   - "http_error" gives a failure with that HTTP status, or, for 0, a
//     request that got no answer: Unavailable, retryable;
//   - any other errorType keeps the number as a WebCode, known or not.
//
// A bare -200 with no errorType is the server's REQUEST_PARAMS_ERROR: only
// the errorType tells the SDK's join failure apart, so pass "join_fail" where
// you know the app's join failed. The errorType is kept as the *Error's Op,
// the errorMessage as its Message. A success (0, with no errorType or
// server_refuse) is nil.
func FromWeb(code int, errorType, errorMessage string) error {
	switch errorType {
	case "", webServerRefuse:
		err := from(SetServer, code, errorMessage)
		if e, ok := err.(*Error); ok {
			e.Op = errorType
		}
		return err
	case webHTTPError:
		e := &Error{Op: errorType, StatusCode: code, Message: errorMessage}
		if !failureStatus(code) {
			e.StatusCode, e.Err = 0, fmt.Errorf("errcode: the web SDK's request got no HTTP answer (status %d): %w", code, Unavailable)
		}
		return e
	}
	web := lookupWeb(code, errorType)
	if web == nil {
		return &Error{Op: errorType, Message: errorMessage, Err: fmt.Errorf("errcode: web code %d is outside the int32 range", code)}
	}
	if server, ok := causeIn(errorMessage); ok {
		return &Error{Code: server, Op: errorType, Message: errorMessage, Err: web}
	}
	return &Error{Code: web, Op: errorType, Message: errorMessage}
}

// lookupWeb returns the number as a WebCode, known or not; nil for a number
// beyond int32. The errorType only tells that the code is the SDK's own: the
// number says which.
func lookupWeb(code int, errorType string) Code {
	c, _ := Lookup(SetWeb, code)
	return c
}

// causeIn returns the known server code, or WebNetworkFail, that caused a
// web SDK rejection, as its errorMessage names it: "… cause: -523 …", or
// "failed = -507" for a remote control; -9527 is the SDK's own network
// failure. (A scanner, not a regexp: package regexp at init would cost every
// importer its init and a third of a megabyte.)
func causeIn(message string) (Code, bool) {
	number, ok := causeNumber(message)
	if !ok {
		return nil, false
	}
	n, err := strconv.Atoi(number)
	if err != nil {
		return nil, false
	}
	if n == int(WebNetworkFail) {
		return WebNetworkFail, true // the SDK's own: the network, or an enter timeout
	}
	c, known := Lookup(SetServer, n)
	return c, known
}

// webReport is the object a web SDK call rejects with.
type webReport struct {
	Error        json.Number `json:"error"`
	ErrorType    string      `json:"errorType"`
	ErrorMessage string      `json:"errorMessage"`
}

// ParseWebReport reads the JSON object that a web SDK call rejected with, as
// a web app forwards it, such as {"error": -200, "errorType": "join_fail",
// "errorMessage": "…"}, and returns what FromWeb returns for it. A body that
// is not such an object is an error that says so.
func ParseWebReport(data []byte) error {
	var r webReport
	if err := json.Unmarshal(data, &r); err != nil {
		return &Error{Message: snippet(data), Err: fmt.Errorf("errcode: not a web SDK report: %w", err)}
	}
	n, err := strconv.Atoi(r.Error.String())
	if err != nil {
		return &Error{Op: r.ErrorType, Message: snippet(data), Err: fmt.Errorf("errcode: web SDK report's \"error\" is %s, not a whole number", quote(r.Error.String()))}
	}
	return FromWeb(n, r.ErrorType, r.ErrorMessage)
}

// FromWebExit reads the reason and the failed code that the web SDK gives
// onConferenceExit(reason, failed): nil for a normal hang-up (0) with no
// failed code; else an *Error whose Code is the failed code, where there is
// one (a server code, or WebNetworkFail for -9527), with the exit reason in
// its chain, or the exit reason itself. errors.Is matches both.
func FromWebExit(reason, failed int) error {
	exit, _ := Lookup(SetWebExit, reason)
	if exit == nil {
		exit = WebExitReason(0)
	}
	if failed == 0 {
		if reason == 0 {
			return nil
		}
		return &Error{Code: exit, Op: "conference exit"}
	}
	set := SetServer
	if failed == int(WebNetworkFail) {
		set = SetWeb
	}
	c, _ := Lookup(set, failed)
	if c == nil {
		return &Error{Code: exit, Op: "conference exit", Err: fmt.Errorf("errcode: failed code %d is outside the int32 range", failed)}
	}
	return &Error{Code: c, Op: "conference exit", Err: exit}
}

// causeNumber returns the negative number after the first "cause" or
// "failed" of message that a separator (":", "：" or "=") and spaces follow.
func causeNumber(message string) (string, bool) {
	for _, word := range [...]string{"cause", "failed"} {
		rest := message
		for {
			i := strings.Index(rest, word)
			if i < 0 {
				break
			}
			rest = rest[i+len(word):]
			after := strings.TrimLeft(rest, " ")
			sep := ""
			for _, s := range [...]string{":", "：", "="} {
				if strings.HasPrefix(after, s) {
					sep = s
				}
			}
			if sep == "" {
				continue
			}
			after = strings.TrimLeft(after[len(sep):], " ")
			end := 1
			for end < len(after) && end <= 10 && after[end] >= '0' && after[end] <= '9' {
				end++
			}
			if strings.HasPrefix(after, "-") && end > 1 && end <= 10 {
				return after[:end], true
			}
		}
	}
	return "", false
}
