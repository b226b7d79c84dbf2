package errcode

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExportedIdentifiersHaveDocs: every exported identifier of the package
// has a doc comment, for pkg.go.dev.
func TestExportedIdentifiersHaveDocs(t *testing.T) {
	fset := token.NewFileSet()
	names, err := filepath.Glob("*.go")
	require.NoError(t, err)
	checked := 0
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		require.NoError(t, err)
		for _, decl := range file.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if !d.Name.IsExported() || d.Recv != nil && !exportedReceiver(d.Recv) {
					continue
				}
				checked++
				assert.NotNil(t, d.Doc, "%s: func %s has no doc comment", name, d.Name.Name)
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					var idents []*ast.Ident
					var doc *ast.CommentGroup
					switch s := spec.(type) {
					case *ast.TypeSpec:
						idents, doc = []*ast.Ident{s.Name}, s.Doc
					case *ast.ValueSpec:
						idents, doc = s.Names, s.Doc
					}
					if doc == nil && len(d.Specs) == 1 {
						doc = d.Doc
					}
					for _, id := range idents {
						if id.IsExported() {
							checked++
							assert.NotNil(t, doc, "%s: %s has no doc comment", name, id.Name)
						}
					}
				}
			}
		}
	}
	assert.Greater(t, checked, 150, "the check saw the package")
}

func exportedReceiver(recv *ast.FieldList) bool {
	typ := recv.List[0].Type
	if star, ok := typ.(*ast.StarExpr); ok {
		typ = star.X
	}
	ident, ok := typ.(*ast.Ident)
	return ok && ident.IsExported()
}
