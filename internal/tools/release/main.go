// Release rehearses a release as a user will meet it. In a scratch clone of
// the repository's HEAD, it tags the published modules as RELEASING.md
// says: VERSION for github.com/rtckit/errcode, errgrpc/VERSION for
// github.com/rtckit/errcode/errgrpc and errconnect/VERSION for
// github.com/rtckit/errcode/errconnect, on one commit. Then, in a fresh
// module outside the repository and with an empty module cache, with the go
// command fetching github.com/rtckit/errcode from that clone by git, as it
// fetches any module it may not take from a proxy:
//
//   - it gets github.com/rtckit/errcode/errgrpc@VERSION and
//     github.com/rtckit/errcode/errconnect@VERSION alone, and builds and
//     runs a program that uses all three modules;
//   - it installs github.com/rtckit/errcode/cmd/rtcerr@VERSION and runs it.
//
// Modules other than these come from the proxy that `go env GOPROXY`
// names, as they would for a user.
//
//	cd internal/tools && go run ./release [-version v1.0.0]
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// published are the modules a release tags, with their directories in the
// repository and the tag of each.
var published = []struct{ path, dir, tagPrefix string }{
	{"github.com/rtckit/errcode", ".", ""},
	{"github.com/rtckit/errcode/errgrpc", "errgrpc", "errgrpc/"},
	{"github.com/rtckit/errcode/errconnect", "errconnect", "errconnect/"},
}

// program uses the modules as a user would, and prints what it found.
const program = `package main

import (
	"errors"
	"fmt"

	"golang.org/x/text/language"
	"google.golang.org/grpc/status"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errconnect"
	"github.com/rtckit/errcode/errgrpc"
)

func main() {
	st := errgrpc.Status(errcode.ServerTicketExpired, language.Chinese)
	err := errgrpc.FromError(st.Err())
	ce := errconnect.Error(errcode.ServerConfrMemberTooMany, language.English)
	fmt.Println(errors.Is(err, errcode.ServerTicketExpired), status.Code(err), ce.Code(), errcode.Describe(err, language.English))
}
`

const want = "true Unauthenticated resource_exhausted conference ticket expired; "

func main() {
	version := flag.String("version", "v1.0.0", "the version to publish both modules at")
	root := flag.String("root", "../..", "the repository's root")
	flag.Parse()
	if err := rehearse(*root, *version); err != nil {
		fmt.Fprintln(os.Stderr, "release:", err)
		os.Exit(1)
	}
}

func rehearse(root, version string) error {
	work, err := os.MkdirTemp("", "errcode-release-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	cleanModcache := func(dir string) { _ = run(dir, env(work, ""), "go", "clean", "-modcache") }

	// HEAD as committed, not the working tree, tagged as a release is.
	repo := filepath.Join(work, "errcode.git")
	root, err = filepath.Abs(root)
	if err != nil {
		return err
	}
	if err := run(work, nil, "git", "clone", "--quiet", "--no-local", root, repo); err != nil {
		return err
	}
	for _, m := range published {
		tag := m.tagPrefix + version
		if err := run(repo, nil, "git", "-c", "user.name=release", "-c", "user.email=release@localhost", "tag", "-a", tag, "-m", m.path+" "+version); err != nil {
			return err
		}
		fmt.Printf("tagged %s for %s@%s\n", tag, m.path, version)
	}
	gitconfig := filepath.Join(work, "gitconfig")
	config := fmt.Sprintf("[url %q]\n\tinsteadOf = https://github.com/rtckit/errcode\n[protocol \"file\"]\n\tallow = always\n", "file://"+filepath.ToSlash(repo))
	if err := os.WriteFile(gitconfig, []byte(config), 0o644); err != nil {
		return err
	}

	user := filepath.Join(work, "user")
	if err := os.MkdirAll(user, 0o755); err != nil {
		return err
	}
	e := env(work, gitconfig)
	defer cleanModcache(user) // the module cache is read-only: go clean empties it
	steps := []struct {
		what string
		args []string
	}{
		{"a new module", []string{"go", "mod", "init", "example.com/user"}},
		{"errgrpc and errconnect alone", []string{"go", "get", "github.com/rtckit/errcode/errgrpc@" + version, "github.com/rtckit/errcode/errconnect@" + version}},
		{"the rest of the program's imports", []string{"go", "mod", "tidy"}},
		{"the program", []string{"go", "build", "-o", filepath.Join(work, "bin", "user"), "."}},
	}
	if err := os.WriteFile(filepath.Join(user, "main.go"), []byte(program), 0o644); err != nil {
		return err
	}
	for _, s := range steps {
		fmt.Printf("-- %s: %s\n", s.what, strings.Join(s.args, " "))
		if err := run(user, e, s.args[0], s.args[1:]...); err != nil {
			return err
		}
	}
	if err := requires(user, "github.com/rtckit/errcode "+version); err != nil {
		return err
	}
	out, err := output(user, e, filepath.Join(work, "bin", "user"))
	if err != nil {
		return err
	}
	if !strings.HasPrefix(out, want) {
		return fmt.Errorf("the program printed %q, want %q…", out, want)
	}
	fmt.Printf("-- the program ran: %s", out)

	fmt.Printf("-- go install github.com/rtckit/errcode/cmd/rtcerr@%s\n", version)
	if err := run(user, e, "go", "install", "github.com/rtckit/errcode/cmd/rtcerr@"+version); err != nil {
		return err
	}
	out, err = output(user, e, filepath.Join(work, "gobin", "rtcerr"), "-lang", "en", "814")
	if err != nil {
		return err
	}
	if !strings.Contains(out, "CALL_TICKET_EXPIRED") {
		return fmt.Errorf("rtcerr printed %q, want CALL_TICKET_EXPIRED", out)
	}
	fmt.Printf("-- rtcerr ran:\n%s", out)
	return nil
}

// env is the environment of a user's go command: an empty module cache and
// GOBIN under work; github.com/rtckit/errcode fetched directly, by git, with
// no checksum database (GOPRIVATE), from the scratch clone that gitconfig
// puts in GitHub's place; everything else from the usual proxy.
func env(work, gitconfig string) []string {
	return append(os.Environ(),
		"GOMODCACHE="+filepath.Join(work, "modcache"),
		"GOPATH="+filepath.Join(work, "gopath"),
		"GOBIN="+filepath.Join(work, "gobin"),
		"GOPRIVATE=github.com/rtckit/errcode",
		"GIT_CONFIG_GLOBAL="+gitconfig,
		"GIT_CONFIG_NOSYSTEM=1",
		"GIT_TERMINAL_PROMPT=0",
		"GOFLAGS=", // as on a fresh machine
		"GOWORK=off",
		"GOTOOLCHAIN=local",
	)
}

// requires checks that the module in dir requires the module at the version
// in requirement ("path version").
func requires(dir, requirement string) error {
	mod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return err
	}
	if !strings.Contains(string(mod), requirement) {
		return fmt.Errorf("go.mod does not require %s:\n%s", requirement, mod)
	}
	return nil
}

func run(dir string, env []string, name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = dir, env, os.Stdout, os.Stderr // a nil env is the process's own
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s %s: %w", name, strings.Join(args, " "), err)
	}
	return nil
}

func output(dir string, env []string, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir, cmd.Env, cmd.Stderr = dir, env, os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return "", errors.Join(fmt.Errorf("%s %s", name, strings.Join(args, " ")), err)
	}
	return string(out), nil
}
