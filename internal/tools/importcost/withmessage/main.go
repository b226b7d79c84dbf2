// Withmessage is the import-cost baseline: the same program as witherrcode,
// with golang.org/x/text/message in place of errcode.
package main

import (
	"fmt"
	"os"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

func main() {
	tag, _, _ := language.ParseAcceptLanguage(os.Getenv("ACCEPT_LANGUAGE"))
	if len(tag) == 0 {
		tag = []language.Tag{language.English}
	}
	message.NewPrinter(tag[0]).Println("conference ticket expired")
	fmt.Println("join failed: -502")
}
