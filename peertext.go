package errcode

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// A peer's text (a message, a reason, a body) reaches logs and error
// messages; what it may contain there is decided here, once.

// maxPeerText is how many bytes of a peer's text Error and LogValue show.
const maxPeerText = 512

// maxQuoted is how much of an input an error message quotes back; the input
// itself stays whole where it is kept.
const maxQuoted = 64

// maxSnippet is how many bytes of an unparsable body Error.Message keeps.
const maxSnippet = 256

// peerText returns s as a peer's text can safely stand in one log line: at
// most maxPeerText bytes of it, cut between characters with "…" where it was
// cut, with invalid UTF-8 as U+FFFD and every character that is not printable
// (newlines, ESC, bidirectional controls) escaped as Go escapes it in a
// quoted string.
func peerText(s string) string {
	if len(s) <= maxPeerText && isPrintable(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		piece := string(r) // invalid UTF-8 comes as U+FFFD, which is printable
		if !strconv.IsPrint(r) {
			piece = strconv.QuoteRune(r)
			piece = piece[1 : len(piece)-1]
		}
		if b.Len()+len(piece) > maxPeerText {
			b.WriteString("…")
			break
		}
		b.WriteString(piece)
	}
	return b.String()
}

// isPrintable reports whether s is valid UTF-8 with only printable characters.
func isPrintable(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || !strconv.IsPrint(r) {
			return false
		}
	}
	return true
}

// shorten cuts s to at most n bytes, between characters, with "…" where it
// was cut, so that a huge input does not make a huge message.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// quote returns s quoted as a Go string, at most maxQuoted bytes of it, so
// that a peer's bytes in an error message stay on one line.
func quote(s string) string { return strconv.Quote(shorten(s, maxQuoted)) }

// snippet returns the start of b as valid UTF-8, at most maxSnippet bytes
// of it, with "…" where it was cut.
func snippet(b []byte) string {
	// Invalid bytes become U+FFFD, which is longer: convert, then cut.
	s := strings.ToValidUTF8(string(b[:min(len(b), 2*maxSnippet)]), "\uFFFD")
	if len(b) > 2*maxSnippet && len(s) <= maxSnippet {
		return s + "…"
	}
	return shorten(s, maxSnippet)
}
