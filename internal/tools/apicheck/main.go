// Apicheck compares the exported API of every package of errcode's two
// modules with the record in api/v1.txt, in the spirit of the Go project's
// api files: one line per exported name, field, method and constant value.
// It exits 1 and prints what was added and what was removed when they
// differ; -write rewrites the record instead.
//
//	cd internal/tools && go run ./apicheck [-write]
//
// After v1.0.0 a line may be added, never changed or removed: a removed line
// is a change that breaks some user.
package main

import (
	"flag"
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

// modules are the directories of the modules, from the repository's root,
// with the patterns of their packages.
var modules = []struct{ dir, pattern string }{
	{".", "./..."},
	{"errgrpc", "./..."},
}

const record = "api/v1.txt"

func main() {
	write := flag.Bool("write", false, "rewrite the record instead of comparing with it")
	root := flag.String("root", "../..", "the repository's root")
	flag.Parse()

	var lines []string
	for _, m := range modules {
		got, err := api(filepath.Join(*root, m.dir), m.pattern)
		if err != nil {
			fmt.Fprintln(os.Stderr, "apicheck:", err)
			os.Exit(2)
		}
		lines = append(lines, got...)
	}
	slices.Sort(lines)
	lines = slices.Compact(lines)
	path := filepath.Join(*root, record)
	if *write {
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "apicheck:", err)
			os.Exit(2)
		}
		fmt.Printf("apicheck: wrote %d lines to %s\n", len(lines), record)
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "apicheck:", err)
		os.Exit(2)
	}
	want := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	added, removed := difference(lines, want), difference(want, lines)
	if len(added)+len(removed) == 0 {
		fmt.Printf("apicheck: the exported API is the one in %s (%s)\n", record, summary(lines))
		return
	}
	fmt.Printf("apicheck: the exported API differs from %s:\n", record)
	for _, l := range removed {
		fmt.Println("- " + l)
	}
	for _, l := range added {
		fmt.Println("+ " + l)
	}
	fmt.Println("A removed or changed line breaks users; if the change is meant, run: cd internal/tools && go run ./apicheck -write")
	os.Exit(1)
}

// difference returns the lines of a that b lacks; both are sorted.
func difference(a, b []string) []string {
	var out []string
	for _, l := range a {
		if _, found := slices.BinarySearch(b, l); !found {
			out = append(out, l)
		}
	}
	return out
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

// api loads the packages that pattern matches in dir and returns the lines
// of the exported API of those that users can import: not commands, not
// internal packages.
func api(dir, pattern string) ([]string, error) {
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes, Dir: dir}
	pkgs, err := packages.Load(cfg, pattern)
	if err != nil {
		return nil, err
	}
	var lines []string
	for _, p := range pkgs {
		if len(p.Errors) > 0 {
			return nil, fmt.Errorf("%s: %v", p.PkgPath, p.Errors[0])
		}
		if p.Name == "main" || slices.Contains(strings.Split(p.PkgPath, "/"), "internal") {
			continue
		}
		lines = append(lines, packageAPI(p.Types)...)
	}
	return lines, nil
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
	str := func(t types.Type) string { return types.TypeString(t, qualifier) }
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
