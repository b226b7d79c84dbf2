// Package registry is the one source of errcode's codes and gateway reasons.
// Each code is one row: its number, vendor identifiers, Go name, kind, retry
// advice, origin, and its texts in every shipped language. Adding, removing
// or changing a code is an edit of one row here, followed by go generate in
// the module's root, which runs internal/mkcodes to write the constants and
// tables of package errcode (server.go, android.go, ios.go, gateway.go,
// kinds.go) and README's table. A test fails when they drift from this
// package.
//
// The texts of a code sit in its row, all languages together, so that a
// change of meaning is reviewed in every language at once. English is the
// library's own translation, short, in sentence case and without a final
// period; Chinese (Zh) keeps the vendor's descriptions verbatim; Traditional
// Chinese (ZhHant) uses the terms of Taiwan. A hint says what whoever must act
// should do; in Chinese it starts with 请/請, or states a fact and then,
// after a colon, starts with 请/請, and a hint that asks nothing says 无需/無須.
package registry

// Text is a description (what happened) and a hint (what to do) in one
// language.
type Text struct {
	Description string
	Hint        string
}

// Texts holds a row's texts in the shipped languages: English, Simplified
// Chinese and Traditional Chinese.
type Texts struct {
	En     Text
	Zh     Text
	ZhHant Text
}

// Origin is where the library learned of a code.
type Origin uint8

const (
	// Table is the vendor's table of error codes.
	Table Origin = iota
	// SDK is only the vendor's shipped SDK, which the table leaves out.
	SDK
	// Demo is only the vendor's web demo, which labels codes that neither
	// the table nor an SDK defines, as it reads them from the server.
	Demo
)

// Alias is a second vendor identifier of a code, with a Go constant of its
// own.
type Alias struct {
	Name   string // the vendor identifier
	Note   string // said after the identifier in the constant's doc, such as how it is spelled
	GoName string
	Doc    string // the constant's doc, after "GoName (Name): "
}

// Code is one code of a set.
type Code struct {
	Value  int32
	Name   string // the vendor identifier, as String returns it
	Note   string // said after the identifier in the constant's doc, such as a misspelling
	GoName string
	// Doc is the constant's doc, after "GoName (Name): ": what the code
	// means and when it happens, in English. The generator adds what the
	// row says elsewhere: that only a shipped SDK defines it, where the set
	// has a table, and the Chinese description.
	Doc string
	// Kind is the name of an errcode Kind constant, such as "NotFound".
	Kind      string
	Retryable bool
	// Remedy says who must do what: a GoName of Remedies without its
	// "Remedy" prefix, such as "Rejoin". It retries exactly when the row is
	// Retryable.
	Remedy string
	// HTTPStatus is the status a service answers its own client with, when
	// it is not the kind's: a capacity limit is ResourceExhausted, whose
	// status, 429, says "rate limit" and invites a retry; it is answered 409.
	HTTPStatus int
	// Why explains the kind or the advice where it is not obvious. A row
	// whose advice differs from its kind's must say why.
	Why    string
	Origin Origin
	// Disagreement says, for developers, where the vendor's documents
	// disagree about the code, and which the library follows. rtcerr shows
	// it; the texts that people see do not.
	Disagreement string
	Aliases      []Alias
	Texts        Texts
}

// Set is one of the vendor's code sets, with its codes in the vendor's order.
type Set struct {
	Name  string // as errcode.Set's String returns it: "server"
	Type  string // the Go type of its codes: "ServerCode"
	GoSet string // the errcode.Set constant: "SetServer"
	// Number is the value of GoSet, never reused and never changed: a new
	// set takes the next number, so that no constant moves (4 is
	// SetGateway's).
	Number uint8
	SetDoc string // the doc of GoSet, after "GoSet is "
	// Table reports that the vendor's table of error codes lists the set,
	// so that a code of Origin SDK is one the table leaves out.
	Table    bool
	File     string // the file of package errcode that holds the set
	TypeDoc  string // the doc of Type
	ConstDoc string // the doc of the block of constants
	// Unknown is the description of a code the set does not know, per
	// language; %d is its number.
	Unknown Texts
	Codes   []Code
}

// Reason is one of the REST gateway's string error reasons.
type Reason struct {
	Reason     string // exactly as the gateway sends it
	GoName     string
	Status     string // the HTTP status the gateway sends it with, as the vendor documents it
	Doc        string // the constant's doc, after "GoName (Status): "
	Kind       string
	Retryable  bool
	Remedy     string // as Code's Remedy
	HTTPStatus int    // as Code's HTTPStatus: when it is not the kind's
	Why        string
	Texts      Texts
}

// Kind is one category of failure, numbered as gRPC's canonical codes (its
// position in Kinds).
type Kind struct {
	GoName     string // the errcode constant, such as "NotFound"
	Name       string // as gRPC spells it in JSON: "NOT_FOUND"
	Error      string // in plain words, as Kind's Error returns it
	HTTPStatus int    // as grpc-gateway maps it
	Retryable  bool   // when nothing more specific is known
	Remedy     string // as Code's Remedy, for a failure that only the kind describes
	Doc        string // the constant's doc, after "GoName "
	Why        string
	Texts      Texts // for a failure that carries no code
}

// Sets lists the code sets, in the order of errcode's Set constants.
var Sets = []*Set{&Server, &Android, &IOS, &Web, &WebExit}

// Language is what a shipped language says beside the rows' texts.
type Language struct {
	GoTag             string // the x/text variable of its tag, such as "language.English"
	Separator         string // between a description and its hint, as Describe joins them
	End               string // after the hint, where the language's punctuation ends a sentence
	UnknownHint       string // the hint for a code that no set knows
	UnknownReason     string // the description of a gateway reason not in the documentation; %s is the reason
	UnknownReasonHint string
	// CommonTags are the tags that callers pass most that match the
	// language, such as "zh-TW": Description and Hint find them without
	// x/text's matcher.
	CommonTags []string
}

// Languages lists the shipped languages in the order of Texts' fields: the
// first is the default.
var Languages = []Language{English, SimplifiedChinese, TraditionalChinese}
