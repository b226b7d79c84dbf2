package errcode

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// text is a code's or a gateway reason's description and hint in one language.
type text struct {
	code        error // the Code or Reason the row is for, so that a test can check the rows line up with the table
	description string
	hint        string
}

// messages is one shipped language: a text for every code of every set and
// every gateway reason, row for row with the tables. Adding a language means
// adding a file with one of these and listing it in shipped, under a name of
// its own.
type messages struct {
	tag               language.Tag
	separator         string             // between a description and its hint, as Describe joins them
	end               string             // after the hint, to end Describe's sentence where the language's punctuation asks for it
	unknown           [SetIOS + 1]string // the description of a code not in the table; %d is its number
	unknownHint       string
	unknownReason     string // the description of a gateway reason not in the documentation; %s is the reason
	unknownReasonHint string
	kinds             [numKinds]phrase // for failures that carry a kind but no code, such as an HTTP status
	server            []text
	android           []text
	ios               []text
	gateway           []text // the gateway's reasons, row for row with reasonTable
}

// phrase is a description and a hint without a code: a Kind's.
type phrase struct {
	description string
	hint        string
}

func (m *messages) texts(s Set) []text {
	switch s {
	case SetServer:
		return m.server
	case SetAndroid:
		return m.android
	case SetIOS:
		return m.ios
	}
	return nil
}

// The shipped languages' positions in shipped.
const (
	inEnglish = iota
	inChinese
	inTraditionalChinese
)

// shipped lists the languages in the order Languages returns them. The first
// is the default, for tags that match none.
var shipped = [...]*messages{
	inEnglish:            &english,
	inChinese:            &simplifiedChinese,
	inTraditionalChinese: &traditionalChinese,
}

// matcher is built on first use: building it costs more than all the rest
// of the package's initialization, and the common tags do without it.
var matcher = sync.OnceValue(func() language.Matcher { return language.NewMatcher(Languages()) })

// common holds the tags that callers pass most, with the language each
// matches, so that Description and Hint skip the matcher for them.
// TestLanguageIndex checks them against the matcher.
var common = [...]matchedTag{
	newMatchedTag(language.English, inEnglish),
	newMatchedTag(language.Chinese, inChinese),
	newMatchedTag(language.TraditionalChinese, inTraditionalChinese),
	newMatchedTag(language.Und, inEnglish),
	newMatchedTag(language.AmericanEnglish, inEnglish),
	newMatchedTag(language.BritishEnglish, inEnglish),
	newMatchedTag(language.SimplifiedChinese, inChinese),
	newMatchedTag(language.MustParse("zh-CN"), inChinese),
	newMatchedTag(language.MustParse("zh-TW"), inTraditionalChinese),
	newMatchedTag(language.MustParse("zh-HK"), inTraditionalChinese),
}

type matchedTag struct {
	tag     language.Tag
	compact int  // the tag's language.CompactIndex: an int compares faster than a Tag
	exact   bool // whether the compact index stands for the whole tag
	index   int  // the position in shipped of the language the tag matches
}

func newMatchedTag(tag language.Tag, index int) matchedTag {
	compact, exact := language.CompactIndex(tag)
	return matchedTag{tag, compact, exact, index}
}

// languageIndex returns the position in shipped of the language that best
// matches tag.
func languageIndex(tag language.Tag) int {
	// Two tags that their compact index stands for whole are the same when
	// their indexes are. Others can share an index and differ (zh and
	// zh-Latn do): then the tags themselves decide.
	compact, exact := language.CompactIndex(tag)
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
// 4 KiB and 32 entries (malformed ones included) are read, and a header that
// matches nothing gives
// English. The result is one of Languages, without extensions.
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

// Catalog returns a catalog with every description and hint in every
// shipped language, for use with your own printer:
//
//	p := message.NewPrinter(errcode.MatchLanguage(header), message.Catalog(errcode.Catalog()))
//	p.Sprintf("server.TICKET_EXPIRED")      // the description
//	p.Sprintf("server.TICKET_EXPIRED.hint") // the hint
//	p.Sprintf("server.unknown", -999)       // a code not in the table
//
// Keys are the set, a dot and the vendor identifier (String's result), with
// ".hint" for hints; a gateway reason's texts are under "gateway." and the
// reason, such as "gateway.reach_limit" (and "gateway.unknown", whose %s is
// the reason); a kind's texts are under "kind." and its name, such as
// "kind.UNAVAILABLE". A printer does no matching of its own, so give it a
// tag from MatchLanguage or Languages.
//
// The catalog is built once, on first use (building it costs about a
// millisecond), and later calls return the same one without allocating. It
// is read-only: it cannot be asserted to a *catalog.Builder, so no caller can
// change the library's messages for another; messages of your own belong in
// a catalog.Builder of yours. The library itself reads its texts from the
// same tables without going through a catalog.
func Catalog() catalog.Catalog {
	// The once is started here, not in a package variable, so that a
	// program that never calls Catalog does not link x/text's catalog
	// builder and message compiler, some 65 KB of binary.
	catalogOnce.Do(func() { builtCatalog = buildCatalog() })
	return builtCatalog
}

// readOnlyCatalog hides the builder behind the catalog.Catalog interface:
// its type is unexported, so callers cannot reach SetString.
type readOnlyCatalog struct{ catalog.Catalog }

// The catalog, built once, on the first call of Catalog.
var (
	catalogOnce  sync.Once
	builtCatalog catalog.Catalog
)

func buildCatalog() catalog.Catalog {
	b := catalog.NewBuilder(catalog.Fallback(shipped[0].tag))
	for _, m := range shipped {
		for _, set := range sets {
			prefix := set.String() + "."
			for i, c := range Codes(set) {
				// SetString fails only on malformed message syntax, which
				// plain strings cannot have; TestCatalog reads every message back.
				_ = b.SetString(m.tag, prefix+c.String(), m.texts(set)[i].description)
				_ = b.SetString(m.tag, prefix+c.String()+".hint", m.texts(set)[i].hint)
			}
			_ = b.SetString(m.tag, prefix+"unknown", m.unknown[set])
		}
		for i, r := range Reasons() {
			_ = b.SetString(m.tag, "gateway."+r.String(), m.gateway[i].description)
			_ = b.SetString(m.tag, "gateway."+r.String()+".hint", m.gateway[i].hint)
		}
		_ = b.SetString(m.tag, "gateway.unknown", m.unknownReason)
		for k, p := range m.kinds {
			key := "kind." + Kind(k).String()
			_ = b.SetString(m.tag, key, p.description)
			_ = b.SetString(m.tag, key+".hint", p.hint)
		}
	}
	return readOnlyCatalog{b}
}
