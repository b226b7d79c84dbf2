// Command splice replaces README's generated table of codes with what it
// reads on standard input. It serves go generate:
//
//	go run ./cmd/rtcerr -list -markdown -lang en | go run ./internal/splice README.md
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// The markers around the table; cmd/rtcerr's TestReadmeTable reads the same.
const (
	begin = "<!-- BEGIN rtcerr -list -markdown -lang en -->\n"
	end   = "<!-- END rtcerr -->"
)

func main() {
	if err := splice(os.Args[1:], os.Stdin); err != nil {
		fmt.Fprintln(os.Stderr, "splice:", err)
		os.Exit(1)
	}
}

func splice(args []string, table io.Reader) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: splice FILE < table")
	}
	file := args[0]
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	head, rest, ok := strings.Cut(string(data), begin)
	if !ok {
		return fmt.Errorf("%s has no %q", file, begin)
	}
	_, tail, ok := strings.Cut(rest, end)
	if !ok {
		return fmt.Errorf("%s has no %q", file, end)
	}
	body, err := io.ReadAll(table)
	if err != nil {
		return err
	}
	return os.WriteFile(file, []byte(head+begin+string(body)+end+tail), 0o644)
}
