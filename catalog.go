package errcode

import (
	"sync"

	"golang.org/x/text/message/catalog"
)

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
	// SetString fails only on malformed message syntax, which plain
	// strings cannot have; TestCatalog reads every message back.
	set := func(l int, key string, t text) {
		_ = b.SetString(shipped[l].tag, key, t.description)
		_ = b.SetString(shipped[l].tag, key+".hint", t.hint)
	}
	for l, m := range shipped {
		for _, s := range codeSets {
			prefix := s.String() + "."
			for _, c := range Codes(s) {
				set(l, prefix+c.String(), text{c.Description(m.tag), c.Hint(m.tag)})
			}
			_ = b.SetString(m.tag, prefix+"unknown", m.unknown[s])
		}
		for _, e := range reasonTable.entries {
			set(l, "gateway."+e.reason.String(), e.texts[l])
		}
		_ = b.SetString(m.tag, "gateway.unknown", m.unknownReason)
		for k, e := range kinds {
			set(l, "kind."+Kind(k).String(), e.texts[l])
		}
	}
	return readOnlyCatalog{b}
}
