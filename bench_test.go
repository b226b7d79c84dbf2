package errcode_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"

	"github.com/rtckit/errcode"
)

// The benchmarks run the hot paths on one code, -502 TICKET_EXPIRED, and the
// x/text ways of getting the same Chinese description beside them: a cached
// printer (BenchmarkPrinterSprintf, the baseline), a printer made per call,
// the catalog's own lookup, and a bare slice index as the floor.

const benchKey = "server.TICKET_EXPIRED"

var (
	sinkString string
	sinkBool   bool
	sinkErr    error
	sinkTag    language.Tag
)

func BenchmarkString(b *testing.B) {
	c := errcode.ServerTicketExpired
	for b.Loop() {
		sinkString = c.String()
	}
}

func BenchmarkError(b *testing.B) {
	c := errcode.ServerTicketExpired
	for b.Loop() {
		sinkString = c.Error()
	}
}

func BenchmarkDescription(b *testing.B) {
	c := errcode.ServerTicketExpired
	for b.Loop() {
		sinkString = c.Description(language.Chinese)
	}
}

// BenchmarkDescriptionUncommonTag takes a tag that only the matcher resolves.
func BenchmarkDescriptionUncommonTag(b *testing.B) {
	c := errcode.ServerTicketExpired
	tag := language.MustParse("zh-Hant-MO")
	for b.Loop() {
		sinkString = c.Description(tag)
	}
}

func BenchmarkParse(b *testing.B) {
	for b.Loop() {
		c, err := errcode.ParseServerCode("TICKET_EXPIRED")
		sinkBool = c == 0 || err != nil
	}
}

func BenchmarkErrorsIs(b *testing.B) {
	err := fmt.Errorf("a: %w", fmt.Errorf("b: %w", fmt.Errorf("c: %w", errcode.ServerTicketExpired)))
	for b.Loop() {
		sinkBool = errors.Is(err, errcode.ServerTicketExpired)
	}
}

func BenchmarkErrorsIsKind(b *testing.B) {
	err := fmt.Errorf("a: %w", fmt.Errorf("b: %w", errcode.FromServer(-502, "expired")))
	for b.Loop() {
		sinkBool = errors.Is(err, errcode.Unauthenticated)
	}
}

// BenchmarkPrinterSprintf is the baseline: a cached message.Printer on the
// library's catalog printing the same message.
func BenchmarkPrinterSprintf(b *testing.B) {
	p := message.NewPrinter(language.Chinese, message.Catalog(errcode.Catalog()))
	for b.Loop() {
		sinkString = p.Sprintf(benchKey)
	}
}

// BenchmarkReasonDescription is Description for a gateway reason, found by
// its text rather than by a number.
func BenchmarkReasonDescription(b *testing.B) {
	r := errcode.ReasonReachLimit
	for b.Loop() {
		sinkString = r.Description(language.Chinese)
	}
}

// BenchmarkReasonPrinterSprintf is BenchmarkReasonDescription's baseline: a
// cached printer on the library's catalog printing the same message.
func BenchmarkReasonPrinterSprintf(b *testing.B) {
	p := message.NewPrinter(language.Chinese, message.Catalog(errcode.Catalog()))
	for b.Loop() {
		sinkString = p.Sprintf("gateway.reach_limit")
	}
}

// BenchmarkPrinterSprintfNewPrinter makes a printer per call, as code that
// holds no printer does.
func BenchmarkPrinterSprintfNewPrinter(b *testing.B) {
	cat := errcode.Catalog()
	for b.Loop() {
		sinkString = message.NewPrinter(language.Chinese, message.Catalog(cat)).Sprintf(benchKey)
	}
}

// renderer collects what a catalog context renders.
type renderer struct{ s string }

func (r *renderer) Render(s string) { r.s = s }
func (r *renderer) Arg(int) any     { return nil }

// BenchmarkCatalogExecute is the catalog's own lookup, with no printer.
func BenchmarkCatalogExecute(b *testing.B) {
	cat := errcode.Catalog()
	var r renderer
	for b.Loop() {
		_ = cat.Context(language.Chinese, &r).Execute(benchKey)
		sinkString = r.s
	}
}

// BenchmarkSliceIndex is the floor: reading a precomputed string.
func BenchmarkSliceIndex(b *testing.B) {
	texts := []string{"conference ticket expired", "ticket过期", "ticket 已過期"}
	i := 1
	for b.Loop() {
		sinkString = texts[i]
	}
}

// BenchmarkCatalog measures the calls after the first, which builds the
// catalog once.
func BenchmarkCatalog(b *testing.B) {
	var cat catalog.Catalog
	for b.Loop() {
		cat = errcode.Catalog()
	}
	sinkBool = cat == nil
}

// Accept-Language headers as browsers send them.
var browserHeaders = []struct{ name, header string }{
	{"chrome-zh-CN", "zh-CN,zh;q=0.9,en;q=0.8"},
	{"safari-zh-TW", "zh-TW,zh-Hant;q=0.9"},
	{"firefox-en-US", "en-US,en;q=0.5"},
	{"edge-ja", "ja,en-US;q=0.9,en;q=0.8,zh-CN;q=0.7"},
}

func BenchmarkMatchLanguage(b *testing.B) {
	for _, h := range browserHeaders {
		b.Run(h.name, func(b *testing.B) {
			for b.Loop() {
				sinkTag = errcode.MatchLanguage(h.header)
			}
		})
	}
}

// multilingualHeader is the Accept-Language header of a browser set to eight
// languages, as many entries as MatchLanguage reads.
const multilingualHeader = "ja,en-US;q=0.9,en;q=0.8,zh-CN;q=0.7,zh;q=0.6,ko;q=0.5,fr;q=0.4,de;q=0.3"

// hostileHeaders are Accept-Language headers built to cost MatchLanguage the
// most; the first is the costliest found.
var hostileHeaders = []string{
	strings.Repeat("zh-Hant-TW-x-abcdefgh-abcd;q=0.5,", 512), // entries as long as one may be, that parse and match nothing
	strings.Repeat("a,", 2048),                               // entries that fail to parse
	strings.Repeat("ja-XX;q=0.1,", 300),                      // valid entries of languages not shipped
	strings.Repeat("en-u-ca-gregory-co-phonebk-nu-latn;q=0.5,", 100),
	"zh-" + strings.Repeat("abcdefgh-", 450),
	// Entries of at most 32 bytes whose variants, extensions and private-use
	// subtags made x/text's parser allocate four times as much as for a
	// browser's entries.
	strings.Repeat("en-US-u-nu-latn-ca-gregory-kn-tr,", 8),
	strings.Repeat("en-a-bbb-b-ccc-c-ddd-d-eee-e-fff,", 8),
	strings.Repeat("de-1901-1996-fonipa-fonxsamp-x-a,", 8),
	strings.Repeat("en-t-zh-hant-tw-m0-ungegn-x-abcd,", 8),
	strings.Repeat("und-u-attr1-attr2-attr3-attr4-a5,", 8),
}

// BenchmarkMatchLanguageBrowser is the baseline of
// BenchmarkMatchLanguageWorst: a browser header with as many entries as are
// read.
func BenchmarkMatchLanguageBrowser(b *testing.B) {
	for b.Loop() {
		sinkTag = errcode.MatchLanguage(multilingualHeader)
	}
}

// BenchmarkMatchLanguageWorst is the costliest header a peer can send.
func BenchmarkMatchLanguageWorst(b *testing.B) {
	for b.Loop() {
		sinkTag = errcode.MatchLanguage(hostileHeaders[0])
	}
}

// BenchmarkMatchLanguageXText is MatchLanguage's baseline: x/text's own
// parsing of the whole header and matching, with none of MatchLanguage's
// bounds or tolerance of malformed entries.
func BenchmarkMatchLanguageXText(b *testing.B) {
	matcher := language.NewMatcher(errcode.Languages())
	for _, h := range browserHeaders {
		b.Run(h.name, func(b *testing.B) {
			for b.Loop() {
				tags, _, _ := language.ParseAcceptLanguage(h.header)
				_, i, _ := matcher.Match(tags...)
				sinkBool = i == 0
			}
		})
	}
}

// Response bodies as the server and its gateway send them.
var responseBodies = []struct{ name, body string }{
	{"success", successBody},
	{"code", codeBody},
	{"gateway", gatewayBody},
}

func BenchmarkParseResponse(b *testing.B) {
	for _, body := range responseBodies {
		b.Run(body.name, func(b *testing.B) {
			data := []byte(body.body)
			for b.Loop() {
				sinkErr = errcode.ParseResponse(data)
			}
		})
	}
}

// BenchmarkParseResponseJSON is ParseResponse's baseline: encoding/json
// decoding the same body into a struct of the two fields a caller would read.
func BenchmarkParseResponseJSON(b *testing.B) {
	for _, body := range responseBodies {
		b.Run(body.name, func(b *testing.B) {
			data := []byte(body.body)
			for b.Loop() {
				var r struct {
					Error       any    `json:"error"`
					Description string `json:"error_description"`
				}
				sinkErr = json.Unmarshal(data, &r)
			}
		})
	}
}

// stillClock is a clock that never waits, so that a benchmark of a retry
// loop measures its decisions, not its sleeps.
type stillClock struct{}

func (stillClock) Now() time.Time                             { return time.Time{} }
func (stillClock) Sleep(context.Context, time.Duration) error { return nil }

// flaky fails twice with a retryable code, then succeeds, every third call.
type flaky struct{ calls int }

func (f *flaky) op(context.Context) error {
	f.calls++
	if f.calls%3 != 0 {
		return errcode.ServerPubInactive
	}
	return nil
}

// BenchmarkRetryLoopByHand is the baseline: the loop a user writes by hand
// around Retryable, with the same backoff and no waiting.
func BenchmarkRetryLoopByHand(b *testing.B) {
	f, ctx, clock := &flaky{}, context.Background(), stillClock{}
	for b.Loop() {
		for attempt := 1; attempt <= 3; attempt++ {
			err := f.op(ctx)
			if err == nil || !errcode.Retryable(err) || ctx.Err() != nil {
				break
			}
			_ = clock.Sleep(ctx, time.Duration(rand.Int64N(int64(100*time.Millisecond)<<(attempt-1)+1)))
		}
	}
}

// BenchmarkRetry is RetryPolicy.Do over the same operation: the advice, the
// remedy, "may it have happened", the budget and the deadlines, decided on
// each failure.
func BenchmarkRetry(b *testing.B) {
	f, ctx := &flaky{}, context.Background()
	budget, _ := errcode.NewRetryBudget(1000, 1000)
	p := errcode.RetryPolicy{Clock: stillClock{}, Budget: budget}
	op := f.op
	for b.Loop() {
		_ = p.Do(ctx, op)
	}
}
