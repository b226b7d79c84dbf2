package errcode

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// messages is what one shipped language says beside the rows' texts, which
// sit in the rows themselves (texts.go holds one per language, written by
// internal/mkcodes from internal/registry).
type messages struct {
	tag               language.Tag
	separator         string             // between a description and its hint, as Describe joins them
	end               string             // after the hint, to end Describe's sentence where the language's punctuation asks for it
	unknown           [SetGateway]string // per set, the description of a code the set does not know; %d is its number
	unknownHint       string
	unknownReason     string // the description of a gateway reason not in the documentation; %s is the reason
	unknownReasonHint string
}

// The shipped languages' positions in shipped and in every row's texts.
const (
	inEnglish = iota
	inChinese
	inTraditionalChinese
	numLanguages
)

// matcher is built on first use: building it costs more than all the rest
// of the package's initialization, and the common tags do without it.
// It is started here, not by a package variable, so that importing the
// package does no work at init.
func matcher() language.Matcher {
	matcherOnce.Do(func() { builtMatcher = language.NewMatcher(Languages()) })
	return builtMatcher
}

var (
	matcherOnce  sync.Once
	builtMatcher language.Matcher
)

// matchedTag is one of commonTags, parsed.
type matchedTag struct {
	tag     language.Tag
	compact int  // the tag's language.CompactIndex: an int compares faster than a Tag
	exact   bool // whether the compact index stands for the whole tag
	index   int  // the position in shipped of the language the tag matches
}

// common returns commonTags parsed, on first use rather than at init.
func common() *[len(commonTags)]matchedTag {
	commonOnce.Do(func() {
		for i, c := range commonTags {
			tag := language.MustParse(c.tag)
			compact, exact := language.CompactIndex(tag)
			parsedCommon[i] = matchedTag{tag, compact, exact, c.index}
		}
	})
	return &parsedCommon
}

var (
	commonOnce   sync.Once
	parsedCommon [len(commonTags)]matchedTag
)

// languageIndex returns the position in shipped of the language that best
// matches tag.
func languageIndex(tag language.Tag) int {
	// Two tags that their compact index stands for whole are the same when
	// their indexes are. Others can share an index and differ (zh and
	// zh-Latn do): then the tags themselves decide.
	compact, exact := language.CompactIndex(tag)
	common := common()
	for i := range common {
		if c := &common[i]; c.compact == compact && (exact && c.exact || c.tag == tag) {
			return c.index
		}
	}
	return match(tag)
}

// match uses the matcher's index, not the tag it returns, which carries
// extensions such as -u-rg-twzzzz. A match with no confidence is no match:
// the matcher would otherwise offer Traditional Chinese for Cantonese.
func match(tags ...language.Tag) int {
	_, i, confidence := matcher().Match(tags...)
	if confidence == language.No {
		return 0
	}
	return i
}

// Languages returns the shipped languages: English (the default), Chinese
// (zh, Simplified) and Traditional Chinese (zh-Hant).
func Languages() []language.Tag {
	tags := make([]language.Tag, len(shipped))
	for i, m := range shipped {
		tags[i] = m.tag
	}
	return tags
}

// Limits on what MatchLanguage reads of a header, which the peer controls.
const (
	maxAcceptLanguageBytes      = 4096
	maxAcceptLanguageEntries    = 8
	maxAcceptLanguageEntryBytes = 32
)

// exactTags are the tags that the matcher matches to a shipped language with
// exact confidence, as the first entries of browsers' Accept-Language
// headers spell them. TestExactTags checks them against the matcher.
var exactTags = [...]struct {
	tag   string
	index int
}{
	{"zh-CN", inChinese}, {"zh", inChinese}, {"zh-Hans", inChinese}, {"zh-Hans-CN", inChinese},
	{"zh-TW", inTraditionalChinese}, {"zh-Hant", inTraditionalChinese}, {"zh-Hant-TW", inTraditionalChinese},
	{"en-US", inEnglish}, {"en", inEnglish},
}

// matchFirstEntry is MatchLanguage's shortcut for the common header: its
// first entry has the highest weight (no q, so 1) and is a tag that matches a
// shipped language exactly. No later entry can then match better, so the
// header's other entries need not be parsed.
func matchFirstEntry(acceptLanguage string) (int, bool) {
	first, _, _ := strings.Cut(acceptLanguage, ",")
	first = strings.TrimSpace(first)
	for _, t := range exactTags {
		if strings.EqualFold(first, t.tag) {
			return t.index, true
		}
	}
	return 0, false
}

// MatchLanguage returns the shipped language that best matches an HTTP
// Accept-Language header, such as "zh-TW,zh;q=0.9,en;q=0.8". Malformed
// entries are skipped rather than failing the whole header, only the first
// 4 KiB and 8 entries (malformed ones included, each at most 32 bytes) are
// read, and a header that matches nothing gives English. The result is one of Languages, without extensions.
func MatchLanguage(acceptLanguage string) language.Tag {
	if len(acceptLanguage) > maxAcceptLanguageBytes {
		// Cut between entries, so that no entry is read half: zh-TW cut to zh
		// would still parse, as another language.
		acceptLanguage = acceptLanguage[:maxAcceptLanguageBytes]
		acceptLanguage = acceptLanguage[:max(strings.LastIndexByte(acceptLanguage, ','), 0)]
	}
	if i, ok := matchFirstEntry(acceptLanguage); ok {
		return shipped[i].tag
	}
	type weighted struct {
		tag language.Tag
		q   float32
	}
	var wanted []weighted
	entries := 0
	for entry := range strings.SplitSeq(acceptLanguage, ",") {
		// Every entry counts, malformed or not: parsing is what costs, and
		// the peer chooses how many entries fail.
		if entries++; entries > maxAcceptLanguageEntries {
			break
		}
		if len(entry) > maxAcceptLanguageEntryBytes {
			continue
		}
		tags, qs, err := language.ParseAcceptLanguage(entry)
		if err != nil || len(tags) == 0 || qs[0] <= 0 {
			continue
		}
		wanted = append(wanted, weighted{tags[0], qs[0]})
	}
	// Highest weight first, and in the header's order among equal weights.
	// An insertion sort, for at most maxAcceptLanguageEntries entries: it
	// links a tenth of the code of slices.SortStableFunc.
	for i := 1; i < len(wanted); i++ {
		for j := i; j > 0 && wanted[j].q > wanted[j-1].q; j-- {
			wanted[j], wanted[j-1] = wanted[j-1], wanted[j]
		}
	}
	tags := make([]language.Tag, len(wanted))
	for i, w := range wanted {
		tags[i] = w.tag
	}
	return shipped[match(tags...)].tag
}
