// Package errcode gives Go services the error codes of an RTC (real-time
// audio and video conferencing) service as typed Go errors: what each code
// means, in English, Simplified and Traditional Chinese, and what to do
// about it.
//
// # Codes and sets
//
// The vendor's codes come in sets (the conference server's, its SDKs'),
// which [Sets] lists, and each set is a type of its own that satisfies
// [Code]: the sets share numbers with different meanings, so codes of
// different sets never compare equal. [Lookup], [Parse] and [Codes] work on
// any set. Every type keeps a number it does not know (a newer server may
// send one): its String is "ServerCode(-999)", [Code.Known] reports false, and
// nothing is lost. The REST gateway in front of the server fails with
// string reasons instead: [Reason], with a constant for every documented
// reason. Where the vendor's table and its shipped SDKs disagree, the code's
// doc says so, and [Code.Documented] tells a code that only an SDK defines.
//
// A code is an error. Wrap it with fmt.Errorf("%w"), or in an [*Error] that
// adds the operation, the peer's message, the HTTP status and the delay the
// peer asked for; errors.Is matches it through any chain, and [Is] matches
// any of several. [ReadResponse], [ReadBody] and [ParseResponse] read the
// server's and the gateway's responses; [FromServer], [FromAndroid],
// [FromIOS], [FromWeb], [ParseWebReport] and [FromWebExit] read what a
// server or an app reports.
//
// # What a failure means, and what to do
//
// Every code, reason, network failure and kind has a [Kind] (numbered as
// gRPC's canonical codes, and matched by errors.Is), retry advice, a
// [Remedy] that says who must do what, and a description and a hint.
// [KindOf], [Retryable], [RemedyOf], [RetryAfter], [Describe], [ErrorType],
// [AnswerFor], [CredentialsRefused], [Carries] and [MayHaveTakenEffect]
// answer for any error chain by one precedence, which [KindOf]'s
// documentation states: no two of them give one chain two answers.
//
// [RetryPolicy.Do] and [Retry] retry an operation by that advice. A code's
// status, and the status a service answers its own client with, are
// [Code]'s HTTPStatus and [AnswerFor]; package errhttp answers HTTP
// clients with RFC 9457 problems and reads them back, and the modules
// errgrpc and errconnect do the same for gRPC and connect-go, by the rules
// of Google's error model that [Answer.ErrorInfo] and [FromRPCStatus] hold.
//
// # Text, logs and traces
//
// [Describe] and the Description and Hint methods give only the library's
// texts, in the shipped language that best matches a tag ([MatchLanguage]
// reads an Accept-Language header); Chinese keeps the descriptions of the
// vendor's table verbatim. [Catalog] gives the same texts as an x/text
// catalog for your own message.Printer; the library never touches
// message.DefaultCatalog. [Error.Error] and [Attr] bound and escape what a
// peer sent, so that one failure is one log line of at most [MaxErrorLen]
// bytes; [Attr] and the LogValue methods log a chain for slog, and
// [ErrorType] gives OpenTelemetry's error.type.
//
// # Cost
//
// The tables are static data, generated from one row per code: importing
// the package does no work at init, and every function is safe for
// concurrent use. String, Error, parsing an identifier, errors.Is on codes,
// and Description and Hint for the common tags allocate nothing.
package errcode
