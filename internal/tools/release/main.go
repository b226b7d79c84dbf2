// Release rehearses a release as a user will meet it: it publishes HEAD's two
// modules, github.com/rtckit/errcode and github.com/rtckit/errcode/errgrpc,
// at one version into a file-based GOPROXY, and then, in a fresh module
// outside the repository and with an empty module cache:
//
//   - gets github.com/rtckit/errcode/errgrpc@VERSION alone, and builds and
//     runs a program that uses both modules;
//   - installs github.com/rtckit/errcode/cmd/rtcerr@VERSION and runs it.
//
// Modules other than these two come from the proxy that `go env GOPROXY`
// names, as they would for a user.
//
//	cd internal/tools && go run ./release [-version v1.0.0]
package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/mod/module"
	modzip "golang.org/x/mod/zip"
)

// published are the modules a release tags, with their directories in the
// repository and the tag of each.
var published = []struct{ path, dir, tagPrefix string }{
	{"github.com/rtckit/errcode", ".", ""},
	{"github.com/rtckit/errcode/errgrpc", "errgrpc", "errgrpc/"},
}

// program uses both modules as a user would, and prints what it found.
const program = `package main

import (
	"errors"
	"fmt"

	"golang.org/x/text/language"
	"google.golang.org/grpc/status"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errgrpc"
)

func main() {
	st := errgrpc.Status(errcode.ServerTicketExpired, language.Chinese)
	err := errgrpc.FromError(st.Err())
	fmt.Println(errors.Is(err, errcode.ServerTicketExpired), status.Code(err), errcode.Describe(err, language.English))
}
`

const want = "true Unauthenticated conference ticket expired; "

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

	// HEAD as committed, not the working tree.
	src := filepath.Join(work, "src")
	if err := exportHEAD(root, src); err != nil {
		return err
	}
	proxy := filepath.Join(work, "proxy")
	for _, m := range published {
		if err := publish(proxy, m.path, version, filepath.Join(src, m.dir)); err != nil {
			return fmt.Errorf("publishing %s: %w", m.path, err)
		}
		fmt.Printf("published %s@%s (tag %s%s)\n", m.path, version, m.tagPrefix, version)
	}

	user := filepath.Join(work, "user")
	if err := os.MkdirAll(user, 0o755); err != nil {
		return err
	}
	e := env(work, proxy)
	defer cleanModcache(user) // the module cache is read-only: go clean empties it
	steps := []struct {
		what string
		args []string
	}{
		{"a new module", []string{"go", "mod", "init", "example.com/user"}},
		{"errgrpc alone", []string{"go", "get", "github.com/rtckit/errcode/errgrpc@" + version}},
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
// GOBIN under work, the file proxy first when there is one, and no checksum
// database for modules it alone serves.
func env(work, proxy string) []string {
	goproxy := strings.TrimSpace(goEnv("GOPROXY"))
	if proxy != "" {
		goproxy = "file://" + filepath.ToSlash(proxy) + "," + goproxy
	}
	return append(os.Environ(),
		"GOMODCACHE="+filepath.Join(work, "modcache"),
		"GOPATH="+filepath.Join(work, "gopath"),
		"GOBIN="+filepath.Join(work, "gobin"),
		"GOPROXY="+goproxy,
		"GONOSUMDB=github.com/rtckit/errcode",
		"GOFLAGS=", // as on a fresh machine
		"GOWORK=off",
		"GOTOOLCHAIN=local",
	)
}

func goEnv(name string) string {
	out, _ := exec.Command("go", "env", name).Output()
	return string(out)
}

// exportHEAD writes the files of HEAD's tree to dir.
func exportHEAD(root, dir string) error {
	var archive bytes.Buffer
	cmd := exec.Command("git", "archive", "--format=zip", "HEAD")
	cmd.Dir, cmd.Stdout, cmd.Stderr = root, &archive, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("git archive HEAD: %w", err)
	}
	r, err := zip.NewReader(bytes.NewReader(archive.Bytes()), int64(archive.Len()))
	if err != nil {
		return err
	}
	for _, f := range r.File {
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if f.FileInfo().IsDir() {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		rc, err := f.Open()
		if err != nil {
			return err
		}
		var data bytes.Buffer
		_, err = data.ReadFrom(rc)
		rc.Close()
		if err != nil {
			return err
		}
		if err := os.WriteFile(path, data.Bytes(), f.Mode().Perm()|0o200); err != nil {
			return err
		}
	}
	return nil
}

// publish writes the module in dir to the file proxy as path@version: its
// list, info, go.mod and zip, as a module proxy serves them.
func publish(proxy, path, version, dir string) error {
	escaped, err := module.EscapePath(path)
	if err != nil {
		return err
	}
	at := filepath.Join(proxy, filepath.FromSlash(escaped), "@v")
	if err := os.MkdirAll(at, 0o755); err != nil {
		return err
	}
	mod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return err
	}
	info, err := json.Marshal(struct {
		Version string
		Time    time.Time
	}{version, time.Now().UTC().Truncate(time.Second)})
	if err != nil {
		return err
	}
	var zipped bytes.Buffer
	if err := modzip.CreateFromDir(&zipped, module.Version{Path: path, Version: version}, dir); err != nil {
		return err
	}
	for name, data := range map[string][]byte{
		"list":            []byte(version + "\n"),
		version + ".info": info,
		version + ".mod":  mod,
		version + ".zip":  zipped.Bytes(),
	} {
		if err := os.WriteFile(filepath.Join(at, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
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
	cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = dir, env, os.Stdout, os.Stderr
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
