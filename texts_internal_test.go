package errcode

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// labeled is one text of a language, with where it comes from.
type labeled struct {
	where  string
	text   string
	hint   bool // a hint, rather than a description
	vendor bool // a code's Chinese description: the vendor's words, kept verbatim
}

// allTexts lists every description and hint of m: codes, gateway reasons,
// kinds and the texts for what the library does not know.
func allTexts(m *messages) []labeled {
	chinese := m != &english
	var out []labeled
	add := func(where, description, hint string, vendor bool) {
		out = append(out,
			labeled{where: where + " description", text: description, vendor: vendor},
			labeled{where: where + " hint", text: hint, hint: true})
	}
	for _, set := range sets {
		for _, t := range m.texts(set) {
			add(fmt.Sprintf("%s %s", set, t.code.(fmt.Stringer).String()), t.description, t.hint, chinese)
		}
	}
	for _, t := range m.gateway {
		add(fmt.Sprintf("gateway %s", t.code.(fmt.Stringer).String()), t.description, t.hint, false)
	}
	for k, p := range m.kinds {
		add("kind "+Kind(k).String(), p.description, p.hint, false)
	}
	for _, set := range sets {
		out = append(out, labeled{where: fmt.Sprintf("unknown %s", set), text: m.unknown[set]})
	}
	out = append(out,
		labeled{where: "unknown code hint", text: m.unknownHint, hint: true},
		labeled{where: "unknown reason", text: m.unknownReason},
		labeled{where: "unknown reason hint", text: m.unknownReasonHint, hint: true})
	return out
}

// TestOneTermPerConcept keeps each concept to one word across a language's
// texts, so that a reader never wonders whether two words mean two things.
// The vendor's own Chinese descriptions are exempt: they stay verbatim.
func TestOneTermPerConcept(t *testing.T) {
	for _, tc := range []struct {
		m         *messages
		forbidden []string // a word that another word of the language already says
	}{
		{&simplifiedChinese, []string{"令牌", "callid", "接口文档", "以退避方式"}},
		{&traditionalChinese, []string{"權杖", "callid", "共享", "一路", "儲值", "停權", "呼叫端", "以退避方式"}},
		{&english, []string{"app server", " room"}},
	} {
		for _, l := range allTexts(tc.m) {
			if l.vendor {
				continue
			}
			for _, word := range tc.forbidden {
				if word == " room" && strings.Contains(l.text, "chat room") {
					continue
				}
				assert.NotContains(t, l.text, word, "%s %s", tc.m.tag, l.where)
			}
		}
	}
}

// TestHintsAddressTheReader keeps the rule the Chinese files state: a hint
// starts with 请 (請), or states a fact and then starts with it after a
// colon; a hint that asks for nothing says so (无需, 無須) without 请.
func TestHintsAddressTheReader(t *testing.T) {
	for _, tc := range []struct {
		m              *messages
		please, noNeed string
	}{
		{&simplifiedChinese, "请", "无需"},
		{&traditionalChinese, "請", "無須"},
	} {
		hints := 0
		for _, l := range allTexts(tc.m) {
			if !l.hint {
				continue
			}
			hints++
			_, afterColon, _ := strings.Cut(l.text, "：")
			switch {
			case strings.Contains(l.text, tc.noNeed):
				assert.NotContains(t, l.text, tc.please, "%s %s: %q", tc.m.tag, l.where, l.text)
			default:
				assert.True(t, strings.HasPrefix(l.text, tc.please) || strings.HasPrefix(afterColon, tc.please),
					"%s %s: %q", tc.m.tag, l.where, l.text)
			}
		}
		require.Greater(t, hints, 100, tc.m.tag)
	}
}

// TestTextsEndWithoutPunctuation: Describe ends the sentence itself, so no
// text may end it first.
func TestTextsEndWithoutPunctuation(t *testing.T) {
	for _, m := range shipped {
		for _, l := range allTexts(m) {
			if l.vendor {
				continue
			}
			assert.NotRegexp(t, `[.。！？!?；;，,：:]$`, l.text, "%s %s", m.tag, l.where)
		}
	}
	assert.Equal(t, "", english.end, "English texts are sentence fragments, without a final period")
	assert.Equal(t, "。", simplifiedChinese.end)
	assert.Equal(t, "。", traditionalChinese.end)
}

// TestOnlyRetryableSoundsTemporary: in a log, "unavailable" and
// "temporarily" read as a passing outage, so the English description of a
// code or reason that retrying never fixes says neither.
func TestOnlyRetryableSoundsTemporary(t *testing.T) {
	temporary := regexp.MustCompile(`(?i)unavailable|temporar`)
	checked := 0
	for _, set := range sets {
		for i, c := range Codes(set) {
			if c.Retryable() {
				continue
			}
			checked++
			assert.NotRegexp(t, temporary, english.texts(set)[i].description, "%s %s", set, c)
		}
	}
	for i, e := range reasonTable.entries {
		if !e.reason.Retryable() {
			checked++
			assert.NotRegexp(t, temporary, english.gateway[i].description, "%s", e.reason)
		}
	}
	require.Greater(t, checked, 50)
	assert.NotRegexp(t, temporary, ServerRTCServiceNonActivated.Description(english.tag))
	assert.NotRegexp(t, temporary, ServerConfrInvalid.Description(english.tag))
}

// TestTicketAdvice: the vendor's conference service issues tickets, and the
// SDK fetches a new one when the user joins with the conference ID and
// password; the app's own server has none to give.
func TestTicketAdvice(t *testing.T) {
	ticketCodes := []Code{
		ServerTicketInvalid, ServerTicketExpired, ServerMemberInvalid,
		AndroidCallTicketInvalid, AndroidCallTicketExpired,
		IOSCallInvalidTicket, IOSCallTicketExpired,
	}
	joinBy := map[*messages]string{
		&english:            "conference ID and password",
		&simplifiedChinese:  "会议 ID 和密码",
		&traditionalChinese: "會議 ID 與密碼",
	}
	for m, words := range joinBy {
		for _, c := range ticketCodes {
			assert.Contains(t, c.Hint(m.tag), words, "%s %s", m.tag, c)
		}
		for _, l := range allTexts(m) {
			assert.NotRegexp(t, `app server|应用服务器|應用程式伺服器`, l.text, "%s %s", m.tag, l.where)
		}
	}
}
