package errcode

import (
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestTextsLineUpWithTables checks that every language has one text per code,
// in the order of the set's table, so that no description is read for the
// wrong code.
func TestTextsLineUpWithTables(t *testing.T) {
	for _, m := range shipped {
		for _, set := range sets {
			codes := Codes(set)
			texts := m.texts(set)
			require.Len(t, texts, len(codes), "%s %s", m.tag, set)
			for i, c := range codes {
				assert.Equal(t, c, texts[i].code, "%s %s row %d", m.tag, set, i)
			}
		}
		require.Len(t, m.gateway, len(reasonTable.entries), "%s gateway", m.tag)
		for i, e := range reasonTable.entries {
			assert.Equal(t, e.reason, m.gateway[i].code, "%s gateway row %d", m.tag, i)
		}
		for _, set := range sets {
			assert.Contains(t, m.unknown[set], "%d", "%s %s", m.tag, set)
		}
		assert.Contains(t, m.unknownReason, "%s", m.tag)
		assert.NotEmpty(t, m.separator)
		assert.NotEmpty(t, m.unknownHint)
		assert.NotEmpty(t, m.unknownReasonHint)
	}
	assert.Nil(t, english.texts(Set(0)))
}

// TestGoNames checks each table row's Go name against the constants declared
// in the set's file: the name is the constant's, and the constant's value is
// the row's.
func TestGoNames(t *testing.T) {
	constants := map[string]int{}
	fset := token.NewFileSet()
	for _, file := range []string{"server.go", "android.go", "ios.go"} {
		f, err := parser.ParseFile(fset, file, nil, 0)
		require.NoError(t, err)
		for _, decl := range f.Decls {
			gen, ok := decl.(*ast.GenDecl)
			if !ok || gen.Tok != token.CONST {
				continue
			}
			for _, spec := range gen.Specs {
				vs := spec.(*ast.ValueSpec)
				require.Len(t, vs.Names, 1)
				require.Len(t, vs.Values, 1)
				constants[vs.Names[0].Name] = literalInt(t, vs.Values[0])
			}
		}
	}
	require.Len(t, constants, 29+27+22+1+4, "the table's entries, the SDK's name for Android 824 and the four codes only the SDKs define")
	named := 0
	check := func(goName string, value int) {
		t.Helper()
		v, ok := constants[goName]
		if assert.True(t, ok, "no constant %s", goName) {
			assert.Equal(t, v, value, goName)
		}
		named++
	}
	for _, e := range serverTable.entries {
		check(e.goName, int(e.code))
	}
	for _, a := range serverTable.aliases {
		check(a.goName, int(a.code))
	}
	for _, e := range androidTable.entries {
		check(e.goName, int(e.code))
	}
	for _, a := range androidTable.aliases {
		check(a.goName, int(a.code))
	}
	for _, e := range iosTable.entries {
		check(e.goName, int(e.code))
	}
	assert.Equal(t, len(constants), named, "every constant has a row")
}

func literalInt(t *testing.T, e ast.Expr) int {
	t.Helper()
	sign := 1
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.SUB {
		sign, e = -1, u.X
	}
	lit, ok := e.(*ast.BasicLit)
	require.True(t, ok, "constant values are plain numbers")
	n, err := strconv.Atoi(lit.Value)
	require.NoError(t, err)
	return sign * n
}

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

// TestRetryAdviceIsExplained states the rule for retry advice: wherever a
// code's advice differs from its kind's, its table row carries a reason, as
// a comment on the row or right above it.
func TestRetryAdviceIsExplained(t *testing.T) {
	tables := []struct {
		file, variable string
		rows           []advice
	}{
		{"server.go", "serverTable", rowsOf(serverTable)},
		{"android.go", "androidTable", rowsOf(androidTable)},
		{"ios.go", "iosTable", rowsOf(iosTable)},
		{"gateway.go", "reasonTable", reasonRows()},
	}
	explained := 0
	for _, table := range tables {
		reasons := rowReasons(t, table.file, table.variable)
		require.Len(t, reasons, len(table.rows), table.file)
		for i, r := range table.rows {
			if r.retryable != r.kind.Retryable() {
				assert.NotEmpty(t, reasons[i], "%s row %d: retry advice differs from %s's without a reason", table.file, i, r.kind.String())
				explained++
			}
		}
	}
	assert.Positive(t, explained, "the capacity limits differ from ResourceExhausted's advice")
}

// advice is what a table row says to do about its code.
type advice struct {
	kind      Kind
	retryable bool
}

func reasonRows() []advice {
	rows := make([]advice, len(reasonTable.entries))
	for i, e := range reasonTable.entries {
		rows[i] = advice{e.kind, e.retryable}
	}
	return rows
}

func rowsOf[C ~int32](t *table[C]) []advice {
	rows := make([]advice, len(t.entries))
	for i, e := range t.entries {
		rows[i] = advice{e.kind, e.retryable}
	}
	return rows
}

// rowReasons returns, for each row of the table that variable holds in file,
// the comment on the row's line or ending on the line above it, or "".
func rowReasons(t *testing.T, file, variable string) []string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, nil, parser.ParseComments)
	require.NoError(t, err)
	var rows []ast.Expr
	ast.Inspect(f, func(n ast.Node) bool {
		spec, ok := n.(*ast.ValueSpec)
		if !ok || spec.Names[0].Name != variable {
			return true
		}
		for _, arg := range spec.Values[0].(*ast.CallExpr).Args {
			if lit, ok := arg.(*ast.CompositeLit); ok { // the rows come first, then any aliases
				rows = lit.Elts
				break
			}
		}
		return false
	})
	require.NotEmpty(t, rows, "no table %s in %s", variable, file)
	rowOn := map[int]int{} // line → row
	for i, r := range rows {
		rowOn[fset.Position(r.Pos()).Line] = i
	}
	reasons := make([]string, len(rows))
	for _, g := range f.Comments {
		start, end := fset.Position(g.Pos()).Line, fset.Position(g.End()).Line
		if i, ok := rowOn[start]; ok {
			reasons[i] += g.Text() // on the row's line
		} else if i, ok := rowOn[end+1]; ok {
			reasons[i] += g.Text() // on lines of its own, right above the row
		}
	}
	return reasons
}

// TestHintsSayRetryOnlyWhenRetryable states the other half of the rule: a
// hint that tells the reader to retry belongs to a retryable code or kind,
// in every language.
func TestHintsSayRetryOnlyWhenRetryable(t *testing.T) {
	retryWords := [len(shipped)]*regexp.Regexp{
		inEnglish:            regexp.MustCompile(`(?i)\bretry\b|\btry again\b`),
		inChinese:            regexp.MustCompile(`重试|再试`),
		inTraditionalChinese: regexp.MustCompile(`重試|再試`),
	}
	saidRetry := 0
	for l, m := range shipped {
		for _, set := range sets {
			for i, c := range Codes(set) {
				hint := m.texts(set)[i].hint
				if retryWords[l].MatchString(hint) {
					saidRetry++
					assert.True(t, c.Retryable(), "%s %s: %q", m.tag, c, hint)
				}
			}
		}
		for i, r := range Reasons() {
			if hint := m.gateway[i].hint; retryWords[l].MatchString(hint) {
				saidRetry++
				assert.True(t, r.Retryable(), "%s %s: %q", m.tag, r, hint)
			}
		}
		for k, p := range m.kinds {
			if retryWords[l].MatchString(p.hint) {
				saidRetry++
				assert.True(t, Kind(k).Retryable(), "%s %s: %q", m.tag, Kind(k).String(), p.hint)
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
	for _, m := range shipped {
		for _, set := range sets {
			for _, text := range m.texts(set) {
				assert.NotContains(t, text.description, m.separator, "%s %s", m.tag, text.code)
			}
		}
		for _, text := range m.gateway {
			assert.NotContains(t, text.description, m.separator, "%s %s", m.tag, text.code)
		}
		for k, p := range m.kinds {
			assert.NotContains(t, p.description, m.separator, "%s %s", m.tag, Kind(k).String())
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

// TestKindGoNames checks each kind's Go name against the constants declared
// in kind.go, in order.
func TestKindGoNames(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "kind.go", nil, 0)
	require.NoError(t, err)
	var names []string
	for _, decl := range f.Decls {
		if gen, ok := decl.(*ast.GenDecl); ok && gen.Tok == token.CONST {
			for _, spec := range gen.Specs {
				for _, name := range spec.(*ast.ValueSpec).Names {
					if name.IsExported() {
						names = append(names, name.Name)
					}
				}
			}
		}
	}
	require.Len(t, names, int(numKinds))
	for k, name := range names {
		assert.Equal(t, name, Kind(k).GoName())
	}
	assert.Empty(t, numKinds.GoName())
}
