package errcode_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
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
						want += "，或" + sdkText(t, sdk, row.value) // both meanings, the table's first
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

// TestCounts: each set lists each value of the vendor's table once, each
// value that only a shipped SDK defines, and each server code that only the
// vendor's web demo labels, and nothing else.
func TestCounts(t *testing.T) {
	sdk := readSDKConstants(t)
	demo := readWebFacts(t).demoLabels
	for set, rows := range readVendorTable(t) {
		values := map[int]bool{}
		for _, row := range rows {
			values[row.value] = true
		}
		for _, row := range sdk[set] {
			values[row.value] = true
		}
		if set == errcode.SetServer {
			for n := range demo {
				values[n] = true
			}
		}
		assert.Len(t, errcode.Codes(set), len(values), "%s", set)
	}
	assert.Nil(t, errcode.Codes(errcode.Set(9)))
	assert.Nil(t, errcode.Codes(errcode.SetGateway))
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
	if huge, ok := beyondInt32(); ok {
		c, ok = errcode.Lookup(errcode.SetServer, huge)
		assert.False(t, ok)
		assert.Nil(t, c)
	}
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

	limited := &errcode.Error{Reason: errcode.ReasonReachLimit, StatusCode: 429}
	assert.True(t, errcode.Is(limited, errcode.ReasonResourceLimited, errcode.ReasonReachLimit), "reasons, as errors.Is matches them")
	assert.True(t, errcode.Is(limited, errcode.ResourceExhausted), "kinds")
	assert.False(t, errcode.Is(limited, errcode.ReasonResourceLimited, errcode.Unavailable))
	sentinel := errors.New("sentinel")
	assert.True(t, errcode.Is(fmt.Errorf("w: %w", sentinel), errcode.ServerTicketExpired, sentinel), "any error")
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

	huge, ok := beyondInt32()
	if !ok {
		return
	}
	err := errcode.FromServer(huge, "huge")
	require.Error(t, err)
	assert.Contains(t, err.Error(), strconv.Itoa(huge), "a number beyond int32 is kept in the error")
	_, ok = errcode.CodeOf(err)
	assert.False(t, ok)
}

// beyondInt32 returns a number that no code type holds, where int holds
// one (on a 64-bit platform), and false with int32's last number where it
// does not.
func beyondInt32() (int, bool) {
	if strconv.IntSize < 64 {
		return math.MaxInt32, false
	}
	n := int64(1) << 40
	return int(n), true
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

// unmarshal decodes data into a code of set's type, with that type's
// UnmarshalJSON.
func unmarshal(set errcode.Set, data string) (errcode.Code, error) {
	zero, _ := errcode.Lookup(set, 0)
	switch zero.(type) {
	case errcode.ServerCode:
		return decode[errcode.ServerCode](data)
	case errcode.AndroidCode:
		return decode[errcode.AndroidCode](data)
	case errcode.IOSCode:
		return decode[errcode.IOSCode](data)
	case errcode.WebCode:
		return decode[errcode.WebCode](data)
	case errcode.WebExitReason:
		return decode[errcode.WebExitReason](data)
	}
	panic(fmt.Sprintf("no JSON test for the codes of %s", set))
}

func decode[C errcode.Code](data string) (errcode.Code, error) {
	var c C
	err := json.Unmarshal([]byte(data), &c)
	return c, err
}

func TestUnmarshalJSONRejectsBadInput(t *testing.T) {
	inputs := []string{`{}`, `{"error":1}`, `[1]`, `1.5`, `-502.5`, `1e10`, `"NOPE"`, `"TICKET_EXPIRED_X"`, `""`, `true`, `99999999999999999999`, `"0x1F"`}
	for _, set := range allSets {
		for _, in := range inputs {
			_, err := unmarshal(set, in)
			var pe *errcode.ParseError
			assert.ErrorAs(t, err, &pe, "%s %s", set, in)
		}
	}
	// A whole number reads however JSON writes it, as a response's does.
	for _, in := range []string{`-502`, `-502.0`, `-5.02e2`, `-5020E-1`} {
		c, err := unmarshal(errcode.SetServer, in)
		require.NoError(t, err, in)
		assert.Equal(t, errcode.Code(errcode.ServerTicketExpired), c, in)
	}
	// Called directly, past encoding/json's own validation.
	var c errcode.ServerCode
	assert.Error(t, c.UnmarshalJSON([]byte(`"unterminated`)))
	assert.Error(t, c.UnmarshalJSON(nil))
	for _, in := range []string{`0x1F`, `+1`, `01`, `1.`, `-`} {
		assert.Error(t, c.UnmarshalJSON([]byte(in)), "not JSON: %s", in)
	}
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

// TestAnotherPackagesAs: an error whose As method stands for a code is read
// as that code by CodeOf and by the precedence, as errors.As reads it.
func TestAnotherPackagesAs(t *testing.T) {
	err := fmt.Errorf("w: %w", asError{errcode.ServerTicketExpired})
	c, ok := errcode.CodeOf(err)
	require.True(t, ok)
	assert.Equal(t, errcode.ServerTicketExpired, c)
	assert.Equal(t, errcode.Unauthenticated, errcode.KindOf(err))
	assert.Equal(t, errcode.Describe(errcode.ServerTicketExpired, english), errcode.Describe(err, english))
	assert.Equal(t, errcode.ServerTicketExpired, errcode.AnswerFor(err).Code)
}

// TestParseGatewayPointsToParseReason: the gateway's reasons are not codes,
// and the error says where they are read.
func TestParseGatewayPointsToParseReason(t *testing.T) {
	_, err := errcode.Parse(errcode.SetGateway, "reach_limit")
	var pe *errcode.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, `errcode: "reach_limit": the gateway's reasons are strings, not codes: ParseReason reads them`, err.Error())
}
