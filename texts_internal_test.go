package errcode

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/rtckit/errcode/internal/registry"
)

// labeled is one text of a language, with where it comes from.
type labeled struct {
	where  string
	text   string
	hint   bool // a hint, rather than a description
	vendor bool // a code's Chinese description: the vendor's words, kept verbatim
}

// allTexts lists every description and hint of the shipped language l:
// codes, gateway reasons, kinds and the texts for what the library does not
// know.
func allTexts(l int) []labeled {
	chinese := l != inEnglish
	m := shipped[l]
	var out []labeled
	add := func(where string, t text, vendor bool) {
		out = append(out,
			labeled{where: where + " description", text: t.description, vendor: vendor},
			labeled{where: where + " hint", text: t.hint, hint: true})
	}
	for _, set := range codeSets {
		for _, c := range Codes(set) {
			add(fmt.Sprintf("%s %s", set, c.String()), text{c.Description(m.tag), c.Hint(m.tag)}, chinese)
		}
	}
	for _, e := range reasonTable.entries {
		add("gateway "+e.reason.String(), e.texts[l], false)
	}
	for k, e := range kinds {
		add("kind "+Kind(k).String(), e.texts[l], false)
	}
	for _, e := range networkFailures[1:] {
		add("network "+e.name, e.texts[l], false)
	}
	for _, set := range codeSets {
		out = append(out, labeled{where: fmt.Sprintf("unknown %s", set), text: m.unknown[set]})
	}
	out = append(out,
		labeled{where: "unknown code hint", text: m.unknownHint, hint: true},
		labeled{where: "unknown reason", text: m.unknownReason},
		labeled{where: "unknown reason hint", text: m.unknownReasonHint, hint: true})
	return out
}

// TestOneTermPerConcept keeps each concept to the one word that the
// glossary (internal/registry/glossary.go) gives it, in every language, so
// that a reader never wonders whether two words mean two things. The
// vendor's own Chinese descriptions are exempt: they stay verbatim.
func TestOneTermPerConcept(t *testing.T) {
	require.NotEmpty(t, registry.Glossary)
	for _, term := range registry.Glossary {
		for l, avoid := range [numLanguages][]string{inEnglish: term.AvoidEn, inChinese: term.AvoidZh, inTraditionalChinese: term.AvoidHant} {
			for _, x := range allTexts(l) {
				if x.vendor || !inScope(x.where, term.Scope) {
					continue
				}
				for _, word := range avoid {
					assert.NotContains(t, strings.ToLower(x.text), strings.ToLower(word), "%s %s: say %q", shipped[l].tag, x.where, []string{term.En, term.Zh, term.ZhHant}[l])
				}
			}
		}
	}
}

// inScope reports whether the text at where belongs to one of the rows of
// scope, or scope is empty.
func inScope(where string, scope []string) bool {
	if len(scope) == 0 {
		return true
	}
	for _, row := range scope {
		if strings.HasPrefix(where, row+" ") {
			return true
		}
	}
	return false
}

// TestNoSeparatorInsideEnglish: Describe joins an English description and
// its hint with "; ", so no English text may hold it, or a reader could not
// see where the description ends.
func TestNoSeparatorInsideEnglish(t *testing.T) {
	for _, x := range allTexts(inEnglish) {
		assert.NotContains(t, x.text, shipped[inEnglish].separator, x.where)
	}
}

// TestHintsDoNotRestateDescriptions: a hint says what to do, and does not
// say again what happened. Neither text's words may all be words of the
// other; Chinese, written without spaces, counts pairs of characters as its
// words.
func TestHintsDoNotRestateDescriptions(t *testing.T) {
	checked := 0
	for l := range shipped {
		texts := allTexts(l)
		for i := 0; i+1 < len(texts); i++ {
			d, h := texts[i], texts[i+1]
			if d.hint || !h.hint || strings.TrimSuffix(d.where, " description") != strings.TrimSuffix(h.where, " hint") {
				continue
			}
			checked++
			dw, hw := words(l, d.text), words(l, h.text)
			assert.False(t, subset(dw, hw), "%s %s: the hint %q restates the description %q", shipped[l].tag, h.where, h.text, d.text)
			assert.False(t, subset(hw, dw), "%s %s: the hint %q says no more than the description %q", shipped[l].tag, h.where, h.text, d.text)
		}
	}
	require.Greater(t, checked, 300)
}

// words returns the words of an English text, or the pairs of adjacent
// characters of a Chinese one, lower-cased, without punctuation.
func words(l int, s string) map[string]bool {
	out := map[string]bool{}
	s = strings.ToLower(s)
	if l == inEnglish {
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-' }) {
			out[w] = true
		}
		return out
	}
	var runes []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			runes = append(runes, r)
		}
	}
	for i := 0; i+1 < len(runes); i++ {
		out[string(runes[i:i+2])] = true
	}
	return out
}

// subset reports whether every word of a is one of b.
func subset(a, b map[string]bool) bool {
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return len(a) > 0
}

// TestNoNoteAboutSources: a description is shown to people, and says what
// happened; where the vendor's documents disagree is for developers, in the
// constants' docs and rtcerr's notes.
func TestNoNoteAboutSources(t *testing.T) {
	for l := range shipped {
		for _, x := range allTexts(l) {
			if x.hint {
				continue
			}
			assert.NotRegexp(t, `(?i)vendor's table|shipped SDK|错误码表：|錯誤碼表：|SDK：`, x.text, "%s %s", shipped[l].tag, x.where)
		}
	}
}

// TestHintsAddressTheReader keeps the rule the Chinese files state: a hint
// starts with 请 (請), or states a fact and then starts with it after a
// colon; a hint that asks for nothing says so (无需, 無須) without 请.
func TestHintsAddressTheReader(t *testing.T) {
	for _, tc := range []struct {
		l              int
		please, noNeed string
	}{
		{inChinese, "请", "无需"},
		{inTraditionalChinese, "請", "無須"},
	} {
		hints := 0
		for _, l := range allTexts(tc.l) {
			if !l.hint {
				continue
			}
			hints++
			_, afterColon, _ := strings.Cut(l.text, "：")
			switch {
			case strings.Contains(l.text, tc.noNeed):
				assert.NotContains(t, l.text, tc.please, "%s %s: %q", shipped[tc.l].tag, l.where, l.text)
			default:
				assert.True(t, strings.HasPrefix(l.text, tc.please) || strings.HasPrefix(afterColon, tc.please),
					"%s %s: %q", shipped[tc.l].tag, l.where, l.text)
			}
		}
		require.Greater(t, hints, 100, shipped[tc.l].tag)
	}
}

// TestTextsEndWithoutPunctuation: Describe ends the sentence itself, so no
// text may end it first.
func TestTextsEndWithoutPunctuation(t *testing.T) {
	for l, m := range shipped {
		for _, x := range allTexts(l) {
			if x.vendor {
				continue
			}
			assert.NotRegexp(t, `[.。！？!?；;，,：:]$`, x.text, "%s %s", m.tag, x.where)
		}
	}
	assert.Equal(t, "", shipped[inEnglish].end, "English texts are sentence fragments, without a final period")
	assert.Equal(t, "。", shipped[inChinese].end)
	assert.Equal(t, "。", shipped[inTraditionalChinese].end)
}

// TestOnlyRetryableSoundsTemporary: in a log, "unavailable" and
// "temporarily" read as a passing outage, so the English description of a
// code or reason that retrying never fixes says neither.
func TestOnlyRetryableSoundsTemporary(t *testing.T) {
	temporary := regexp.MustCompile(`(?i)unavailable|temporar`)
	checked := 0
	for _, set := range codeSets {
		for _, c := range Codes(set) {
			if c.Retryable() {
				continue
			}
			checked++
			assert.NotRegexp(t, temporary, c.Description(language.English), "%s %s", set, c)
		}
	}
	for _, e := range reasonTable.entries {
		if !e.reason.Retryable() {
			checked++
			assert.NotRegexp(t, temporary, e.texts[inEnglish].description, "%s", e.reason)
		}
	}
	require.Greater(t, checked, 50)
	assert.NotRegexp(t, temporary, ServerRTCServiceNonActivated.Description(language.English))
	assert.NotRegexp(t, temporary, ServerConfrInvalid.Description(language.English))
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
	joinBy := [numLanguages]string{
		inEnglish:            "conference ID and password",
		inChinese:            "会议 ID 和密码",
		inTraditionalChinese: "會議 ID 與密碼",
	}
	for l, words := range joinBy {
		tag := shipped[l].tag
		for _, c := range ticketCodes {
			assert.Contains(t, c.Hint(tag), words, "%s %s", tag, c)
		}
		for _, x := range allTexts(l) {
			assert.NotRegexp(t, `app server|应用服务器|應用程式伺服器`, x.text, "%s %s", tag, x.where)
		}
	}
}
