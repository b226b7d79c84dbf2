// Vulncheck runs govulncheck on the packages of each module directory it is
// given, against a pinned snapshot of the Go vulnerability database, and
// fails when a package that the module imports has a known vulnerability.
// Findings in the standard library are printed but do not fail it: they
// belong to the Go toolchain a program is built with, not to this project.
// A vulnerable module none of whose vulnerable packages is imported does not
// fail it either. A finding listed in accepted is printed as such and does
// not fail it; an accepted finding that is no longer reported does.
//
//	cd internal/tools && go run ./vulncheck ../.. ../../errgrpc
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// Pinned, so that a finding published tomorrow does not turn a past
// commit's CI red: the versions are raised on purpose, with the floors.
const (
	govulncheck = "golang.org/x/vuln/cmd/govulncheck@v1.9.0"
	vulndb      = "golang.org/x/vulndb@v0.0.0-20261105234957-e22db6528018"
)

// accepted are the findings that fail nothing, each in one module directory
// (as the directory's path ends), with the reason. An accepted finding that
// govulncheck no longer reports fails the check, so that the exemption goes
// with the vulnerability.
var accepted = []struct{ dir, osv, why string }{
	{"examples/kratos", "GO-2026-5471", "in kratos's transport/http at every version, with no fix published; the example imports it only to show the ErrorEncoder that answers as errhttp does, and no library module imports kratos"},
}

// finding is the part of govulncheck's JSON finding that says where.
type finding struct {
	OSV          string `json:"osv"`
	FixedVersion string `json:"fixed_version"`
	Trace        []struct {
		Module   string `json:"module"`
		Version  string `json:"version"`
		Package  string `json:"package"`
		Function string `json:"function"`
	} `json:"trace"`
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: vulncheck module-dir...")
		os.Exit(2)
	}
	db, err := database()
	if err != nil {
		fmt.Fprintln(os.Stderr, "vulncheck:", err)
		os.Exit(2)
	}
	failed := false
	for _, dir := range os.Args[1:] {
		bad, err := check(dir, db)
		if err != nil {
			fmt.Fprintln(os.Stderr, "vulncheck:", err)
			os.Exit(2)
		}
		failed = failed || bad
	}
	if failed {
		os.Exit(1)
	}
}

// database downloads the pinned snapshot through the module proxy and
// returns its OSV directory as a URL for govulncheck's -db.
func database() (string, error) {
	out, err := exec.Command("go", "mod", "download", "-json", vulndb).Output()
	if err != nil {
		return "", fmt.Errorf("go mod download %s: %w", vulndb, err)
	}
	var m struct{ Dir string }
	if err := json.Unmarshal(out, &m); err != nil || m.Dir == "" {
		return "", fmt.Errorf("go mod download %s: no directory in %s", vulndb, out)
	}
	return "file://" + filepath.ToSlash(filepath.Join(m.Dir, "data", "osv")), nil
}

// check runs govulncheck in dir and reports whether it found a vulnerability
// outside the standard library in a package the module imports.
func check(dir, db string) (bool, error) {
	cmd := exec.Command("go", "run", govulncheck, "-db", db, "-scan", "package", "-format", "json", "./...")
	cmd.Dir, cmd.Stderr = dir, os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return false, err
	}
	if err := cmd.Start(); err != nil {
		return false, err
	}
	var own, std, exempt []string
	seen := map[string]bool{}
	dec := json.NewDecoder(stdout)
	for {
		var msg struct{ Finding *finding }
		if err := dec.Decode(&msg); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return false, fmt.Errorf("%s: reading govulncheck's output: %w", dir, err)
		}
		f := msg.Finding
		if f == nil || len(f.Trace) == 0 || f.Trace[0].Package == "" {
			continue // a module-level finding: no vulnerable package is imported
		}
		t := f.Trace[0]
		line := fmt.Sprintf("%s in %s (%s@%s, fixed in %s)", f.OSV, t.Package, t.Module, t.Version, f.FixedVersion)
		switch {
		case t.Module == "stdlib":
			std = append(std, line)
		case acceptedIn(dir, f.OSV) != "":
			seen[f.OSV] = true
			exempt = append(exempt, line+": "+acceptedIn(dir, f.OSV))
		default:
			own = append(own, line)
		}
	}
	// With -format json, govulncheck exits 0 whatever it finds (it exits 3
	// for findings only in its text format): what it found is judged above,
	// and a non-zero exit is a failure of its own.
	if err := cmd.Wait(); err != nil {
		return false, fmt.Errorf("%s: govulncheck: %w", dir, err)
	}
	slices.Sort(own)
	own = slices.Compact(own)
	slices.Sort(std)
	std = slices.Compact(std)
	fmt.Printf("%s: %d known vulnerabilities in imported packages outside the standard library; %d in the standard library (the toolchain's, not failing)\n", dir, len(own), len(std))
	for _, l := range std {
		fmt.Println("  std:", l)
	}
	slices.Sort(exempt)
	for _, l := range slices.Compact(exempt) {
		fmt.Println("  accepted:", l)
	}
	for _, l := range own {
		fmt.Println("  FAIL:", l)
	}
	gone := false
	for _, a := range accepted {
		if strings.HasSuffix(filepath.ToSlash(filepath.Clean(dir)), "/"+a.dir) && !seen[a.osv] {
			fmt.Printf("  FAIL: %s is accepted in %s but no longer reported: drop it from accepted\n", a.osv, a.dir)
			gone = true
		}
	}
	return len(own) > 0 || gone, nil
}

// acceptedIn returns why osv is accepted in the module directory dir, or
// "".
func acceptedIn(dir, osv string) string {
	for _, a := range accepted {
		if a.osv == osv && strings.HasSuffix(filepath.ToSlash(filepath.Clean(dir)), "/"+a.dir) {
			return a.why
		}
	}
	return ""
}
