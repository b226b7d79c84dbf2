// Httpserver is a net/http service that calls the RTC conference server,
// wraps its failures with errhttp, logs them with slog, and answers its own
// client with an RFC 9457 problem in the client's language, which the
// client reads back into the same typed code.
//
// An httptest server inside the example stands in for the RTC server and
// answers with bodies shaped as the real one's.
package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errhttp"
)

// fakeRTC answers as the RTC server and its REST gateway do.
func fakeRTC() *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		switch r.URL.Query().Get("conference") {
		case "ok":
			io.WriteString(w, `{"error": 0, "id": "c1", "type": 10, "talkerLimit": 6}`)
		case "expired":
			io.WriteString(w, `{"error": -502, "error_description": "ticket expired"}`)
		case "full":
			io.WriteString(w, `{"error": -523, "error_description": "talker limit 6"}`)
		case "token":
			w.WriteHeader(http.StatusUnauthorized)
			io.WriteString(w, `{"error": "auth_bad_access_token", "error_description": "Unable to authenticate due to corrupt access token", "exception": "SecurityException", "timestamp": 1542350943210, "duration": 0}`)
		default:
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusServiceUnavailable)
			io.WriteString(w, "<html><body>503 Service Temporarily Unavailable</body></html>")
		}
	}))
}

// service is our own backend: it joins a conference on the RTC server for
// its client.
type service struct {
	rtc    string // the RTC server's base URL
	logger *slog.Logger
}

func (s *service) join(w http.ResponseWriter, r *http.Request) {
	conference := r.URL.Query().Get("conference")
	err := s.callRTC(conference)
	if err == nil {
		fmt.Fprintln(w, "joined")
		return
	}
	// The log gets everything: the wrapping's text, code, name, kind, advice,
	// description, the peer's message and status, however err is wrapped.
	s.logger.Error("join failed", "conference", conference, errcode.Attr("rtc", err))

	// The client gets a problem in its language, with the code to match
	// again and the advice, but nothing of the peer's words; when the RTC
	// gateway refused this service's own token, a 502.
	errhttp.WriteProblem(w, r, err)
}

func (s *service) callRTC(conference string) error {
	resp, err := http.Get(s.rtc + "/conferences?conference=" + conference)
	if err != nil {
		return &errcode.Error{Op: "join conference", Err: fmt.Errorf("%w: %w", errcode.Unavailable, err)}
	}
	if err := errhttp.FromHTTPResponse(resp); err != nil {
		return fmt.Errorf("join conference %s: %w", conference, err)
	}
	return nil
}

func main() {
	rtc := fakeRTC()
	defer rtc.Close()

	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{} // keep the output stable
			}
			return a
		},
	}))
	svc := httptest.NewServer(http.HandlerFunc((&service{rtc: rtc.URL, logger: logger}).join))
	defer svc.Close()

	for _, call := range []struct{ conference, acceptLanguage string }{
		{"ok", "en"},
		{"expired", "zh-CN,zh;q=0.9"},
		{"full", "zh-TW"},
		{"token", "en-US"},
		{"overloaded", "fr, en;q=0.5"},
	} {
		req, _ := http.NewRequest(http.MethodGet, svc.URL+"/join?conference="+call.conference, nil)
		req.Header.Set("Accept-Language", call.acceptLanguage)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println(err)
			continue
		}
		if resp.StatusCode == http.StatusOK {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			fmt.Printf("client got %d: %s\n", resp.StatusCode, strings.TrimSpace(string(body)))
			continue
		}
		language := resp.Header.Get("Content-Language")
		err = errhttp.FromHTTPResponse(resp) // reads the problem back into a typed error
		var e *errcode.Error
		errors.As(err, &e)
		code := "no code"
		if e.Code != nil {
			code = e.Code.String()
		}
		fmt.Printf("client got %d %s %s, retryable %t: %s\n", resp.StatusCode, language, code, errcode.Retryable(err), e.Message)
	}
}
