package errcode_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/rtckit/errcode"
)

var (
	english     = language.English
	simplified  = language.Chinese
	traditional = language.TraditionalChinese
)

// TestTableMatchesVendor checks every entry of the vendor's table: its
// identifier parses to its number, the number prints back as the identifier
// listed first, and the Chinese description is the vendor's text verbatim,
// with both texts for a number listed twice, and the SDK's meaning after the
// table's where a shipped SDK names the number otherwise.
func TestTableMatchesVendor(t *testing.T) {
	sdk := readSDKConstants(t)
	for set, rows := range readVendorTable(t) {
		t.Run(set.String(), func(t *testing.T) {
			texts := map[int][]string{}
			var order []int
			for _, row := range rows {
				if _, seen := texts[row.value]; !seen {
					order = append(order, row.value)
				}
				texts[row.value] = append(texts[row.value], row.text)
			}
			for _, row := range rows {
				c, err := parse(set, row.name)
				require.NoError(t, err, row.name)
				assert.Equal(t, row.value, c.Int(), row.name)
				assert.True(t, c.Known(), row.name)
				assert.True(t, c.Documented(), row.name)
				assert.Equal(t, set, c.Set(), row.name)
				want := strings.Join(texts[row.value], "；")
				for _, s := range sdk[set] {
					if s.value == row.value && !s.inTable {
						want = "错误码表：" + want + "；SDK：" + sdkText(t, sdk, row.value)
					}
				}
				assert.Equal(t, want, c.Description(simplified), row.name)
				if texts[row.value][0] == row.text {
					assert.Equal(t, row.name, c.String())
				}
			}
			var got []int
			for _, c := range errcode.Codes(set) {
				if c.Documented() {
					got = append(got, c.Int())
				}
			}
			assert.Equal(t, order, got, "Codes lists each of the table's values once, in the table's order")
		})
	}
}

// TestSDKConstants checks every constant of the shipped SDKs: it parses to
// its number, and a code that the table leaves out is known, not documented,
// prints as the SDK's name and has the SDK header's Chinese verbatim
// (Android's, which the SDK gives none for, the iOS header's for the same
// number). A name that the table gives another number's identifier is an
// alias.
func TestSDKConstants(t *testing.T) {
	sdk := readSDKConstants(t)
	table := readVendorTable(t)
	for set, rows := range sdk {
		for _, row := range rows {
			c, err := parse(set, row.name)
			require.NoError(t, err, row.name)
			assert.Equal(t, row.value, c.Int(), row.name)
			assert.True(t, c.Known(), row.name)
			if row.inTable {
				assert.True(t, c.Documented(), row.name)
				assert.Equal(t, row.name, c.String(), row.name)
				continue
			}
			documented := slices.ContainsFunc(table[set], func(r vendorRow) bool { return r.value == row.value })
			assert.Equal(t, documented, c.Documented(), row.name)
			if documented {
				assert.Contains(t, c.Aliases(), row.name, "the SDK's name for a number the table names otherwise")
				assert.NotEqual(t, row.name, c.String(), "String keeps the table's identifier")
				continue
			}
			assert.Equal(t, row.name, c.String())
			assert.Equal(t, sdkText(t, sdk, row.value), c.Description(simplified), row.name)
		}
	}
}

func TestDocumented(t *testing.T) {
	tests := []struct {
		code       errcode.Code
		documented bool
	}{
		{errcode.ServerTicketExpired, true},
		{errcode.AndroidCallConferenceAlreadyInConference, true},
		{errcode.AndroidCallPushCDNError, false},
		{errcode.IOSCallRoomNotExist, false},
		{errcode.IOSCallDesktopFull, false},
		{errcode.IOSCallAutoAudioFail, false},
		{errcode.IOSCallCDNError, true},
		{errcode.ServerCode(-999), false},
		{errcode.IOSCode(828), false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.documented, tt.code.Documented(), "%v", tt.code)
	}
}

func TestCounts(t *testing.T) {
	assert.Len(t, errcode.ServerCodes(), 28, "29 entries, -501 twice")
	assert.Len(t, errcode.AndroidCodes(), 28, "the table's 27 and the SDK's 825")
	assert.Len(t, errcode.IOSCodes(), 25, "the table's 22 and the SDK's 816, 826 and 827")
	assert.Nil(t, errcode.Codes(errcode.Set(9)))
}

func TestIdentifiersAndValuesUnique(t *testing.T) {
	for _, set := range allSets {
		names, values := map[string]bool{}, map[int]bool{}
		for _, c := range errcode.Codes(set) {
			for _, name := range append([]string{c.String()}, c.Aliases()...) {
				assert.False(t, names[name], "%s: identifier %s twice", set, name)
				names[name] = true
			}
			assert.False(t, values[c.Int()], "%s: value %d twice", set, c.Int())
			values[c.Int()] = true
		}
	}
	assert.Equal(t, []string{"BAD_REQUEST"}, errcode.ServerException.Aliases())
	assert.Equal(t, errcode.ServerException, errcode.ServerBadRequest)
	assert.Equal(t, []string{"CALL_VIDEO_ISFUll"}, errcode.AndroidCallConferenceAlreadyInConference.Aliases())
	assert.Equal(t, errcode.AndroidCallConferenceAlreadyInConference, errcode.AndroidCallVideoIsFull)
	assert.Empty(t, errcode.AndroidCallBusy.Aliases())
	assert.Empty(t, errcode.IOSCallBusy.Aliases())
}

// TestParseIsInverseOfString parses every code from its identifier, every
// alias, its number and space-padded forms of them.
func TestParseIsInverseOfString(t *testing.T) {
	for _, c := range allCodes() {
		spellings := append([]string{c.String(), strconv.Itoa(c.Int()), " " + c.String() + "\t\n"}, c.Aliases()...)
		for _, s := range spellings {
			got, err := parse(c.Set(), s)
			require.NoError(t, err, "%q", s)
			assert.Equal(t, c, got, "%q", s)
		}
	}
}

func TestParseUnknownNumberKeepsValue(t *testing.T) {
	for _, set := range allSets {
		c, err := parse(set, "-999")
		require.NoError(t, err)
		assert.Equal(t, -999, c.Int())
		assert.False(t, c.Known())
	}
	c, err := errcode.ParseServerCode("+2147483647")
	require.NoError(t, err)
	assert.Equal(t, 2147483647, c.Int())
	c, err = errcode.ParseServerCode("-2147483648")
	require.NoError(t, err)
	assert.Equal(t, -2147483648, c.Int())
}

func TestParseRejectsBadInput(t *testing.T) {
	inputs := []string{"", "   ", "NOPE", "TICKET_EXPIRED_X", "ticket_expired", "0x1F", "--5", "+-5", "-", "1_000", "1.5", "1e3", "5 5",
		"99999999999999999999", "2147483648", "-2147483649", "\x00", "\xff\xfe", strings.Repeat("9", 10000), strings.Repeat("界", 100)}
	for _, set := range allSets {
		for _, in := range inputs {
			_, err := parse(set, in)
			var pe *errcode.ParseError
			require.ErrorAs(t, err, &pe, "%s %q", set, in)
			assert.Equal(t, set, pe.Set)
			assert.Equal(t, strings.TrimSpace(in), pe.Input, "the input is kept whole")
			assert.Contains(t, err.Error(), set.String())
			assert.Less(t, len(err.Error()), 200, "a huge input does not make a huge message")
		}
	}
	_, err := errcode.ParseServerCode("99999999999999999999")
	assert.ErrorIs(t, err, strconv.ErrRange)
	assert.Contains(t, err.Error(), `"99999999999999999999"`)
}

// TestParseRejectsOtherSetsIdentifiers: an identifier names a code of its own set only.
func TestParseRejectsOtherSetsIdentifiers(t *testing.T) {
	for _, c := range allCodes() {
		for _, set := range allSets {
			if set == c.Set() {
				continue
			}
			_, err := parse(set, c.String())
			if assert.Error(t, err, "%s parsed as a %s code", c, set) {
				assert.Contains(t, err.Error(), "(it is an identifier of the "+c.Set().String()+" set)")
			}
		}
	}
}

func TestString(t *testing.T) {
	tests := []struct {
		code errcode.Code
		want string
	}{
		{errcode.ServerTicketExpired, "TICKET_EXPIRED"},
		{errcode.ServerBadRequest, "EXCEPTION"},
		{errcode.ServerSysRefuseChangeRoles, "SYS_REFUSE_CHANAGE_ROLES"},
		{errcode.AndroidCallTicketExpired, "CALL_TICKET_EXPIRED"},
		{errcode.IOSCallTicketExpired, "EMErrorCallTicketExpired"},
		{errcode.ServerCode(-999), "ServerCode(-999)"},
		{errcode.AndroidCode(3), "AndroidCode(3)"},
		{errcode.IOSCode(817), "IOSCode(817)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.code.String())
	}
	assert.Equal(t, "server", errcode.SetServer.String())
	assert.Equal(t, "android", errcode.SetAndroid.String())
	assert.Equal(t, "ios", errcode.SetIOS.String())
	assert.Equal(t, "Set(0)", errcode.Set(0).String())
}

func TestParseSet(t *testing.T) {
	for _, set := range allSets {
		got, err := errcode.ParseSet(set.String())
		require.NoError(t, err)
		assert.Equal(t, set, got)
	}
	_, err := errcode.ParseSet("windows")
	assert.ErrorContains(t, err, `"windows"`)
}

func TestError(t *testing.T) {
	tests := []struct {
		code errcode.Code
		want string
	}{
		{errcode.ServerTicketExpired, "rtc server error TICKET_EXPIRED (-502): conference ticket expired"},
		{errcode.AndroidCallTicketExpired, "rtc android error CALL_TICKET_EXPIRED (814): conference ticket expired"},
		{errcode.IOSCallVideoFull, "rtc ios error EMErrorCallVideoFull (824): maximum number of video streams reached"},
		{errcode.ServerCode(-999), "rtc server error -999: unknown code"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.code.Error())
	}
	for _, c := range allCodes() {
		msg := c.Error()
		for _, part := range []string{c.Set().String(), c.String(), strconv.Itoa(c.Int()), c.Description(english)} {
			assert.Contains(t, msg, part)
		}
	}
}

func TestLookup(t *testing.T) {
	c, ok := errcode.Lookup(errcode.SetIOS, 825)
	assert.True(t, ok)
	assert.Equal(t, errcode.IOSCallCDNError, c)
	c, ok = errcode.Lookup(errcode.SetAndroid, 826)
	assert.False(t, ok, "826 is iOS only")
	assert.Equal(t, errcode.AndroidCode(826), c, "an unknown number is kept")
	c, ok = errcode.Lookup(errcode.SetServer, -502)
	assert.True(t, ok)
	assert.Equal(t, errcode.ServerTicketExpired, c)
	c, ok = errcode.Lookup(errcode.SetServer, 1<<40)
	assert.False(t, ok)
	assert.Nil(t, c)
	c, ok = errcode.Lookup(errcode.Set(0), 1)
	assert.False(t, ok)
	assert.Nil(t, c)
}

// TestPlatformOnlyCodes pins the platform-only numbers, of the table and of
// the shipped SDKs.
func TestPlatformOnlyCodes(t *testing.T) {
	for _, n := range []int{817, 819, 820, 821, 822} {
		assert.True(t, errcode.AndroidCode(n).Known(), "%d", n)
		assert.False(t, errcode.IOSCode(n).Known(), "%d", n)
	}
	for _, n := range []int{826, 827} {
		assert.True(t, errcode.IOSCode(n).Known(), "%d", n)
		assert.False(t, errcode.AndroidCode(n).Known(), "%d", n)
	}
	assert.True(t, errcode.IOSCode(825).Known())
	assert.True(t, errcode.AndroidCode(825).Known(), "the shipped SDK's CALL_PUSHCDN_ERROR")
	assert.True(t, errcode.IOSCode(816).Known(), "the iOS header's EMErrorCallRoomNotExist")
	assert.Equal(t, errcode.AndroidCallConferenceNoExist, errcode.AndroidCode(816), "Android 816 is the table's")
}

func TestDescriptionsInEveryLanguage(t *testing.T) {
	require.Equal(t, []language.Tag{english, simplified, traditional}, errcode.Languages())
	for _, c := range allCodes() {
		en, zh, hant := c.Description(english), c.Description(simplified), c.Description(traditional)
		for _, s := range []string{en, zh, hant, c.Hint(english), c.Hint(simplified), c.Hint(traditional)} {
			assert.NotEmpty(t, s, c.String())
			assert.Equal(t, strings.TrimSpace(s), s, "%s: no stray spaces", c)
		}
		assert.NotEqual(t, en, zh, c.String())
		assert.NotEqual(t, en, hant, c.String())
		assert.NotEqual(t, c.Hint(english), c.Hint(simplified), c.String())
		assertEnglish(t, en, c.String())
		assertEnglish(t, c.Hint(english), c.String())
		assertTraditional(t, hant, c.String())
		assertTraditional(t, c.Hint(traditional), c.String())
		assertSimplified(t, zh, c.String())
		assertSimplified(t, c.Hint(simplified), c.String())
	}
}

// assertEnglish checks the style of the English texts: no Han characters, no
// trailing period, and a lower-case start unless it starts with an acronym
// or a proper name.
func assertEnglish(t *testing.T, s, code string) {
	t.Helper()
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			assert.Fail(t, "Han character in English text", "%s: %q", code, s)
			break
		}
	}
	assert.False(t, strings.HasSuffix(s, "."), "%s: %q ends with a period", code, s)
	first, _, _ := strings.Cut(s, " ")
	if unicode.IsUpper(rune(s[0])) {
		assert.Contains(t, []string{"IM", "RTC", "CDN"}, first, "%s: %q", code, s)
	}
}

// simplifiedOnly are characters that Simplified Chinese writes and
// Traditional Chinese does not: one of them in a Traditional text means it
// was copied, not written.
const simplifiedOnly = "会议发订阅户网络请务费权员码错误设备时过连数据视频择传参结头间状态这级开关闭经让对应签处问题录门实选许达检换编输线层终则护释"

func assertTraditional(t *testing.T, s, code string) {
	t.Helper()
	if i := strings.IndexAny(s, simplifiedOnly); i >= 0 {
		assert.Fail(t, "Simplified character in Traditional text", "%s: %q at byte %d", code, s, i)
	}
}

// traditionalOnly are the Traditional forms of simplifiedOnly: one of them
// in a Simplified text means the two got mixed up.
const traditionalOnly = "會議發訂閱戶網絡請務費權員碼錯誤設備時過連數據視頻擇傳參結頭間狀態這級開關閉經讓對應簽處問題錄門實選許達檢換編輸線層終則護釋"

func assertSimplified(t *testing.T, s, code string) {
	t.Helper()
	if i := strings.IndexAny(s, traditionalOnly); i >= 0 {
		assert.Fail(t, "Traditional character in Simplified text", "%s: %q at byte %d", code, s, i)
	}
}

func TestDescriptionLanguageMatching(t *testing.T) {
	tests := []struct {
		tag  string
		want language.Tag
	}{
		{"zh", simplified}, {"zh-CN", simplified}, {"zh-Hans", simplified}, {"zh-SG", simplified}, {"zh-Hans-HK", simplified},
		{"zh-TW", traditional}, {"zh-HK", traditional}, {"zh-MO", traditional}, {"zh-Hant", traditional}, {"zh-Hant-CN", traditional},
		{"en", english}, {"en-US", english}, {"en-GB", english}, {"und", english}, {"ja", english}, {"fr-CA", english},
		{"yue", english}, {"zh-TW-u-nu-hanidec", traditional}, {"en-u-rg-cnzzzz", english},
	}
	for _, tt := range tests {
		tag := language.MustParse(tt.tag)
		for _, c := range []errcode.Code{errcode.ServerTicketExpired, errcode.AndroidCallBusy, errcode.IOSCallCDNError, errcode.ServerCode(-999)} {
			assert.Equal(t, c.Description(tt.want), c.Description(tag), "%s %s", tt.tag, c)
			assert.Equal(t, c.Hint(tt.want), c.Hint(tag), "%s %s", tt.tag, c)
		}
	}
}

func TestUnknownCodes(t *testing.T) {
	tests := []struct {
		code                 errcode.Code
		en, zh, hant, goName string
	}{
		{errcode.ServerCode(-999), "unknown server error code -999", "未知的服务端错误码 -999", "未知的伺服器錯誤碼 -999", ""},
		{errcode.AndroidCode(999), "unknown Android error code 999", "未知的 Android 错误码 999", "未知的 Android 錯誤碼 999", ""},
		{errcode.IOSCode(-1), "unknown iOS error code -1", "未知的 iOS 错误码 -1", "未知的 iOS 錯誤碼 -1", ""},
	}
	for _, tt := range tests {
		assert.False(t, tt.code.Known())
		assert.Equal(t, tt.en, tt.code.Description(english))
		assert.Equal(t, tt.zh, tt.code.Description(simplified))
		assert.Equal(t, tt.hant, tt.code.Description(traditional))
		assert.NotEmpty(t, tt.code.Hint(english))
		assert.NotEqual(t, tt.code.Hint(english), tt.code.Hint(simplified))
		assert.Equal(t, errcode.Unknown, tt.code.Kind())
		assert.Equal(t, 500, tt.code.HTTPStatus())
		assert.False(t, tt.code.Retryable())
		assert.Empty(t, tt.code.GoName())
		assert.Contains(t, tt.code.Error(), strconv.Itoa(tt.code.Int()))
	}
}

// TestErrorsIs checks the matching rules: same set and value; never across
// sets; a code matches its kind; through %w chains, errors.Join and *Error.
func TestErrorsIs(t *testing.T) {
	cause := errors.New("connection reset")
	wrapped := fmt.Errorf("join: %w", fmt.Errorf("rpc: %w", fmt.Errorf("call: %w", errcode.AndroidCallTicketExpired)))
	withContext := fmt.Errorf("handler: %w", &errcode.Error{Code: errcode.ServerTicketExpired, Op: "join conference", Message: "ticket expired", Err: cause})
	joined := errors.Join(errors.New("other"), errcode.IOSCallVideoFull)

	tests := []struct {
		name   string
		err    error
		target error
		want   bool
	}{
		{"same code", errcode.ServerTicketExpired, errcode.ServerTicketExpired, true},
		{"alias is the same value", errcode.ServerBadRequest, errcode.ServerException, true},
		{"other code", errcode.ServerTicketExpired, errcode.ServerTicketInvalid, false},
		{"three %w wraps", wrapped, errcode.AndroidCallTicketExpired, true},
		{"Android 814 is not iOS 814", wrapped, errcode.IOSCallTicketExpired, false},
		{"Android 809 is not iOS 809", errcode.AndroidCallNoSession, errcode.IOSCallNotExist, false},
		{"Android 824 is not iOS 824", errcode.AndroidCallConferenceAlreadyInConference, errcode.IOSCallVideoFull, false},
		{"server -1 is not Android -1", errcode.ServerCode(-1), errcode.AndroidCode(-1), false},
		{"unknown codes keep matching", errcode.ServerCode(-999), errcode.ServerCode(-999), true},
		{"kind", wrapped, errcode.Unauthenticated, true},
		{"other kind", wrapped, errcode.NotFound, false},
		{"*Error's code", withContext, errcode.ServerTicketExpired, true},
		{"*Error's kind", withContext, errcode.Unauthenticated, true},
		{"*Error's cause", withContext, cause, true},
		{"*Error, other code", withContext, errcode.ServerTicketInvalid, false},
		{"*Error, other set", withContext, errcode.AndroidCode(-502), false},
		{"errors.Join", joined, errcode.IOSCallVideoFull, true},
		{"errors.Join kind", joined, errcode.ResourceExhausted, true},
		{"not fs errors", errcode.ServerIllegalRights, fs.ErrPermission, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, errors.Is(tt.err, tt.target))
		})
	}
}

func TestIsHelper(t *testing.T) {
	err := fmt.Errorf("join: %w", errcode.FromServer(-502, "expired"))
	assert.True(t, errcode.Is(err, errcode.ServerTicketInvalid, errcode.ServerTicketExpired))
	assert.False(t, errcode.Is(err, errcode.ServerTicketInvalid, errcode.AndroidCallTicketExpired))
	assert.False(t, errcode.Is(err))
	assert.False(t, errcode.Is(nil, errcode.ServerTicketExpired))
}

func TestCodeOf(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want errcode.Code
	}{
		{"bare code", errcode.IOSCallBusy, errcode.IOSCallBusy},
		{"wrapped", fmt.Errorf("a: %w", errcode.AndroidCallBusy), errcode.AndroidCallBusy},
		{"*Error", fmt.Errorf("a: %w", errcode.FromServer(-999, "")), errcode.ServerCode(-999)},
		{"joined", errors.Join(errors.New("x"), errcode.ServerPubInactive), errcode.ServerPubInactive},
		{"*Error without code, code in cause", &errcode.Error{Reason: "r", Err: errcode.AndroidNetworkError}, errcode.AndroidNetworkError},
		{"none", errors.New("plain"), nil},
		{"nil", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := errcode.CodeOf(tt.err)
			assert.Equal(t, tt.want != nil, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestErrorsAsTypedCode(t *testing.T) {
	err := fmt.Errorf("wrap: %w", errcode.FromAndroid(814, "expired"))
	var android errcode.AndroidCode
	require.True(t, errors.As(err, &android))
	assert.Equal(t, errcode.AndroidCallTicketExpired, android)
	var ios errcode.IOSCode
	assert.False(t, errors.As(err, &ios))
	assert.Equal(t, errcode.IOSCode(0), ios, "a failed As leaves the target alone")
	var server errcode.ServerCode
	require.True(t, errors.As(fmt.Errorf("w: %w", errcode.FromServer(-502, "")), &server))
	assert.Equal(t, errcode.ServerTicketExpired, server)
	require.True(t, errors.As(errcode.FromIOS(825, ""), &ios))
	assert.Equal(t, errcode.IOSCallCDNError, ios)
	var e *errcode.Error
	require.True(t, errors.As(err, &e))
	assert.Equal(t, "expired", e.Message)
}

func TestFrom(t *testing.T) {
	assert.NoError(t, errcode.FromServer(0, "ok"))
	assert.NoError(t, errcode.FromAndroid(0, ""))
	assert.NoError(t, errcode.FromIOS(0, ""))

	tests := []struct {
		err  error
		code errcode.Code
	}{
		{errcode.FromServer(-502, "ticket expired"), errcode.ServerTicketExpired},
		{errcode.FromServer(-999, "ticket expired"), errcode.ServerCode(-999)},
		{errcode.FromAndroid(809, "ticket expired"), errcode.AndroidCallNoSession},
		{errcode.FromIOS(809, "ticket expired"), errcode.IOSCallNotExist},
	}
	for _, tt := range tests {
		var e *errcode.Error
		require.ErrorAs(t, tt.err, &e)
		assert.Equal(t, tt.code, e.Code)
		assert.Equal(t, "ticket expired", e.Message)
		assert.ErrorIs(t, tt.err, tt.code)
	}

	err := errcode.FromServer(1<<40, "huge")
	require.Error(t, err)
	assert.Contains(t, err.Error(), strconv.Itoa(1<<40), "a number beyond int32 is kept in the error")
	_, ok := errcode.CodeOf(err)
	assert.False(t, ok)
}

func TestErrorText(t *testing.T) {
	cause := errors.New("EOF")
	tests := []struct {
		err  *errcode.Error
		want string
	}{
		{&errcode.Error{Code: errcode.ServerTicketExpired}, "rtc server error TICKET_EXPIRED (-502): conference ticket expired"},
		{&errcode.Error{Code: errcode.ServerTicketExpired, Op: "join", Message: "expired at 10:00", Err: cause},
			"join: rtc server error TICKET_EXPIRED (-502): conference ticket expired: expired at 10:00: EOF"},
		{&errcode.Error{Reason: "auth_bad_access_token", StatusCode: 401, Message: "corrupt token"},
			"rtc gateway error auth_bad_access_token (HTTP 401): corrupt token"},
		{&errcode.Error{StatusCode: 503}, "rtc gateway error (HTTP 503)"},
		{&errcode.Error{StatusCode: 200, Err: cause}, "EOF"},
		{&errcode.Error{}, "rtc error"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.err.Error())
	}
}

func TestJSON(t *testing.T) {
	type response struct {
		Server  errcode.ServerCode  `json:"server"`
		Android errcode.AndroidCode `json:"android"`
		IOS     errcode.IOSCode     `json:"ios"`
	}
	in := response{errcode.ServerTicketExpired, errcode.AndroidCallBusy, errcode.IOSCode(999)}
	data, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"server":-502,"android":801,"ios":999}`, string(data))
	var out response
	require.NoError(t, json.Unmarshal(data, &out))
	assert.Equal(t, in, out)

	require.NoError(t, json.Unmarshal([]byte(`{"server":"BAD_REQUEST","android":"CALL_BUSY","ios":" EMErrorCallCDNError "}`), &out))
	assert.Equal(t, response{errcode.ServerException, errcode.AndroidCallBusy, errcode.IOSCallCDNError}, out)
	require.NoError(t, json.Unmarshal([]byte(`{"server":"TICKET_\u0045XPIRED","android":"-3"}`), &out))
	assert.Equal(t, errcode.ServerTicketExpired, out.Server, "escapes are decoded")
	assert.Equal(t, errcode.AndroidCode(-3), out.Android)

	out = response{errcode.ServerTicketExpired, errcode.AndroidCallBusy, errcode.IOSCallBusy}
	require.NoError(t, json.Unmarshal([]byte(`{"server":null,"android":null,"ios":null}`), &out))
	assert.Equal(t, response{errcode.ServerTicketExpired, errcode.AndroidCallBusy, errcode.IOSCallBusy}, out, "null leaves the value alone")

	for _, c := range allCodes() {
		data, err := json.Marshal(c)
		require.NoError(t, err)
		assert.Equal(t, strconv.Itoa(c.Int()), string(data))
		for _, in := range []string{string(data), strconv.Quote(c.String())} {
			got, err := unmarshal(c.Set(), in)
			require.NoError(t, err, in)
			assert.Equal(t, c, got, in)
		}
	}
}

func unmarshal(set errcode.Set, data string) (errcode.Code, error) {
	switch set {
	case errcode.SetServer:
		var c errcode.ServerCode
		err := json.Unmarshal([]byte(data), &c)
		return c, err
	case errcode.SetAndroid:
		var c errcode.AndroidCode
		err := json.Unmarshal([]byte(data), &c)
		return c, err
	default:
		var c errcode.IOSCode
		err := json.Unmarshal([]byte(data), &c)
		return c, err
	}
}

func TestUnmarshalJSONRejectsBadInput(t *testing.T) {
	inputs := []string{`{}`, `{"error":1}`, `[1]`, `1.5`, `-502.0`, `1e3`, `"NOPE"`, `"TICKET_EXPIRED_X"`, `""`, `true`, `99999999999999999999`, `"0x1F"`}
	for _, set := range allSets {
		for _, in := range inputs {
			_, err := unmarshal(set, in)
			var pe *errcode.ParseError
			assert.ErrorAs(t, err, &pe, "%s %s", set, in)
		}
	}
	// Called directly, past encoding/json's own validation.
	var c errcode.ServerCode
	assert.Error(t, c.UnmarshalJSON([]byte(`"unterminated`)))
	assert.Error(t, c.UnmarshalJSON(nil))
	assert.Equal(t, errcode.ServerCode(0), c)
}

func TestMatchLanguage(t *testing.T) {
	tests := []struct {
		header string
		want   language.Tag
	}{
		{"zh-CN,zh;q=0.9,en;q=0.8", simplified},
		{"zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7", traditional},
		{"zh-HK", traditional},
		{"en-US,en;q=0.9", english},
		{"ja,en;q=0.5,zh;q=0.4", english},
		{"ja,zh-CN;q=0.5", simplified},
		{"fr-CH, fr;q=0.9, de;q=0.7, *;q=0.5", english},
		{"en;q=0.1, zh-TW;q=0.8", traditional},
		{"zh-TW;q=0, en", english},
		{"garbage;;q=x, zh-Hant", traditional},
		{"en-US;q=oops,zh", simplified},
		{"en;q=NaN,zh;q=0.1", simplified},
		{"en;q=1.5,zh;q=0.1", simplified},
		{"en;q=0x1p-1,zh;q=0.1", simplified},
		{"en;q=0.5000,zh;q=0.1", simplified},
		{"zh;q=0.1,en;q=0.100", simplified}, // equal weights: the header's order
		{"en-US-u-ca-gregory;q=0.9,zh;q=0.8", english},
		{"zh-Hant-TW-x-abcdefgh;q=0.9,en;q=0.8", traditional},
		{"zh-TW-1994;q=0.9,en;q=0.8", traditional},
		{"", english},
		{"*", english},
		{"garbage;;q=x", english},
		{",,,;;;", english},
		{"\xff\xfe", english},
		{strings.Repeat("x", 20000), english},
		{strings.Repeat("en-US,", 5000) + "zh", english},
		{strings.Repeat("a", 4090) + ",zh-TW", traditional},
		{strings.Repeat("a", 4091) + ",zh-TW", english},
		{strings.Repeat("zh,", 10) + strings.Repeat("a", 4096), simplified},
	}
	for _, tt := range tests {
		name := tt.header
		if len(name) > 40 {
			name = name[:40] + "…"
		}
		t.Run(name, func(t *testing.T) {
			got := errcode.MatchLanguage(tt.header)
			assert.Equal(t, tt.want, got)
			assert.Contains(t, errcode.Languages(), got)
		})
	}
}

// TestSDKCodesAndReviewedTexts pins the texts of the codes that only the
// shipped SDKs define, of Android 824, and of the rows whose wording was
// reviewed, in every language.
func TestSDKCodesAndReviewedTexts(t *testing.T) {
	tests := []struct {
		code                   errcode.Code
		en, zh, hant           string
		hint, hintZh, hintHant string
	}{
		{errcode.AndroidCallConferenceAlreadyInConference, "speaker already in this conference (the vendor's table) — maximum number of video streams reached (the shipped SDK's CALL_VIDEO_ISFUll)", "错误码表：主播已经在当前会议中；SDK：视频个数已达到上限", "錯誤碼表：主播已在目前的會議中；SDK：視訊數量已達上限", "the shipped SDK sends 824 for the video stream limit, which is the conference's: publish audio only, or wait until another video stream stops (or stop one of your own)", "SDK 实际以 824 表示视频个数已达上限，这是整个会议的限制：请只发布音频，或等待其他视频流停止（或停止自己的一路视频流）", "SDK 實際以 824 表示視訊數量已達上限，這是整個會議的上限：請只發布音訊，或等待其他視訊串流停止（或停止自己的一個視訊串流）"},
		{errcode.AndroidCallPushCDNError, "pushing the stream to the CDN failed", "cdn推流错误", "CDN 串流推送錯誤", "push the stream again; if it persists, check the CDN push URL and settings", "请重新推流；如持续失败，请检查 CDN 推流地址和设置", "請重新推送串流；若持續失敗，請檢查 CDN 推送網址與設定"},
		{errcode.IOSCallCDNError, "pushing the stream to the CDN failed", "cdn推流错误", "CDN 串流推送錯誤", "push the stream again; if it persists, check the CDN push URL and settings", "请重新推流；如持续失败，请检查 CDN 推流地址和设置", "請重新推送串流；若持續失敗，請檢查 CDN 推送網址與設定"},
		{errcode.IOSCallRoomNotExist, "conference or whiteboard does not exist", "会议或白板不存在", "會議或白板不存在", "check the ID of the conference or whiteboard, or create a new one", "请检查会议或白板的 ID，或新建会议或白板", "請檢查會議或白板的 ID，或建立新的會議或白板"},
		{errcode.IOSCallDesktopFull, "maximum number of shared desktops reached", "共享桌面个数已达到上限", "桌面分享數量已達上限", "wait until someone stops sharing a desktop, or stop one of your own shares", "请等待其他人停止共享桌面，或停止自己的一路共享", "請等待其他人停止桌面分享，或停止自己的一個分享"},
		{errcode.IOSCallAutoAudioFail, "automatic publishing of, or subscribing to, the audio stream failed", "自动发布订阅音频失败", "自動發布或訂閱音訊失敗", "publish or subscribe to the audio stream again; if it keeps failing, check the network", "请重新发布或订阅音频流；如持续失败，请检查网络", "請重新發布或訂閱音訊串流；若持續失敗，請檢查網路"},
		{errcode.AndroidCallSessionExpired, "conference session expired", "会议会话过期", "會議工作階段已過期", "join the conference again with a new ticket", "请使用新的 ticket 重新加入会议", "請使用新的 ticket 重新加入會議"},
		{errcode.IOSCallSessionExpired, "real-time call expired", "实时通话已过期", "即時通話已過期", "join the call again with a new ticket", "请使用新的 ticket 重新加入通话", "請使用新的 ticket 重新加入通話"},
		{errcode.AndroidCallAlreadySub, "already subscribed to the stream", "已经 Subscribe", "已經訂閱串流", "already subscribed to the stream: no need to subscribe again", "已订阅该流，无需重复订阅", "已訂閱此串流，無須重複訂閱"},
		{errcode.IOSCallAlreadySub, "already subscribed to the stream", "已经订阅了该数据流", "已訂閱此資料串流", "already subscribed to the stream: no need to subscribe again", "已订阅该流，无需重复订阅", "已訂閱此串流，無須重複訂閱"},
		{errcode.AndroidCallNoSubscribe, "not subscribed to any stream", "没有 Subscribe", "沒有訂閱串流", "subscribe to the stream before this operation", "请先订阅该流再执行此操作", "請先訂閱此串流再執行此操作"},
		{errcode.IOSCallNoSubscribe, "no stream to subscribe to in the real-time call", "实时通话没有订阅数据流", "即時通話中沒有可訂閱的資料串流", "subscribe to a published stream, or wait for one to be published", "请订阅已发布的流，或等待有流发布", "請訂閱已發布的串流，或等待有串流發布"},
		{errcode.AndroidCallRemoteOffline, "the other party is offline", "对方不在线", "對方不在線上", "call when the other party is back online", "请等对方上线后再呼叫", "請等對方上線後再撥打"},
		{errcode.IOSCallRemoteOffline, "the other party is offline", "对方不在线", "對方不在線上", "call when the other party is back online", "请等对方上线后再呼叫", "請等對方上線後再撥打"},
		{errcode.IOSCallAlreadyPub, "local stream already published", "已经上传了本地数据流", "已上傳本機資料串流", "the stream is already published: unpublish it first to publish it again", "流已发布：请先取消发布，再重新发布", "串流已發布：請先取消發布，再重新發布"},
		{errcode.ServerSysRefuseChangeRoles, "changing member permissions (roles) is not allowed", "不允许更改成员权限", "不允許變更成員權限（角色）", "check that the caller may change members' roles in this conference", "请确认调用方有权更改该会议的成员权限", "請確認發出請求的一方有權變更此會議的成員權限"},
		{errcode.ServerException, "abnormal operation, e.g. publishing a stream anyway when publishing is not allowed — or bad request, which covers many cases", "异常操作，比如在不允许pub流时强行pub流；错误的请求，包含很多情况", "異常操作，例如在不允許發布串流時強行發布；錯誤的請求，涵蓋多種情況", "check the request and the member's state; the server's message, if any, says more", "请检查请求内容和成员状态；服务端返回的消息（如有）会给出更多信息", "請檢查請求內容與成員狀態；伺服器回傳的訊息（如有）會提供更多資訊"},
		{errcode.ServerTicketInvalid, "conference ticket invalid, e.g. it could not be parsed", "ticket不可用，比如解析失败", "ticket 無法使用，例如解析失敗", "get a new ticket and join again: join with the conference ID and password (the SDK fetches a new ticket), or ask the inviter for a new invitation", "请重新获取 ticket 后再加入会议：用会议 ID 和密码加入时 SDK 会获取新的 ticket，也可请邀请方重新发送邀请", "請重新取得 ticket 後再加入會議：以會議 ID 與密碼加入時，SDK 會取得新的 ticket；也可請邀請者重新傳送邀請"},
		{errcode.ServerSubfailNotSupportVcodes, "unsupported codec", "不支持的编码方式", "不支援的編碼格式", "subscribing failed: the publisher must use a video codec that both the subscriber's client and the server support", "订阅失败：请让发布端使用订阅端的客户端和服务端都支持的视频编码", "訂閱失敗：請讓發布端使用訂閱端的用戶端與伺服器都支援的視訊編碼格式"},
		{errcode.ServerConfrNotExist, "conference does not exist, possibly timed out", "会议不存在，可能是超时", "會議不存在，可能已逾時", "check the conference ID; if it is right, the conference was dissolved because no one joined it within its reserved time: create a new one", "请检查会议 ID；如 ID 无误，说明会议在预约时间内无人加入，已被解散：请创建新会议", "請檢查會議 ID；若 ID 無誤，表示會議在預約時間內無人加入，已遭解散：請建立新會議"},
		{errcode.ServerRTCServiceNonActivated, "RTC service cannot be used, e.g. the RTC service is not activated", "rtc服务不可用，比如没有开通rtc服务", "RTC 服務無法使用，例如尚未開通 RTC 服務", "activate the RTC service for this app in the console", "请在控制台为该应用开通 RTC 服务", "請在主控台為此應用程式開通 RTC 服務"},
		{errcode.ServerRTCServiceArrears, "RTC service in arrears", "rtc服务欠费", "RTC 服務欠費", "the RTC service account is in arrears: pay the outstanding balance in the console", "RTC 服务账户已欠费：请在控制台结清欠费", "RTC 服務帳戶已欠費：請至主控台繳清欠費"},
		{errcode.ServerRTCServiceDisable, "RTC service suspended", "rtc服务被封", "RTC 服務已遭停用", "the RTC service has been suspended: contact the vendor's support", "RTC 服务已被封禁：请联系服务商客服", "RTC 服務已遭停用：請聯絡服務商客服"},
		{errcode.ServerMemberInvalid, "invalid member, e.g. ticket verification failed or the membership expired", "成员不正确，比如ticket验证失败，成员过期", "成員不正確，例如 ticket 驗證失敗、成員資格已過期", "get a new ticket and join again: join with the conference ID and password (the SDK fetches a new ticket), or ask the inviter for a new invitation", "请重新获取 ticket 后再加入会议：用会议 ID 和密码加入时 SDK 会获取新的 ticket，也可请邀请方重新发送邀请", "請重新取得 ticket 後再加入會議：以會議 ID 與密碼加入時，SDK 會取得新的 ticket；也可請邀請者重新傳送邀請"},
		{errcode.ServerConfrInvalid, "conference can no longer be used, e.g. it expired or was closed", "会议不可用，比如会议过期，被关闭", "會議無法使用，例如會議已過期或已關閉", "create a new conference", "请创建新会议", "請建立新會議"},
		{errcode.ServerConfrTalkerTooMany, "too many speakers in the conference", "会议主播太多", "會議主播過多", "join or stay as an audience member, or wait for a speaker to leave", "请以观众身份加入或留在会议中，或等待主播离开", "請以觀眾身分加入或留在會議中，或等待主播離開"},
		{errcode.ServerPubVideoTooMany, "too many video streams published", "发布视频流太多", "發布的視訊串流過多", "the conference's video stream limit is reached: publish audio only, or wait until another video stream stops (or stop one of your own)", "会议的视频流数量已达上限：请只发布音频，或等待其他视频流停止（或停止自己的一路视频流）", "會議的視訊串流數量已達上限：請只發布音訊，或等待其他視訊串流停止（或停止自己的一個視訊串流）"},
		{errcode.ServerNotSupportOper, "unsupported operation, e.g. an invisible member asked to change stream settings", "不支持的操作，比如不可见的成员要求更改流设置", "不支援的操作，例如隱身成員要求變更串流設定", "check that the member's current state allows this operation", "请检查成员当前的状态是否允许此操作", "請檢查成員目前的狀態是否允許此操作"},
		{errcode.AndroidCallInvalidID, "invalid call ID", "callid无效", "通話 ID 無效", "check the call ID passed to the SDK", "请检查传给 SDK 的通话 ID", "請檢查傳給 SDK 的通話 ID"},
		{errcode.AndroidCallOtherDevice, "the user joined the conference from another device", "通过其他设备加入会议", "已透過其他裝置加入會議", "the user is in the conference on another device: do not rejoin from this one automatically", "用户已在其他设备上加入会议：请勿在本设备上自动重新加入", "使用者已在其他裝置上加入會議：請勿在此裝置上自動重新加入"},
		{errcode.AndroidCallTalkerIsFull, "maximum number of speakers reached", "主播已满", "主播人數已滿", "join or stay as an audience member, or wait for a speaker to leave", "请以观众身份加入或留在会议中，或等待主播离开", "請以觀眾身分加入或留在會議中，或等待主播離開"},
		{errcode.IOSCallNoStream, "no stream in the real-time call", "实时通话没有数据流", "即時通話沒有資料串流", "the stream does not exist or was unpublished: refresh the call's stream list", "该流不存在或已取消发布：请刷新通话的流列表", "此串流不存在或已取消發布：請重新整理通話的串流清單"},
		{errcode.IOSCallTicketExpired, "conference ticket expired", "ticket已过期", "ticket 已過期", "get a new ticket and join the call again: join with the conference ID and password (the SDK fetches a new ticket), or ask the inviter for a new invitation", "请重新获取 ticket 后再加入通话：用会议 ID 和密码加入时 SDK 会获取新的 ticket，也可请邀请方重新发送邀请", "請重新取得 ticket 後再加入通話：以會議 ID 與密碼加入時，SDK 會取得新的 ticket；也可請邀請者重新傳送邀請"},
		{errcode.IOSCallVideoFull, "maximum number of video streams reached", "视频个数已达到上限", "視訊數量已達上限", "the conference's video stream limit is reached: publish audio only, or wait until another video stream stops (or stop one of your own)", "会议的视频流数量已达上限：请只发布音频，或等待其他视频流停止（或停止自己的一路视频流）", "會議的視訊串流數量已達上限：請只發布音訊，或等待其他視訊串流停止（或停止自己的一個視訊串流）"},
		{errcode.ServerRequestParamsError, "incorrect request parameters", "请求参数不正确", "請求參數不正確", "check the request's parameters against the API documentation", "请对照 API 文档检查请求参数", "請對照 API 文件檢查請求參數"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.en, tt.code.Description(english), tt.code.String())
		assert.Equal(t, tt.zh, tt.code.Description(simplified), tt.code.String())
		assert.Equal(t, tt.hant, tt.code.Description(traditional), tt.code.String())
		assert.Equal(t, tt.hint, tt.code.Hint(english), tt.code.String())
		assert.Equal(t, tt.hintZh, tt.code.Hint(simplified), tt.code.String())
		assert.Equal(t, tt.hintHant, tt.code.Hint(traditional), tt.code.String())
	}
	assert.Equal(t, "拒绝访问：权限不足", errcode.PermissionDenied.Description(simplified))
	assert.Equal(t, "拒絕存取：權限不足", errcode.PermissionDenied.Description(traditional))
	assert.Equal(t, "pause and retry with backoff", errcode.ResourceExhausted.Hint(english))
	assert.NotContains(t, errcode.Internal.Hint(english), "try again")
}

// asError is an error with an As method of its own, which CodeOf must ask as
// errors.As does.
type asError struct{ code errcode.Code }

func (e asError) Error() string { return "as" }
func (e asError) As(target any) bool {
	if c, ok := target.(*errcode.Code); ok {
		*c = e.code
		return true
	}
	return false
}

// TestCodeOfAgreesWithErrorsAs: CodeOf's walk of plain chains finds what
// errors.As finds, in every shape of chain.
func TestCodeOfAgreesWithErrorsAs(t *testing.T) {
	for _, err := range []error{
		nil,
		errors.New("plain"),
		errcode.ServerTicketExpired,
		fmt.Errorf("a: %w", fmt.Errorf("b: %w", errcode.IOSCallBusy)),
		&errcode.Error{Code: errcode.AndroidCallBusy},
		&errcode.Error{Err: errcode.AndroidNetworkError},
		&errcode.Error{Err: &errcode.Error{Reason: errcode.ReasonReachLimit}},
		fmt.Errorf("a: %w", &errcode.Error{Reason: errcode.ReasonReachLimit}),
		errors.Join(errors.New("x"), errcode.ServerTicketInvalid),
		fmt.Errorf("%w and %w", errcode.Unavailable, errcode.ServerPubInactive),
		fmt.Errorf("w: %w", asError{errcode.IOSCallCDNError}),
		errcode.Unavailable,
		errcode.ReasonReachLimit,
	} {
		var want errcode.Code
		found := errors.As(err, &want)
		got, ok := errcode.CodeOf(err)
		assert.Equal(t, found, ok, "%v", err)
		assert.Equal(t, want, got, "%v", err)
	}
}
