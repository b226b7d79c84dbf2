package errcode_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"

	"github.com/rtckit/errcode"
)

// TestCatalog reads every message back through a message.Printer, in every
// shipped language and in tags that match them, and compares it with what the
// library returns itself.
func TestCatalog(t *testing.T) {
	cat := errcode.Catalog()
	require.ElementsMatch(t, errcode.Languages(), cat.Languages())
	tags := append(errcode.Languages(), language.MustParse("zh-CN"), language.MustParse("zh-TW"), language.MustParse("zh-HK"), language.MustParse("en-GB"))
	for _, tag := range tags {
		p := message.NewPrinter(tag, message.Catalog(cat))
		for _, c := range allCodes() {
			key := c.Set().String() + "." + c.String()
			assert.Equal(t, c.Description(tag), p.Sprintf(key), "%s %s", tag, key)
			assert.Equal(t, c.Hint(tag), p.Sprintf(key+".hint"), "%s %s", tag, key)
		}
		for _, r := range errcode.Reasons() {
			key := "gateway." + r.String()
			assert.Equal(t, r.Description(tag), p.Sprintf(key), "%s %s", tag, key)
			assert.Equal(t, r.Hint(tag), p.Sprintf(key+".hint"), "%s %s", tag, key)
		}
		assert.Equal(t, errcode.Reason("new_reason").Description(tag), p.Sprintf("gateway.unknown", "new_reason"), tag.String())
		for _, set := range allSets {
			unknown, _ := errcode.Lookup(set, -999)
			assert.Equal(t, unknown.Description(tag), p.Sprintf(set.String()+".unknown", -999), "%s %s", tag, set)
		}
	}
}

// TestCatalogIsPrivate: the library never writes message.DefaultCatalog, and
// its catalog is read-only: no caller can change its messages for another.
func TestCatalogIsPrivate(t *testing.T) {
	p := message.NewPrinter(language.English)
	assert.Equal(t, "server.TICKET_EXPIRED", p.Sprintf("server.TICKET_EXPIRED"), "the default catalog does not have the library's keys")

	cat := errcode.Catalog()
	_, isBuilder := cat.(*catalog.Builder)
	assert.False(t, isBuilder, "the catalog cannot be asserted to a builder")
	_, canSet := cat.(interface {
		SetString(language.Tag, string, string) error
	})
	assert.False(t, canSet, "the catalog has no SetString")
	assert.Equal(t, cat, errcode.Catalog(), "built once")
}

// TestCatalogOnceAndFree: after the first call, Catalog costs no allocation.
func TestCatalogOnceAndFree(t *testing.T) {
	_ = errcode.Catalog()
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = errcode.Catalog() }))
}

// TestMatchLanguageCostIsBounded: a header built to cost the most allocates
// about what a browser's header with as many entries does, whatever the
// peer puts in it. Allocations, unlike time, are the same on every machine.
func TestMatchLanguageCostIsBounded(t *testing.T) {
	browser := testing.AllocsPerRun(20, func() { errcode.MatchLanguage(multilingualHeader) })
	require.Positive(t, browser)
	for _, header := range hostileHeaders {
		allocs := testing.AllocsPerRun(20, func() { errcode.MatchLanguage(header) })
		assert.LessOrEqual(t, allocs, 1.5*browser, "%.40q…", header)
	}
	assert.Equal(t, language.TraditionalChinese, errcode.MatchLanguage(hostileHeaders[0]))
	assert.Equal(t, language.Chinese, errcode.MatchLanguage("a,b,c,d,e,f,g,zh"), "malformed entries count toward the cap, and zh is the eighth")
	assert.Equal(t, language.English, errcode.MatchLanguage("a,b,c,d,e,f,g,h,zh"), "the ninth entry is not read")
	assert.Equal(t, language.Chinese, errcode.MatchLanguage("x-"+strings.Repeat("a", 40)+",zh"), "an entry too long to be a tag is skipped")
}
