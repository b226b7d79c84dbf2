// Apicheck judges the exported API of errcode's library packages (errcode,
// errhttp, errgrpc and errconnect) against the API recorded in api/, with
// golang.org/x/exp/apidiff: an addition that the record lacks fails until it
// is recorded, and a removal or a change that breaks a user fails always.
// The record is two files per version:
// api/v1.txt, one readable line per exported name, field, method and
// constant value, in the spirit of the Go project's api files; and
// api/v1/*.export, the packages' type information, which apidiff compares.
//
//	cd internal/tools && go run ./apicheck           # judge the API against the record
//	cd internal/tools && go run ./apicheck -write    # record the additions
//
// -write refuses to record an API that apidiff finds incompatible with the
// record, so that a removal is never recorded by accident; before v1.0.0 is
// tagged, -write -break records it anyway, and says what it breaks.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/token"
	"go/types"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/exp/apidiff"
	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// modules are the directories of the modules, from the repository's root,
// with the patterns of their packages.
var modules = []struct{ dir, pattern string }{
	{".", "./..."},
	{"errgrpc", "./..."},
	{"errconnect", "./..."},
}

// The record: readable lines, and the type information apidiff reads.
const (
	record     = "api/v1.txt"
	exportsDir = "api/v1"
)

func main() {
	write := flag.Bool("write", false, "record the current API instead of judging it")
	allowBreak := flag.Bool("break", false, "with -write, record an API that breaks the record's users (before v1.0.0 only)")
	root := flag.String("root", "../..", "the repository's root")
	flag.Parse()
	if err := run(*root, *write, *allowBreak); err != nil {
		fmt.Fprintln(os.Stderr, "apicheck:", err)
		os.Exit(1)
	}
}

func run(root string, write, allowBreak bool) error {
	pkgs, err := load(root)
	if err != nil {
		return err
	}
	old, err := readExports(filepath.Join(root, exportsDir))
	if err != nil {
		return err
	}
	if len(old) == 0 && !write {
		return fmt.Errorf("no record in %s: run go run ./apicheck -write", exportsDir)
	}
	var incompatible, compatible []string
	for _, p := range pkgs {
		before, ok := old[p.Path()]
		if !ok {
			compatible = append(compatible, p.Path()+": a new package")
			continue
		}
		for _, c := range apidiff.Changes(before, p).Changes {
			line := p.Path() + ": " + c.Message
			if c.Compatible {
				compatible = append(compatible, line)
			} else {
				incompatible = append(incompatible, line)
			}
		}
	}
	for path := range old {
		if !slices.ContainsFunc(pkgs, func(p *types.Package) bool { return p.Path() == path }) {
			incompatible = append(incompatible, path+": the package is gone")
		}
	}
	slices.Sort(incompatible)
	slices.Sort(compatible)
	for _, l := range incompatible {
		fmt.Println("INCOMPATIBLE", l)
	}
	for _, l := range compatible {
		fmt.Println("compatible  ", l)
	}
	var lines []string
	for _, p := range pkgs {
		lines = append(lines, packageAPI(p)...)
	}
	slices.Sort(lines)
	lines = slices.Compact(lines)

	if !write {
		if len(incompatible) > 0 {
			return fmt.Errorf("%d changes break users of the API recorded in %s", len(incompatible), record)
		}
		recorded, err := os.ReadFile(filepath.Join(root, record))
		if err != nil {
			return err
		}
		if len(compatible) > 0 || string(recorded) != strings.Join(lines, "\n")+"\n" {
			// An addition is compatible, but made on purpose: it is
			// recorded with the change that makes it, as the Go project's
			// api/next files make additions explicit.
			return fmt.Errorf("%d compatible changes (above) are not recorded in %s: record them with go run ./apicheck -write", max(len(compatible), 1), record)
		}
		fmt.Printf("apicheck: the API is the record (%s)\n", summary(lines))
		return nil
	}
	if len(incompatible) > 0 && !allowBreak {
		return fmt.Errorf("refusing to record %d changes that break users (above); if v1.0.0 is not tagged yet and they are meant, run with -write -break", len(incompatible))
	}
	if err := writeExports(filepath.Join(root, exportsDir), pkgs); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(root, record), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		return err
	}
	fmt.Printf("apicheck: recorded %d lines in %s, and the packages' types in %s\n", len(lines), record, exportsDir)
	return nil
}

// load returns the packages that users can import, of both modules: not
// commands, not internal packages.
func load(root string) ([]*types.Package, error) {
	var out []*types.Package
	for _, m := range modules {
		cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes, Dir: filepath.Join(root, m.dir)}
		pkgs, err := packages.Load(cfg, m.pattern)
		if err != nil {
			return nil, err
		}
		for _, p := range pkgs {
			if len(p.Errors) > 0 {
				return nil, fmt.Errorf("%s: %v", p.PkgPath, p.Errors[0])
			}
			if p.Name == "main" || slices.Contains(strings.Split(p.PkgPath, "/"), "internal") {
				continue
			}
			out = append(out, p.Types)
		}
	}
	slices.SortFunc(out, func(a, b *types.Package) int { return strings.Compare(a.Path(), b.Path()) })
	return out, nil
}

// exportFile names the file of a package's type information.
func exportFile(dir, pkgPath string) string {
	return filepath.Join(dir, path.Base(pkgPath)+".export")
}

func writeExports(dir string, pkgs []*types.Package) error {
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, p := range pkgs {
		var buf bytes.Buffer
		// The package path first, on a line of its own: the file's name
		// keeps only its last element.
		buf.WriteString(p.Path() + "\n")
		if err := gcexportdata.Write(&buf, token.NewFileSet(), p); err != nil {
			return fmt.Errorf("%s: %w", p.Path(), err)
		}
		if err := os.WriteFile(exportFile(dir, p.Path()), buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// readExports reads the recorded packages, by path. The packages they import
// are shared, so that errhttp's *errcode.Error is the recorded errcode's.
func readExports(dir string) (map[string]*types.Package, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.export"))
	if err != nil {
		return nil, err
	}
	imports := map[string]*types.Package{}
	out := map[string]*types.Package{}
	fset := token.NewFileSet()
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		pkgPath, rest, ok := bytes.Cut(data, []byte("\n"))
		if !ok {
			return nil, fmt.Errorf("%s: no package path", f)
		}
		p, err := gcexportdata.Read(bufio.NewReader(bytes.NewReader(rest)), fset, imports, string(pkgPath))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		out[p.Path()] = p
	}
	return out, nil
}

// summary counts the lines per package.
func summary(lines []string) string {
	counts := map[string]int{}
	var order []string
	for _, l := range lines {
		pkg, _, _ := strings.Cut(l, ",")
		if counts[pkg] == 0 {
			order = append(order, pkg)
		}
		counts[pkg]++
	}
	parts := make([]string, len(order))
	for i, pkg := range order {
		parts[i] = fmt.Sprintf("%s: %d", strings.TrimPrefix(pkg, "pkg "), counts[pkg])
	}
	return strings.Join(parts, "; ")
}

// packageAPI returns one line per exported name of pkg, and per exported
// field, method and interface method of its types.
func packageAPI(pkg *types.Package) []string {
	prefix := "pkg " + pkg.Path() + ", "
	qualifier := func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		return p.Name()
	}
	var str func(t types.Type) string
	str = func(t types.Type) string {
		// A parameter of a func type is written without its parameters'
		// names, as signature writes a function's: renaming one changes
		// no caller.
		if sig, ok := t.(*types.Signature); ok {
			return "func" + signature(sig, str)
		}
		return types.TypeString(t, qualifier)
	}
	var lines []string
	add := func(format string, a ...any) { lines = append(lines, prefix+fmt.Sprintf(format, a...)) }
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		switch obj := obj.(type) {
		case *types.Const:
			add("const %s %s = %s", name, str(obj.Type()), obj.Val().ExactString())
		case *types.Var:
			add("var %s %s", name, str(obj.Type()))
		case *types.Func:
			add("func %s%s", name, signature(obj.Type().(*types.Signature), str))
		case *types.TypeName:
			typeAPI(obj, str, add)
		}
	}
	return lines
}

// typeAPI adds the lines of a type: its kind, its exported fields or
// interface methods, and its exported methods.
func typeAPI(obj *types.TypeName, str func(types.Type) string, add func(string, ...any)) {
	name := obj.Name()
	switch u := obj.Type().Underlying().(type) {
	case *types.Struct:
		add("type %s struct", name)
		for i := range u.NumFields() {
			if f := u.Field(i); f.Exported() {
				if f.Embedded() {
					add("type %s struct, embedded %s", name, str(f.Type()))
				} else {
					add("type %s struct, %s %s", name, f.Name(), str(f.Type()))
				}
			}
		}
	case *types.Interface:
		add("type %s interface", name)
		for i := range u.NumMethods() {
			m := u.Method(i)
			if m.Exported() {
				add("type %s interface, %s%s", name, m.Name(), signature(m.Type().(*types.Signature), str))
			} else {
				add("type %s interface, unexported methods", name)
			}
		}
	default:
		add("type %s %s", name, str(u))
	}
	if alias, isAlias := obj.Type().(*types.Alias); isAlias {
		add("type %s = %s", name, str(alias.Rhs()))
		return
	}
	named, ok := obj.Type().(*types.Named)
	if !ok {
		return
	}
	for i := range named.NumMethods() {
		m := named.Method(i)
		if !m.Exported() {
			continue
		}
		sig := m.Type().(*types.Signature)
		recv := name
		if _, pointer := sig.Recv().Type().(*types.Pointer); pointer {
			recv = "*" + name
		}
		add("method (%s) %s%s", recv, m.Name(), signature(sig, str))
	}
}

// signature writes sig's parameter and result types, without their names:
// renaming a parameter changes no caller.
func signature(sig *types.Signature, str func(types.Type) string) string {
	list := func(t *types.Tuple, variadic bool) string {
		parts := make([]string, t.Len())
		for i := range t.Len() {
			parts[i] = str(t.At(i).Type())
			if variadic && i == t.Len()-1 {
				parts[i] = "..." + str(t.At(i).Type().(*types.Slice).Elem())
			}
		}
		return strings.Join(parts, ", ")
	}
	out := "(" + list(sig.Params(), sig.Variadic()) + ")"
	switch sig.Results().Len() {
	case 0:
	case 1:
		out += " " + list(sig.Results(), false)
	default:
		out += " (" + list(sig.Results(), false) + ")"
	}
	return out
}
