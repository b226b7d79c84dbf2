// Package errcode gives Go services the error codes of an RTC (real-time
// audio and video conferencing) service as typed Go errors: what each code
// means, in English, Simplified and Traditional Chinese, and what to do
// about it.
//
// # The sets
//
// The codes come in sets, each its own type:
//
//   - ServerCode: the conference server's "error" field; 0 is success and
//     failures are negative, such as ServerTicketExpired (-502).
//   - AndroidCode and IOSCode: the codes that the Android and iOS SDKs report
//     to apps, such as AndroidCallTicketExpired and IOSCallTicketExpired (814).
//   - WebCode: the codes that the web SDK makes itself, such as WebJoinFail
//     (-200), and WebExitReason, the reasons it gives an app's
//     onConferenceExit. FromWeb and ParseWebReport read what a web app
//     forwards, and tell the SDK's own -200 (a failed join) from the
//     server's (REQUEST_PARAMS_ERROR); FromWebExit reads an exit reason with
//     its failed code.
//
// The sets share numbers with different meanings: 809 is CALL_NO_SESSION on
// Android and EMErrorCallNotExist on iOS. A code is therefore always read
// with its set, and codes of different sets never compare equal. Every type
// keeps unknown numbers, as a newer server or SDK may send them: the String
// of ServerCode(-999) is "ServerCode(-999)", its Error "rtc server error
// -999: unknown code", Known reports false, and nothing is lost.
//
// # The vendor's table and its shipped SDKs
//
// The codes come from the vendor's table of error codes, but apps send what
// the vendor's shipped SDKs define, and the two differ. The shipped Android
// SDK names 824 CALL_VIDEO_ISFUll, the video stream limit (as iOS 824), where
// the table has CALL_CONFERENCE_ALREADY_IN_CONFERENCE, "the speaker is already
// in this conference". String keeps the table's identifier, the SDK's parses
// as an alias (AndroidCallVideoIsFull), the description gives both meanings,
// the table's first, and the kind and advice follow the SDK's. The SDKs also
// define codes the table leaves out: Android 825 (AndroidCallPushCDNError)
// and iOS 816, 826 and 827. They are known codes of their sets; their
// Documented method reports false.
//
// The iOS texts say "real-time call" where the vendor's iOS SDK does
// (实时通话); in the hints, "call" means the same thing.
//
// String returns the vendor's identifier exactly, misspellings included
// (SYS_REFUSE_CHANAGE_ROLES), and the Parse functions accept every identifier
// String returns, the table's aliases (BAD_REQUEST, the second name of -501)
// and decimal numbers. ServerCodes, AndroidCodes, IOSCodes and Codes list every
// known code in the vendor's order.
//
// # Matching
//
// Codes are errors. Wrap them with fmt.Errorf("%w"), or use Error to add the
// operation, the peer's message and a cause; errors.Is matches the code
// through any chain, and Is matches any of several:
//
//	err := errcode.FromServer(resp.Error, resp.Description)
//	if errcode.Is(err, errcode.ServerTicketInvalid, errcode.ServerTicketExpired) {
//		// request a new ticket
//	}
//
// ParseResponse and ReadResponse read the server's responses directly,
// including the REST gateway's string errors and bare HTTP failure statuses;
// package errhttp does the same for a net/http response. A response is read
// one way only: member names match exactly, a member read twice makes the
// body malformed, and only a 2xx status can be a success.
//
// # The REST gateway's reasons
//
// Every REST call passes the vendor's gateway before it reaches the conference
// server, and the gateway fails with a string reason rather than a number:
// {"error": "auth_bad_access_token", ...}. Reason holds it; every reason in
// the gateway's documentation is a constant (ReasonReachLimit,
// ReasonAuthBadAccessToken, …) with a kind, retry advice and texts, as codes
// have, and Reasons lists them. An *Error keeps the reason beside the HTTP
// status, and a known reason wins over the status (see "What knows more
// wins" below). So a 429 with reach_limit is retryable and a 429 with
// resource_limited is not:
//
//	if errors.Is(err, errcode.ReasonResourceLimited) {
//		// the plan's limit: retrying never helps
//	}
//
// # Kinds
//
// Every code has a Kind, numbered as gRPC's canonical codes, and matches it
// with errors.Is, so errors.Is(err, errcode.Unauthenticated) holds for an
// expired ticket from any set. Retryable and Hint say, per code, whether to
// retry and what to do instead.
//
// # What knows more wins
//
// KindOf, Retryable, Describe, RetryAfter and AnswerFor answer for any error
// chain, and an *Error's own Kind, Retryable and LogValue for the chain it
// heads, by one precedence, which [KindOf]'s documentation states: a code
// knows more than a gateway reason, which knows more than a peer's stated
// kind, a status, another package's kind, a network failure or a context
// error, in that order. The kind, the retry advice and the texts all come
// from the same step, so no two functions give one error two answers, and
// no non-nil error is ever OK.
//
// Another package's error takes part by its methods, as gRPC's status
// package honours a GRPCStatus method: an error with a Kind() Kind method
// gives the chain that kind, and its Retryable() bool method, if it has
// one, the advice (which may say not to retry a retryable kind, never the
// other way); an error with an As method that sets a *Code or a *Reason
// stands for that code or reason. errgrpc's reading of a peer's status is
// such an error. [Carries] tells whether a chain holds anything of the
// library's at all.
//
// # Statuses
//
// A Code's, a Reason's and a Kind's HTTPStatus is the status of its kind:
// what it means in HTTP terms (grpc-gateway's mapping). AnswerFor(err)'s
// HTTPStatus is the status to answer your own client with: the same, but 502
// Bad Gateway where the failure is your service's own credentials refused by
// a peer (CredentialsRefused), which your client can do nothing about.
// errhttp.WriteProblem and errgrpc.Status answer with AnswerFor.
//
// Retry advice is a code's own where it has one, and its kind's otherwise.
// A kind is retryable when nothing more specific is known: Unavailable,
// DeadlineExceeded, and ResourceExhausted, which alone means a rate limit
// (pause, then retry with backoff). Capacity limits are ResourceExhausted
// codes that are not retryable: a full conference does not empty itself
// because a request is sent again. A hint tells the reader to retry only
// where the advice is to retry.
//
// # Languages
//
// Description and Hint take a language.Tag and match it to the shipped
// languages: English (the default, and the language of Error and of logs),
// Chinese (zh: the descriptions of the vendor's codes in its own words,
// verbatim; the rest is the library's) and Traditional Chinese
// (zh-Hant, for zh-TW, zh-HK and zh-MO). MatchLanguage picks one for an
// Accept-Language header. Catalog returns the same texts as an x/text
// catalog for your own message.Printer, built once and read-only; the
// library never touches message.DefaultCatalog.
//
// # Answering your own clients
//
// Describe is for people: it gives only the library's texts, never an
// error's own text or a peer's message, which belong in logs. Error and
// LogValue bound the peer's text and the cause's and escape every character
// that is not printable, so that one failure is one log line of at most
// MaxErrorLen bytes. Package errhttp answers HTTP clients with RFC 9457
// problem details that carry the code, and reads them back in the next
// service; the module github.com/rtckit/errcode/errgrpc does the same with
// gRPC statuses. Neither passes on a failure of the service's own
// credentials at a peer as its client's (CredentialsRefused), and neither
// passes on a delay longer than MaxRetryAfter.
//
// Codes, Reason, Kind and *Error implement slog.LogValuer, so that a logged
// error carries its set, number or reason, identifier, kind and description.
//
// The package's tables are static data, generated from one row per code
// (internal/registry): importing the package does no work at init. x/text's
// matcher and the catalog are built once, on first use, and nothing changes
// after that: every function is safe for concurrent use. String,
// Error, the Parse functions on identifiers, errors.Is on codes, and
// Description and Hint for the shipped languages and the common tags (en-US,
// zh-CN, zh-TW, …) allocate nothing; other tags go through x/text's matcher.
package errcode
