package main

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// safe returns s as it is safe to print on a terminal: every character that
// is not printable (a control character such as ESC, CR or a tab, a
// bidirectional control such as U+202E, any other format character, a line
// separator) and every byte that is not UTF-8 escaped as in a Go string
// literal, as the library escapes a peer's text in its errors and logs. A
// pasted log line can hold a peer's bytes, and none of them may retitle,
// clear, hide or reorder what the engineer reads.
func safe(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x`)
			b.WriteString(strconv.FormatUint(uint64(s[i])>>4, 16))
			b.WriteString(strconv.FormatUint(uint64(s[i])&0xf, 16))
		case r == '\\' || strconv.IsPrint(r):
			b.WriteString(s[i : i+size])
		default:
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		}
		i += size
	}
	return b.String()
}

// jsonSafeWriter escapes, in what it passes on, every character that
// encoding/json leaves raw but a terminal acts on (a bidirectional control,
// any other format or unprintable character beyond ASCII) as a JSON \u
// escape, which any JSON reader decodes to the same string.
type jsonSafeWriter struct{ w io.Writer }

func (j jsonSafeWriter) Write(p []byte) (int, error) {
	if utf8.Valid(p) && bytes.IndexFunc(p, func(r rune) bool { return r >= 0x80 && !strconv.IsPrint(r) }) < 0 {
		return j.w.Write(p)
	}
	var b bytes.Buffer
	for _, r := range string(p) {
		if r < 0x80 || strconv.IsPrint(r) {
			b.WriteRune(r)
			continue
		}
		if r > 0xffff {
			r -= 0x10000
			writeU(&b, 0xd800+(r>>10))
			writeU(&b, 0xdc00+(r&0x3ff))
			continue
		}
		writeU(&b, r)
	}
	if _, err := j.w.Write(b.Bytes()); err != nil {
		return 0, err
	}
	return len(p), nil
}

func writeU(b *bytes.Buffer, r rune) {
	const hex = "0123456789abcdef"
	b.WriteString(`\u`)
	for shift := 12; shift >= 0; shift -= 4 {
		b.WriteByte(hex[(r>>uint(shift))&0xf])
	}
}
