package errcode

import (
	"errors"
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
	web, _ := Lookup(SetWeb, code)
	if web == nil {
		return &Error{Op: errorType, Message: errorMessage, Err: fmt.Errorf("errcode: web code %d is outside the int32 range", code)}
	}
	if server, ok := causeIn(errorMessage); ok {
		return &Error{Code: server, Op: errorType, Message: errorMessage, Err: web}
	}
	return &Error{Code: web, Op: errorType, Message: errorMessage}
}

// causeIn returns the known server failure code, or WebNetworkFail, that
// caused a web SDK rejection, as its errorMessage names it: "… cause: -523
// …", or "failed = -507" for a remote control; -9527 is the SDK's own network
// failure. A success ("cause: -0") is no cause. (A scanner, not a regexp: package regexp at init would cost every
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
	if !known || c.Kind() == OK {
		return nil, false
	}
	return c, true
}

// ParseWebReport reads the JSON object that a web SDK call rejected with, as
// a web app forwards it, such as {"error": -200, "errorType": "join_fail",
// "errorMessage": "…"}, and returns what FromWeb returns for it. It reads
// JSON as ParseResponse does (names exact, a member twice an error, null
// absent): a body that is not such an object, whose "error" is absent or is not a JSON
// number that is a whole int32 ("0" is a string, not a number), or whose
// "errorType" or "errorMessage" is not a string, is an *Error that says so.
func ParseWebReport(data []byte) error {
	var m webMembers
	if err := readMembers("web SDK report", data, webReportMembers[:], m[:]); err != nil {
		return &Error{Message: snippet(data), Err: err}
	}
	for _, n := range [...]int{webMemberErrorType, webMemberErrorMessage} {
		if m[n] != nil && !isString(m[n]) {
			return &Error{Message: snippet(data), Err: fmt.Errorf("errcode: web SDK report's %q is %s, not a string", webReportMembers[n], shorten(string(m[n]), maxQuoted))}
		}
	}
	errorType, message := stringValue(m[webMemberErrorType]), stringValue(m[webMemberErrorMessage])
	raw := m[webMemberError]
	n, ok := int32Value(raw)
	switch {
	case raw == nil:
		return &Error{Op: errorType, Message: snippet(data), Err: errors.New(`errcode: web SDK report has no "error"`)}
	case !ok:
		return &Error{Op: errorType, Message: snippet(data), Err: fmt.Errorf("errcode: web SDK report's \"error\" is %s, not a whole int32 number", shorten(string(raw), maxQuoted))}
	}
	return FromWeb(int(n), errorType, message)
}

// FromWebExit reads the reason and the failed code that the web SDK gives
// onConferenceExit(reason, failed): nil for a normal hang-up (0) with no
// failed code; else an *Error whose Code is the failed code, where there is
// one (a server code, or WebNetworkFail for -9527), with the exit reason in
// its chain, or the exit reason itself; but for CONFERENCE_CLOSED (11),
// whose failed code says only why the conference closed (-501 or -506), the
// exit reason is the Code and the failed code in its chain. errors.Is
// matches both. A failed
// code with the normal exit reason is a failure (the SDK gives 0 for a first
// join that the server refused), and the normal reason is left out of its
// chain, as a success decides nothing; a number beyond int32, reason or
// failed code, is an *Error whose cause keeps it.
func FromWebExit(reason, failed int) error {
	const op = "conference exit"
	exit, _ := Lookup(SetWebExit, reason)
	var cause error
	switch {
	case exit == nil:
		cause = fmt.Errorf("errcode: exit reason %d is outside the int32 range", reason)
	case exit.Kind() != OK:
		cause = exit
	}
	if failed == 0 {
		if reason == 0 {
			return nil
		}
		if exit == nil {
			return &Error{Op: op, Err: cause}
		}
		return &Error{Code: exit, Op: op}
	}
	set := SetServer
	if failed == int(WebNetworkFail) {
		set = SetWeb
	}
	c, _ := Lookup(set, failed)
	if c == nil {
		outside := fmt.Errorf("errcode: failed code %d is outside the int32 range", failed)
		if cause != nil {
			return &Error{Op: op, Err: fmt.Errorf("%w: %w", cause, outside)}
		}
		return &Error{Op: op, Err: outside}
	}
	if exit == WebExitConferenceClosed {
		// The conference is gone, whatever the server's code for closing
		// it says (the SDK gives 11 for -501 too): the member can only be
		// told, and the exit reason decides, with the code in its chain.
		return &Error{Code: exit, Op: op, Err: c}
	}
	return &Error{Code: c, Op: op, Err: cause}
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
