package errcode_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/rtckit/errcode"
)

// Codes are errors: return them, wrap them, and match them with errors.Is.
// Codes of different sets never match, whatever their numbers.
func Example_errorsIs() {
	err := fmt.Errorf("join conference: %w", errcode.AndroidCallTicketExpired)

	fmt.Println(errors.Is(err, errcode.AndroidCallTicketExpired))
	fmt.Println(errors.Is(err, errcode.IOSCallTicketExpired)) // also 814, but iOS
	fmt.Println(errors.Is(err, errcode.Unauthenticated))      // its kind
	// Output:
	// true
	// false
	// true
}

// Is matches any of several codes, such as every way a ticket can fail.
func ExampleIs() {
	err := errcode.FromServer(-502, "ticket expired")

	if errcode.Is(err, errcode.ServerTicketInvalid, errcode.ServerTicketExpired, errcode.ServerMemberInvalid) {
		fmt.Println("request a new ticket")
	}
	// Output: request a new ticket
}

// FromServer wraps the numeric "error" of a server response; success is nil.
func ExampleFromServer() {
	fmt.Println(errcode.FromServer(0, ""))

	err := errcode.FromServer(-523, "talker limit 6")
	fmt.Println(err)

	var e *errcode.Error
	if errors.As(err, &e) {
		fmt.Println(e.Code.String(), e.Code.Int(), e.Message)
	}

	// A code that the table does not list keeps its number.
	fmt.Println(errcode.FromServer(-999, "new in a later server"))
	// Output:
	// <nil>
	// rtc server error CONFR_TALKER_TOO_MANY (-523): too many speakers in the conference: talker limit 6
	// CONFR_TALKER_TOO_MANY -523 talker limit 6
	// rtc server error -999: unknown code: new in a later server
}

// Parsing accepts every spelling that String gives, the table's aliases,
// and numbers.
func ExampleParseServerCode() {
	for _, s := range []string{"TICKET_EXPIRED", "BAD_REQUEST", "-502", "-999", "CALL_BUSY"} {
		c, err := errcode.ParseServerCode(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(int(c), c, c.Known())
	}
	// Output:
	// -502 rtc server error TICKET_EXPIRED (-502): conference ticket expired true
	// -501 rtc server error EXCEPTION (-501): abnormal operation, e.g. publishing a stream anyway when publishing is not allowed — or bad request, which covers many cases true
	// -502 rtc server error TICKET_EXPIRED (-502): conference ticket expired true
	// -999 rtc server error -999: unknown code false
	// errcode: "CALL_BUSY" is not a known server code identifier or an int32 number (it is an identifier of the android set)
}

// Codes encode as numbers and decode from numbers or identifiers.
func ExampleServerCode_UnmarshalJSON() {
	var report struct {
		Code     errcode.AndroidCode `json:"code"`
		Previous errcode.AndroidCode `json:"previous"`
	}
	err := json.Unmarshal([]byte(`{"code": 814, "previous": "CALL_JOIN_TIMEOUT"}`), &report)
	fmt.Println(err, report.Code.String(), report.Previous.String())

	out, _ := json.Marshal(report)
	fmt.Println(string(out))
	// Output:
	// <nil> CALL_TICKET_EXPIRED CALL_JOIN_TIMEOUT
	// {"code":814,"previous":820}
}

// Descriptions come in English, Simplified and Traditional Chinese; any tag
// is matched to the closest of them.
func ExampleServerCode_Description() {
	c := errcode.ServerIllegalRights
	for _, tag := range []string{"en", "zh-CN", "zh-TW", "ja"} {
		fmt.Printf("%s: %s\n", tag, c.Description(language.MustParse(tag)))
	}
	// Output:
	// en: insufficient permission, e.g. an audience member may not publish a stream
	// zh-CN: 权限不够，比如观众不允许发布流
	// zh-TW: 權限不足，例如觀眾不得發布串流
	// ja: insufficient permission, e.g. an audience member may not publish a stream
}

// MatchLanguage picks the shipped language for an Accept-Language header.
func ExampleMatchLanguage() {
	tag := errcode.MatchLanguage("zh-TW,zh;q=0.9,en;q=0.8")
	fmt.Println(tag, errcode.AndroidCallTalkerIsFull.Description(tag))
	fmt.Println(errcode.MatchLanguage("fr-CH, fr;q=0.9"))
	// Output:
	// zh-Hant 發言者人數已滿
	// en
}

// Every code knows its kind, the HTTP status to answer with, and whether to retry.
func ExampleKindOf() {
	for _, err := range []error{
		errcode.FromServer(-707, ""),
		fmt.Errorf("join: %w", errcode.AndroidCallJoinTimeout),
		errcode.FromIOS(824, ""),
		errors.New("not ours"),
	} {
		fmt.Println(errcode.KindOf(err).String(), errcode.AnswerFor(err).HTTPStatus, errcode.Retryable(err))
	}
	// Output:
	// PERMISSION_DENIED 403 false
	// DEADLINE_EXCEEDED 504 true
	// RESOURCE_EXHAUSTED 409 false
	// UNKNOWN 500 false
}

// Describe gives one localized line for a log or an end user: what happened
// and what to do.
func ExampleDescribe() {
	err := fmt.Errorf("join: %w", errcode.FromServer(-707, ""))
	fmt.Println(errcode.Describe(err, language.English))
	fmt.Println(errcode.Describe(err, language.Chinese))
	// Output:
	// RTC service in arrears; pay the outstanding balance in the console
	// rtc服务欠费。请在控制台结清欠费。
}

// Codes and *Error log as groups that say what the code means.
func Example_slog() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{} // keep the output stable
			}
			return a
		},
	}))
	err := &errcode.Error{Code: errcode.ServerTicketExpired, Op: "join conference", Message: "ticket expired"}
	logger.Error("join failed", "err", err)
	logger.Warn("sdk report", "code", errcode.IOSCallCDNError)
	// Output:
	// {"level":"ERROR","msg":"join failed","err":{"set":"server","code":-502,"name":"TICKET_EXPIRED","kind":"UNAUTHENTICATED","retryable":false,"remedy":"rejoin","description":"conference ticket expired","op":"join conference","message":"ticket expired"}}
	// {"level":"WARN","msg":"sdk report","code":{"set":"ios","code":825,"name":"EMErrorCallCDNError","kind":"UNAVAILABLE","retryable":true,"remedy":"retry","description":"pushing the stream to the CDN failed"}}
}

// The catalog plugs into your own message.Printer.
func ExampleCatalog() {
	p := message.NewPrinter(errcode.MatchLanguage("zh-CN"), message.Catalog(errcode.Catalog()))
	fmt.Println(p.Sprintf("server.TICKET_EXPIRED"))
	fmt.Println(p.Sprintf("server.TICKET_EXPIRED.hint"))
	fmt.Println(p.Sprintf("android.unknown", 999))
	// Output:
	// ticket过期
	// 请重新获取 ticket 后再加入会议：用会议 ID 和密码加入时，SDK 会获取新的 ticket；也可请邀请方重新发送邀请
	// 未知的 Android 错误码 999
}

// ParseResponse reads a server response body: success, a conference code, or
// a gateway reason.
func ExampleParseResponse() {
	fmt.Println(errcode.ParseResponse([]byte(`{"error": 0, "id": "c1", "talkerLimit": 6}`)))

	err := errcode.ParseResponse([]byte(`{"error": "auth_bad_access_token", "error_description": "Unable to authenticate due to corrupt access token"}`))
	var e *errcode.Error
	if errors.As(err, &e) {
		fmt.Println(e.Reason.String(), "|", e.Message)
	}
	fmt.Println(errors.Is(err, errcode.ReasonAuthBadAccessToken), errcode.KindOf(err).String(), errcode.Retryable(err))
	// Output:
	// <nil>
	// auth_bad_access_token | Unable to authenticate due to corrupt access token
	// true UNAUTHENTICATED false
}

// The gateway sends a 429 for two failures that need opposite handling: a
// rate limit, worth a retry after a pause, and the plan's limit, which no
// retry passes.
func ExampleReason() {
	for _, body := range []string{
		`{"error": "reach_limit", "error_description": "This request has reached api limit"}`,
		`{"error": "resource_limited", "error_description": "You have exceeded the limit of the Free edition."}`,
	} {
		err := errcode.ReadResponse(429, strings.NewReader(body))
		fmt.Println(errcode.Retryable(err), errcode.Describe(err, language.English))
	}
	// Output:
	// true API rate limit reached; pause, then retry with backoff, and if it happens often, spread the calls out or ask the vendor for a higher rate limit
	// false the plan's limit was reached; upgrade the plan or contact the vendor: sending the request again never helps
}

// The same number means different things in different sets: look it up in
// the set it came from.
func ExampleLookup() {
	for _, set := range []errcode.Set{errcode.SetAndroid, errcode.SetIOS, errcode.SetServer} {
		c, known := errcode.Lookup(set, 809)
		fmt.Println(set, c.String(), known, c.Description(language.English))
	}
	// Output:
	// android CALL_NO_SESSION true no session
	// ios EMErrorCallNotExist true real-time call does not exist
	// server ServerCode(809) false unknown server error code 809
}
