package errcode

import (
	"errors"
	"fmt"
	"math"
	"strconv"

	"golang.org/x/text/language"
)

//go:generate go run ./internal/mkcodes
//go:generate sh -c "go run ./cmd/rtcerr -list -markdown -lang en | go run ./internal/splice docs/codes.md codes"
//go:generate go run ./internal/splice -guides docs README.md guides

// Set names one of the vendor's code sets. The same number can mean different
// things in different sets, so a code is always read together with its set.
type Set uint8

// String returns the set's name, such as "server" or "gateway", or "Set(N)"
// for any other value. These names are stable: problem bodies and gRPC
// statuses carry them.
func (s Set) String() string {
	if int(s) < len(setNames) && setNames[s] != "" {
		return setNames[s]
	}
	return "Set(" + strconv.Itoa(int(s)) + ")"
}

// Sets returns every set, in order: the sets of codes, then SetGateway.
func Sets() []Set {
	return append(codeSets[:len(codeSets):len(codeSets)], SetGateway)
}

// ParseSet returns the set that String names, such as "server" or "gateway".
func ParseSet(s string) (Set, error) {
	for set, name := range setNames {
		if name != "" && s == name {
			return Set(set), nil
		}
	}
	return 0, fmt.Errorf("errcode: unknown set %s (want one of %v)", quote(s), setNames[1:])
}

// Code is what the codes of every set have in common: the type of each set
// of codes (every Set but SetGateway, whose reasons are a Reason) satisfies
// it, and nothing else can. A Code is an error, so it can be returned,
// wrapped and matched with errors.Is like any other.
type Code interface {
	error
	fmt.Stringer
	// Set returns the set the code belongs to.
	Set() Set
	// Int returns the code's number.
	Int() int
	// Known reports whether the library knows the number: the vendor's
	// table lists it, or the vendor's shipped SDK defines it (Documented
	// tells which).
	Known() bool
	// Description returns what the code means, in the shipped language that
	// best matches tag.
	Description(tag language.Tag) string
	// Hint returns what the caller should do about it, in the shipped
	// language that best matches tag.
	Hint(tag language.Tag) string
	// Kind returns the code's category.
	Kind() Kind
	// HTTPStatus returns the HTTP status a service answers its own client
	// with for the code: its kind's (Kind.HTTPStatus), unless the code's row
	// in the registry says otherwise, as it does where the kind's status
	// would invite a retry that does not help (a capacity limit is
	// ResourceExhausted, whose 429 means "rate limit", and is answered 409).
	// This is the one rule for a code's status, and Reason.HTTPStatus
	// follows it too; AnswerFor adds the rules for a whole chain.
	HTTPStatus() int
	// Retryable reports whether the same request, sent again unchanged, can succeed.
	Retryable() bool
	// Remedy returns who must do what about the code: RemedyRejoin for
	// every ticket failure of every set, RemedyWaitForRoom for every
	// capacity limit, RemedyInvestigate for an unknown code.
	Remedy() Remedy
	// Documented reports whether the vendor's table of error codes lists
	// the code. It is false for the codes that only the vendor's shipped
	// SDKs define, such as IOSCallDesktopFull (826), and for unknown codes.
	Documented() bool
	// GoName returns the name of the code's constant in this package, such
	// as "ServerTicketExpired", or "" for an unknown code. It is
	// meant for tools that generate code or documentation.
	GoName() string
	// Aliases returns the other vendor identifiers that parse to the code:
	// the table lists -501 as both EXCEPTION and BAD_REQUEST, so
	// ServerException.Aliases() is ["BAD_REQUEST"], and the shipped Android
	// SDK names 824 CALL_VIDEO_ISFUll. Most codes have none.
	Aliases() []string
	// ErrorType returns the code's error.type for OpenTelemetry: "errcode."
	// and the name of its constant, such as "errcode.ServerTicketExpired",
	// or of its type for an unknown code (see the function ErrorType).
	ErrorType() string

	// isCode seals the interface: only the sets' types satisfy it, so that
	// methods can be added to it without breaking anyone.
	isCode()
}

// Lookup returns the code numbered value in set, and whether the library
// knows it: the vendor's table lists it, or the vendor's shipped SDK defines
// it (Code.Documented tells which). An unknown number that fits the set's
// type still comes back as a Code, so it is not lost; a number outside int32,
// SetGateway (whose reasons have no numbers) or an unknown set gives nil.
func Lookup(set Set, value int) (Code, bool) {
	if value < math.MinInt32 || value > math.MaxInt32 {
		return nil, false
	}
	c := lookup(set, int32(value))
	if c == nil {
		return nil, false
	}
	return c, c.Known()
}

// Parse returns the code of set that s names, as the set's own Parse
// function does (ParseServerCode for SetServer, …): a vendor identifier, any
// alias included, or a decimal number that fits int32. SetGateway, whose
// reasons ParseReason reads, and an unknown set give a *ParseError.
func Parse(set Set, s string) (Code, error) {
	v, err := parseValue(set, s)
	if err != nil {
		return nil, err
	}
	return lookup(set, v), nil
}

// Codes returns every known code of set in the vendor's order, each value
// once; nil for SetGateway, whose reasons Reasons lists, and for an unknown
// set. Each set's type has a function that gives the same with its own
// type, such as ServerCodes.
func Codes(set Set) []Code { return codesOf(set) }

func asCodes[C Code](codes []C) []Code {
	out := make([]Code, len(codes))
	for i, c := range codes {
		out[i] = c
	}
	return out
}

// CodeOf returns the first Code in err's chain, as errors.As finds it.
func CodeOf(err error) (Code, bool) {
	var c Code
	if errors.As(err, &c) {
		return c, true
	}
	return nil, false
}

// Is reports whether err matches any of targets, as errors.Is matches each:
// codes, gateway reasons, kinds, network failures, or any other error. For
// example, Is(err, ServerTicketInvalid, ServerTicketExpired,
// ReasonAuthBadAccessToken).
func Is(err error, targets ...error) bool {
	for _, target := range targets {
		if errors.Is(err, target) {
			return true
		}
	}
	return false
}

// DocBase is where the documentation of this package's constants is: a
// code's, reason's or kind's Go name (Answer.GoName) added to it gives its
// page on pkg.go.dev, such as
// https://pkg.go.dev/github.com/rtckit/errcode#ServerTicketExpired. It is
// made of this module's path, and constants keep their names within v1, so
// such a link is stable: errhttp's problem types and errgrpc's Help links
// are made of it.
const DocBase = "https://pkg.go.dev/github.com/rtckit/errcode#"
