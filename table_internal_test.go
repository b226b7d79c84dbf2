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
// code's slot, by its low bits, in an index of any size the generator may
// give a set, is not taken for that code.
func TestSlots(t *testing.T) {
	for _, set := range codeSets {
		isCode := map[int]bool{}
		for _, c := range Codes(set) {
			isCode[c.Int()] = true
		}
		for _, c := range Codes(set) {
			_, known := Lookup(set, c.Int())
			assert.True(t, known, "%s %d", set, c.Int())
			for slots := 1; slots <= 1<<12; slots *= 2 {
				for _, other := range []int{c.Int() + slots, c.Int() - slots} {
					_, known := Lookup(set, other)
					assert.Equal(t, isCode[other], known, "%s %d shares the slot of %d in %d slots", set, other, c.Int(), slots)
				}
			}
		}
	}
}
