// Witherrcode is the import-cost probe that uses errcode: it prints a
// localized description. scripts/importcost.sh compares it with withmessage.
package main

import (
	"fmt"
	"os"

	"github.com/rtckit/errcode"
)

func main() {
	tag := errcode.MatchLanguage(os.Getenv("ACCEPT_LANGUAGE"))
	fmt.Println(errcode.ServerTicketExpired.Description(tag))
	fmt.Println(errcode.FromServer(-502, "expired"))
}
