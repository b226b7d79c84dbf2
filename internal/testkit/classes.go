package testkit

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode"
)

// A Class is one failure class of the library, as a chain would carry it.
type Class struct {
	Name string
	Err  error
}

// Classes returns every failure class the library knows, each as the error
// that carries it alone, from the library's own lists: every code of every
// set, an unknown code of every set, every gateway reason and an unknown
// one, every kind, every network failure, both context errors, a foreign
// error, a foreign error that knows its kind and says not to retry it, and a
// bare status of every number from 100 to 599 and some outside.
func Classes() []Class {
	var out []Class
	add := func(name string, err error) { out = append(out, Class{name, err}) }
	for _, set := range errcode.Sets() {
		for _, c := range errcode.Codes(set) {
			add(set.String()+" "+c.String(), c)
		}
		if unknown, _ := errcode.Lookup(set, 77777); unknown != nil {
			add(set.String()+" unknown", unknown)
		}
	}
	for _, r := range errcode.Reasons() {
		add("gateway "+r.String(), &errcode.Error{Reason: r, StatusCode: 400})
	}
	add("gateway unknown reason", &errcode.Error{Reason: "new_reason", StatusCode: 400})
	for k := errcode.Kind(0); k.GoName() != ""; k++ {
		add("kind "+k.String(), k)
	}
	for n := errcode.NetworkFailure(1); n.GoName() != ""; n++ {
		add("network "+n.String(), &errcode.Error{Err: fmt.Errorf("%w: %w", n, io.EOF)})
	}
	add("context canceled", context.Canceled)
	add("context deadline", context.DeadlineExceeded)
	add("foreign", errors.New("dial tcp 10.0.0.5:443: no route"))
	add("foreign kinder, not retryable", Kinded{Of: errcode.Unavailable, Retry: false})
	add("foreign kinder, retryable against its kind", Kinded{Of: errcode.Aborted, Retry: true})
	for status := 100; status <= 599; status++ {
		add("status "+strconv.Itoa(status), &errcode.Error{StatusCode: status})
	}
	for _, status := range []int{-1, 1, 99, 600, 999, 1 << 20} {
		add("status "+strconv.Itoa(status), &errcode.Error{StatusCode: status})
	}
	return out
}

// Wrappings returns the ways a service wraps a failure: as it is, with
// fmt.Errorf, in an *errcode.Error of its own, joined after a foreign error,
// and with a delay that a peer asked for.
func Wrappings() []struct {
	Name string
	Wrap func(error) error
} {
	return []struct {
		Name string
		Wrap func(error) error
	}{
		{"bare", func(err error) error { return err }},
		{"fmt.Errorf", func(err error) error { return fmt.Errorf("join room 7: %w", err) }},
		{"*Error", func(err error) error { return &errcode.Error{Op: "list users", Err: err} }},
		{"errors.Join", func(err error) error { return errors.Join(errors.New("close: broken pipe"), err) }},
		{"delay", func(err error) error {
			return &errcode.Error{Op: "call", RetryAfter: 1500 * time.Millisecond, Err: err}
		}},
	}
}

// Kinded is another package's error that knows its kind and its advice, as
// the precedence reads such errors.
type Kinded struct {
	Of    errcode.Kind
	Retry bool
}

func (k Kinded) Error() string { return "kinded " + k.Of.String() }

// Kind returns the kind it was given.
func (k Kinded) Kind() errcode.Kind { return k.Of }

// Retryable returns the advice it was given.
func (k Kinded) Retryable() bool { return k.Retry }

// Chain interprets program as a stack machine that makes an error chain of
// the library's failure classes: each byte's low three bits are an
// operation, the rest an argument. It makes chains no test would list:
// classes under classes, joined, wrapped, with delays, around nil *Errors.
func Chain(program []byte) error {
	classes := Classes()
	var stack []error
	pop := func() error {
		if len(stack) == 0 {
			return nil
		}
		e := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		return e
	}
	for i, b := range program {
		arg := int(b >> 3)
		switch b & 7 {
		case 0, 1:
			// Two bytes name any class.
			n := arg
			if i+1 < len(program) {
				n = n<<8 | int(program[i+1])
			}
			stack = append(stack, classes[n%len(classes)].Err)
		case 2:
			stack = append(stack, fmt.Errorf("wrap: %w", pop()))
		case 3:
			a, b := pop(), pop()
			stack = append(stack, errors.Join(a, b))
		case 4:
			stack = append(stack, &errcode.Error{Op: "op", RetryAfter: time.Duration(arg) * 250 * time.Millisecond, Err: pop()})
		case 5:
			stack = append(stack, &errcode.Error{StatusCode: []int{0, 200, 204, 400, 401, 403, 404, 429, 500, 503, 700}[arg%11], Err: pop()})
		case 6:
			stack = append(stack, Kinded{Of: errcode.Kind(arg % 18), Retry: arg%2 == 0})
		default:
			stack = append(stack, (*errcode.Error)(nil))
		}
	}
	if len(stack) == 0 || stack[len(stack)-1] == nil {
		return errors.New("empty")
	}
	return stack[len(stack)-1]
}

// EveryChain calls check with every failure class in every wrapping, and
// returns how many chains it checked.
func EveryChain(check func(err error)) int {
	n := 0
	for _, c := range Classes() {
		for _, w := range Wrappings() {
			n++
			check(w.Wrap(c.Err))
		}
	}
	return n
}

// ChainSeeds are programs for Chain that a fuzz target starts from.
var ChainSeeds = [][]byte{{0, 5, 2}, {0x18, 3, 0x21, 0x40, 3, 0x44, 0x55}, {0xf0, 0x11, 0x06, 0x83, 0x27}}

// MaxProgram is the length of the longest program a fuzz target gives
// Chain: chains longer than that find nothing shorter ones do not.
const MaxProgram = 32

// AssertReadBack checks the round trip's promise at the reader: the answer
// that the last writer stated (errcode.AnswerFor of what it answered) is
// what the reader reads back, its kind, advice, remedy, code or reason,
// and delay.
func AssertReadBack(t testing.TB, want errcode.Answer, read error, how string) {
	t.Helper()
	require.Error(t, read, "%s: a failure never reads as a success", how)
	assert.Equal(t, want.Kind, errcode.KindOf(read), "%s: kind", how)
	assert.Equal(t, want.Retryable, errcode.Retryable(read), "%s: advice", how)
	assert.Equal(t, want.Remedy, errcode.RemedyOf(read), "%s: remedy", how)
	code, _ := errcode.CodeOf(read)
	assert.Equal(t, want.Code, code, "%s: code", how)
	if want.Reason != "" {
		assert.ErrorIs(t, read, want.Reason, "%s: reason", how)
	}
	delay, _ := errcode.RetryAfter(read)
	assert.Equal(t, want.RetryAfter, delay, "%s: delay", how)
}

// WholeSeconds is want with its delay as HTTP's Retry-After carries it, in
// whole seconds, rounded up.
func WholeSeconds(want errcode.Answer) errcode.Answer {
	want.RetryAfter = (want.RetryAfter + time.Second - 1) / time.Second * time.Second
	return want
}
