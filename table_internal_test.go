package errcode

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestLanguageIndex checks the shortcut for common tags against the matcher,
// with tags that the shortcut takes and tags that it leaves to the matcher.
func TestLanguageIndex(t *testing.T) {
	for _, tag := range []string{
		"en", "en-US", "en-GB", "und", "zh", "zh-CN", "zh-Hans", "zh-TW", "zh-HK", "zh-Hant",
		"zh-u-rg-twzzzz", "en-u-rg-cnzzzz", "zh-TW-u-rg-cnzzzz", "zh-TW-u-nu-hanidec", "zh-Hant-CN",
		"zh-MO", "zh-SG", "yue", "ja", "en-Latn-US", "zh-Latn", "zh-x-private",
	} {
		tag := language.MustParse(tag)
		assert.Equal(t, match(tag), languageIndex(tag), tag.String())
	}
}

// TestHintsSayRetryOnlyWhenRetryable states the other half of the rule: a
// hint that tells the reader to retry belongs to a retryable code or kind,
// in every language.
func TestHintsSayRetryOnlyWhenRetryable(t *testing.T) {
	retryWords := [numLanguages]*regexp.Regexp{
		inEnglish:            regexp.MustCompile(`(?i)\bretry\b|\btry again\b`),
		inChinese:            regexp.MustCompile(`重试|再试`),
		inTraditionalChinese: regexp.MustCompile(`重試|再試`),
	}
	saidRetry := 0
	for l, m := range shipped {
		for _, set := range codeSets {
			for _, c := range Codes(set) {
				hint := c.Hint(m.tag)
				if retryWords[l].MatchString(hint) {
					saidRetry++
					assert.True(t, c.Retryable(), "%s %s: %q", m.tag, c, hint)
				}
			}
		}
		for _, e := range reasonTable.entries {
			if hint := e.texts[l].hint; retryWords[l].MatchString(hint) {
				saidRetry++
				assert.True(t, e.reason.Retryable(), "%s %s: %q", m.tag, e.reason, hint)
			}
		}
		for k, e := range kinds {
			if retryWords[l].MatchString(e.texts[l].hint) {
				saidRetry++
				assert.True(t, Kind(k).Retryable(), "%s %s: %q", m.tag, Kind(k).String(), e.texts[l].hint)
			}
		}
		assert.NotRegexp(t, retryWords[l], m.unknownHint, m.tag)
		assert.NotRegexp(t, retryWords[l], m.unknownReasonHint, m.tag)
	}
	assert.Positive(t, saidRetry)
}

// TestSeparatorIsUnambiguous: Describe joins a description and its hint with
// the language's separator, so no description may hold it.
func TestSeparatorIsUnambiguous(t *testing.T) {
	for l, m := range shipped {
		for _, x := range allTexts(l) {
			if !x.hint {
				assert.NotContains(t, x.text, m.separator, "%s %s", m.tag, x.where)
			}
		}
	}
}

// TestExactTags checks MatchLanguage's shortcut: every tag in exactTags
// matches its language with exact confidence, so that no later entry of a
// header can win over it, and headers that start with one give what the
// full path gives.
func TestExactTags(t *testing.T) {
	for _, e := range exactTags {
		tag := language.MustParse(e.tag)
		_, i, confidence := matcher().Match(tag)
		assert.Equal(t, language.Exact, confidence, e.tag)
		assert.Equal(t, e.index, i, e.tag)
		for _, rest := range []string{"", ",en;q=0.9", ",zh-TW;q=0.8,zh;q=0.7", ", ja", ",zh-CN,zh-TW"} {
			header := e.tag + rest
			_, shortcut := matchFirstEntry(header)
			require.True(t, shortcut, header)
			assert.Equal(t, shipped[e.index].tag, MatchLanguage(header), header)
			assert.Equal(t, shipped[e.index].tag, MatchLanguage(" "+header+",x;q=0"), header)
		}
	}
	for _, header := range []string{"zh-CN;q=0.5,en", "en-GB", "ja,en", "zh-HK", "", "*"} {
		_, shortcut := matchFirstEntry(header)
		assert.False(t, shortcut, header)
	}
}

// TestSlots: every row is found by its value, and a value that shares a
// code's slot, by its low bits, is not taken for that code.
func TestSlots(t *testing.T) {
	check := func(name string, known func(int32) bool, values []int32, slots int) {
		require.NotZero(t, slots, name)
		require.Zero(t, slots&(slots-1), "%s: %d slots, not a power of two", name, slots)
		isCode := map[int32]bool{}
		for _, v := range values {
			isCode[v] = true
		}
		for _, v := range values {
			assert.True(t, known(v), "%s %d", name, v)
			for _, other := range []int32{v + int32(slots), v - int32(slots), v + 1<<20} {
				assert.Equal(t, isCode[other], known(other), "%s %d shares the slot of %d", name, other, v)
			}
		}
	}
	check("server", func(v int32) bool { return serverTable.known(ServerCode(v)) }, int32s(ServerCodes()), len(serverTable.slots))
	check("android", func(v int32) bool { return androidTable.known(AndroidCode(v)) }, int32s(AndroidCodes()), len(androidTable.slots))
	check("ios", func(v int32) bool { return iosTable.known(IOSCode(v)) }, int32s(IOSCodes()), len(iosTable.slots))
	check("web", func(v int32) bool { return webTable.known(WebCode(v)) }, int32s(WebCodes()), len(webTable.slots))
	check("webexit", func(v int32) bool { return webexitTable.known(WebExitReason(v)) }, int32s(WebExitReasons()), len(webexitTable.slots))
}

func int32s[C ~int32](codes []C) []int32 {
	out := make([]int32, len(codes))
	for i, c := range codes {
		out[i] = int32(c)
	}
	return out
}
