package errcode

import (
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// messages is what one shipped language says beside the rows' texts, which
// sit in the rows themselves (texts.go holds one per language, written by
// internal/mkcodes from internal/registry).
type messages struct {
	tag               language.Tag
	separator         string               // between a description and its hint, as Describe joins them
	end               string               // after the hint, to end Describe's sentence where the language's punctuation asks for it
	unknown           [numSetValues]string // per set, the description of a code the set does not know; %d is its number
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
	commonOnce.Do(parseCommon)
	return &parsedCommon
}

func parseCommon() {
	for i, c := range commonTags {
		tag := language.MustParse(c.tag)
		compact, exact := language.CompactIndex(tag)
		parsedCommon[i] = matchedTag{tag, compact, exact, c.index}
	}
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
		tag, q, ok := parseEntry(entry)
		if !ok {
			continue
		}
		wanted = append(wanted, weighted{tag, q})
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

// parseEntry parses one entry of an Accept-Language header: a language
// range and an optional weight, "zh-TW;q=0.8". Only the range's language,
// script and region are parsed, which are all that matching to the shipped
// languages needs: variants, extensions and private-use subtags, which a
// peer can pile up to make parsing cost, are ignored. An entry of weight 0,
// or that is malformed, is not ok.
func parseEntry(entry string) (tag language.Tag, q float32, ok bool) {
	rng, params, _ := strings.Cut(entry, ";")
	rng = strings.TrimSpace(rng)
	q = 1
	if params != "" {
		name, value, _ := strings.Cut(strings.TrimSpace(params), "=")
		if strings.TrimSpace(name) != "q" {
			return tag, 0, false
		}
		if q, ok = qvalue(strings.TrimSpace(value)); !ok {
			return tag, 0, false
		}
	}
	if q == 0 {
		return tag, 0, false
	}
	if rng == "*" {
		return language.Und, q, true
	}
	tag, err := language.Parse(languageScriptRegion(rng))
	return tag, q, err == nil
}

// languageScriptRegion returns the start of a language range up to its
// region: "zh-Hant-TW-x-private" gives "zh-Hant-TW", "en-US-u-ca-gregory"
// gives "en-US".
func languageScriptRegion(rng string) string {
	end := strings.IndexByte(rng, '-')
	if end < 0 {
		return rng
	}
	for rest := rng[end+1:]; rest != ""; {
		sub, after, _ := strings.Cut(rest, "-")
		script := len(sub) == 4 && isLetters(sub)
		region := len(sub) == 2 && isLetters(sub) || len(sub) == 3 && strings.Trim(sub, "0123456789") == ""
		if !script && !region {
			break
		}
		end += 1 + len(sub)
		if region {
			break
		}
		rest = after
	}
	return rng[:end]
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// qvalue parses a weight as RFC 9110 writes it: 0 or 1 with at most three
// decimals, and none but zeros after a 1.
func qvalue(v string) (float32, bool) {
	if v == "" || len(v) > 5 || v[0] != '0' && v[0] != '1' {
		return 0, false
	}
	if len(v) > 1 {
		if v[1] != '.' || strings.Trim(v[2:], "0123456789") != "" || v[0] == '1' && strings.Trim(v[2:], "0") != "" {
			return 0, false
		}
	}
	w, err := strconv.ParseFloat(v, 32)
	return float32(w), err == nil
}
