package errcode

import (
	"go/ast"
	"go/parser"
	"go/token"
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
		for _, set := range sets {
			assert.Contains(t, m.unknown[set], "%d", "%s %s", m.tag, set)
		}
		assert.NotEmpty(t, m.separator)
		assert.NotEmpty(t, m.unknownHint)
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
	require.Len(t, constants, 29+27+22)
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
