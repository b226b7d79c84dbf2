package main

import (
	"os"
	"strings"
	"testing"
)

func Example_main() {
	main()
	// Output:
	// join conference: rtc server error TICKET_EXPIRED (-502): conference ticket expired: ticket expired
	// en: conference ticket expired
	// zh: ticket过期
	// what to do: get a new ticket and join again: join with the conference ID and password (the SDK fetches a new ticket), or ask the inviter for a new invitation
}

// TestReadmeQuickStart keeps README's quick start the program that this
// package compiles and runs.
func TestReadmeQuickStart(t *testing.T) {
	source, err := os.ReadFile("main.go")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, program, _ := strings.Cut(string(source), "package main\n")
	if !strings.Contains(string(readme), "```go\npackage main\n"+program+"```\n") {
		t.Error("README's quick start differs from examples/quickstart/main.go")
	}
}
