// Quickstart wraps the code of a conference server response, matches it with
// errors.Is, and prints what it means in English and Chinese.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"

	"golang.org/x/text/language"

	"github.com/rtckit/errcode"
)

// A response body as the conference server sends it when a ticket has expired.
const body = `{"error": -502, "error_description": "ticket expired"}`

func main() {
	var resp struct {
		Error       int    `json:"error"`
		Description string `json:"error_description"`
	}
	if err := json.Unmarshal([]byte(body), &resp); err != nil {
		log.Fatal(err)
	}

	err := errcode.FromServer(resp.Error, resp.Description)
	err = fmt.Errorf("join conference: %w", err)
	fmt.Println(err)

	if errors.Is(err, errcode.ServerTicketExpired) {
		code, _ := errcode.CodeOf(err)
		fmt.Println("en:", code.Description(language.English))
		fmt.Println("zh:", code.Description(language.Chinese))
		fmt.Println("what to do:", code.Hint(language.English))
	}
}
