package errcode

import (
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"golang.org/x/text/language"
)

// Reason is the string "error" of a failure from the vendor's REST gateway,
// which every REST call passes before it reaches the conference server: the
// gateway authenticates the app's token and applies rate limits. A Reason is
// an error, and matches its Kind with errors.Is, as codes do.
//
// The same HTTP status can need opposite handling: both ReasonReachLimit and
// ReasonResourceLimited come with a 429, but only the first passes with a
// retry. A Reason is its wire text, exactly, so an unknown reason from a newer
// gateway is kept as it is; Known tells.
type Reason string

// The gateway's reasons, in the order of the vendor's REST error reference.
// Each comment gives the status the gateway sends the reason with, then what
// it means.
const (
	// ReasonInvalidGrant (400): the credentials used to get a token are wrong,
	// the user's password or the app's client_id or client_secret.
	ReasonInvalidGrant Reason = "invalid_grant"
	// ReasonJSONParse (400): the request body is not valid JSON.
	ReasonJSONParse Reason = "json_parse"
	// ReasonIllegalArgument (400): a parameter is missing or invalid; the
	// error_description says which.
	ReasonIllegalArgument Reason = "illegal_argument"
	// ReasonInvalidParameter (400): a field may not be set or changed.
	ReasonInvalidParameter Reason = "invalid_parameter"
	// ReasonRequiredPropertyNotFound (400): an entity the request refers to,
	// such as the user whose password is reset, does not exist.
	ReasonRequiredPropertyNotFound Reason = "required_property_not_found"
	// ReasonDuplicateUniquePropertyExists (400): the entity already exists,
	// such as a user name that is taken.
	ReasonDuplicateUniquePropertyExists Reason = "duplicate_unique_property_exists"
	// ReasonUnauthorized (401): the app token is missing or expired, or the
	// call needs an admin token: get a new token.
	ReasonUnauthorized Reason = "unauthorized"
	// ReasonAuthBadAccessToken (401): the token is malformed or was not issued
	// by this service, not merely expired: fix how it is sent.
	ReasonAuthBadAccessToken Reason = "auth_bad_access_token"
	// ReasonGroupAuthorization (401): the group or room service refused the token.
	ReasonGroupAuthorization Reason = "group_authorization"
	// ReasonForbiddenOp (403): the operation is not allowed in the current
	// state, the feature is not enabled, or a quota is used up.
	ReasonForbiddenOp Reason = "forbidden_op"
	// ReasonOrganizationApplicationNotFound (404): the org or app in the URL
	// does not exist on the cluster that the base URL points at: a
	// configuration error of the calling service.
	ReasonOrganizationApplicationNotFound Reason = "organization_application_not_found"
	// ReasonServiceResourceNotFound (404): the user, group, room or other
	// resource in the URL does not exist.
	ReasonServiceResourceNotFound Reason = "service_resource_not_found"
	// ReasonResourceNotFound (404): the same, from the group or room service.
	ReasonResourceNotFound Reason = "resource_not_found"
	// ReasonStorageObjectNotFound (404): a stored object, such as a message
	// history file, does not exist.
	ReasonStorageObjectNotFound Reason = "storage_object_not_found"
	// ReasonRequestEntityTooLarge (413), spelled "Request Entity Too Large"
	// on the wire: the request body is too large.
	ReasonRequestEntityTooLarge Reason = "Request Entity Too Large"
	// ReasonWebApplication (415 or 500): the body's media type is not
	// supported (415), or the request went to an API that does not exist (500).
	ReasonWebApplication Reason = "web_application"
	// ReasonResourceLimited (429): the plan's limit was reached. Retrying
	// does not help; upgrading the plan does.
	ReasonResourceLimited Reason = "resource_limited"
	// ReasonReachLimit (429): the API rate limit was hit. Pause, then retry
	// with backoff.
	ReasonReachLimit Reason = "reach_limit"
	// ReasonNoFullTextIndex (500): a query used an operator that the field
	// does not support.
	ReasonNoFullTextIndex Reason = "no_full_text_index"
	// ReasonUnsupportedServiceOperation (500): the URL does not support the
	// request's method.
	ReasonUnsupportedServiceOperation Reason = "unsupported_service_operation"
)

// reasonEntry is one row of the gateway's table: a reason, the name of its Go
// constant, and what to do about it.
type reasonEntry struct {
	reason    Reason
	goName    string
	kind      Kind
	retryable bool
}

// reasonTable holds the gateway's reasons in the vendor's order, with each
// reason's kind and retry advice. The texts are in the messages_*.go files,
// row for row. Choices that are not obvious carry a reason.
var reasonTable = newReasonTable([]reasonEntry{
	{ReasonInvalidGrant, "ReasonInvalidGrant", Unauthenticated, noRetry}, // wrong credentials, though sent with a 400
	{ReasonJSONParse, "ReasonJSONParse", InvalidArgument, noRetry},
	{ReasonIllegalArgument, "ReasonIllegalArgument", InvalidArgument, noRetry},
	{ReasonInvalidParameter, "ReasonInvalidParameter", InvalidArgument, noRetry},
	{ReasonRequiredPropertyNotFound, "ReasonRequiredPropertyNotFound", NotFound, noRetry}, // what the request refers to does not exist, though sent with a 400
	{ReasonDuplicateUniquePropertyExists, "ReasonDuplicateUniquePropertyExists", AlreadyExists, noRetry},
	{ReasonUnauthorized, "ReasonUnauthorized", Unauthenticated, noRetry}, // the same token fails again: a new one is needed
	{ReasonAuthBadAccessToken, "ReasonAuthBadAccessToken", Unauthenticated, noRetry},
	{ReasonGroupAuthorization, "ReasonGroupAuthorization", Unauthenticated, noRetry},
	{ReasonForbiddenOp, "ReasonForbiddenOp", PermissionDenied, noRetry},
	// The calling service is misconfigured, whatever its client asked: to
	// that client it is an internal error, not a missing resource.
	{ReasonOrganizationApplicationNotFound, "ReasonOrganizationApplicationNotFound", Internal, noRetry},
	{ReasonServiceResourceNotFound, "ReasonServiceResourceNotFound", NotFound, noRetry},
	{ReasonResourceNotFound, "ReasonResourceNotFound", NotFound, noRetry},
	{ReasonStorageObjectNotFound, "ReasonStorageObjectNotFound", NotFound, noRetry},
	{ReasonRequestEntityTooLarge, "ReasonRequestEntityTooLarge", InvalidArgument, noRetry}, // the caller must split the body
	// Both meanings (a media type, a URL with no API) are the caller's to
	// fix, whether the gateway says 415 or 500.
	{ReasonWebApplication, "ReasonWebApplication", InvalidArgument, noRetry},
	{ReasonResourceLimited, "ReasonResourceLimited", ResourceExhausted, noRetry}, // the plan's limit, not a rate limit: retrying never helps
	{ReasonReachLimit, "ReasonReachLimit", ResourceExhausted, retry},
	{ReasonNoFullTextIndex, "ReasonNoFullTextIndex", InvalidArgument, noRetry},                       // the query is wrong, though sent with a 500
	{ReasonUnsupportedServiceOperation, "ReasonUnsupportedServiceOperation", Unimplemented, noRetry}, // the method is wrong, though sent with a 500
})

// reasons is the gateway's table, indexed by the reasons' lengths: few
// reasons share a length, so a lookup compares at most a couple of strings,
// which is faster than hashing one for a map.
type reasons struct {
	entries  []reasonEntry
	byLength [][]uint8            // byLength[len(r)] lists the positions in entries of the reasons of that length
	texts    [len(shipped)][]text // per shipped language, row for row with entries
	errors   func() []string      // Error's text per entry, rendered on first use as the sets' are
}

func newReasonTable(entries []reasonEntry) *reasons {
	t := &reasons{entries: entries}
	for i, e := range entries {
		n := len(e.reason)
		if n >= len(t.byLength) {
			t.byLength = append(t.byLength, make([][]uint8, n+1-len(t.byLength))...)
		}
		t.byLength[n] = append(t.byLength[n], uint8(i))
	}
	for l, m := range shipped {
		t.texts[l] = m.gateway
	}
	t.errors = sync.OnceValue(func() []string {
		texts := make([]string, len(entries))
		for i, e := range entries {
			texts[i] = "rtc gateway error " + string(e.reason) + ": " + t.texts[inEnglish][i].description
		}
		return texts
	})
	return t
}

// index returns the position of r in the table.
func (t *reasons) index(r Reason) (int, bool) {
	if len(r) >= len(t.byLength) {
		return 0, false
	}
	for _, i := range t.byLength[len(r)] {
		if t.entries[i].reason == r {
			return int(i), true
		}
	}
	return 0, false
}

// Reasons returns every reason that the gateway's documentation lists, in its
// order.
func Reasons() []Reason {
	out := make([]Reason, len(reasonTable.entries))
	for i, e := range reasonTable.entries {
		out[i] = e.reason
	}
	return out
}

// ParseReason returns the reason that s spells, exactly as the gateway sends
// it ("reach_limit", "Request Entity Too Large"). An unknown reason is kept as
// it is, and Known reports false; only an empty s is an error.
func ParseReason(s string) (Reason, error) {
	if s == "" {
		return "", errors.New("errcode: empty gateway reason")
	}
	return Reason(s), nil
}

// String returns the reason's wire text, exactly.
func (r Reason) String() string { return string(r) }

// Set returns SetGateway: every reason, known or not, is the gateway's.
func (Reason) Set() Set { return SetGateway }

// GoName returns the name of r's constant in this package, such as
// "ReasonReachLimit", or "" for an unknown reason.
func (r Reason) GoName() string {
	if i, ok := reasonTable.index(r); ok {
		return reasonTable.entries[i].goName
	}
	return ""
}

// Known reports whether the gateway's documentation lists r.
func (r Reason) Known() bool {
	_, ok := reasonTable.index(r)
	return ok
}

// Error returns a stable English text with the reason and its description:
// "rtc gateway error reach_limit: API rate limit reached". An unknown reason
// is quoted, cut to a bounded length and escaped, as it comes from the peer.
func (r Reason) Error() string {
	if i, ok := reasonTable.index(r); ok {
		return reasonTable.errors()[i]
	}
	return "rtc gateway error " + peerText(string(r)) + ": unknown reason"
}

// Is reports whether target is the same reason, or r's Kind.
func (r Reason) Is(target error) bool {
	switch target := target.(type) {
	case Reason:
		return target == r
	case Kind:
		return target == r.Kind()
	}
	return false
}

// Kind returns r's category; Unknown for a reason not in the documentation.
func (r Reason) Kind() Kind {
	if i, ok := reasonTable.index(r); ok {
		return reasonTable.entries[i].kind
	}
	return Unknown
}

// HTTPStatus returns the HTTP status of r's kind, the status a service
// answers its own clients with; the gateway's own status is the response's.
func (r Reason) HTTPStatus() int { return r.Kind().HTTPStatus() }

// Retryable reports whether the same request, sent again unchanged, can
// succeed: true for ReasonReachLimit, after a pause.
func (r Reason) Retryable() bool {
	if i, ok := reasonTable.index(r); ok {
		return reasonTable.entries[i].retryable
	}
	return false
}

// Description returns what r means, in the shipped language that best
// matches tag.
func (r Reason) Description(tag language.Tag) string {
	l := languageIndex(tag)
	if i, ok := reasonTable.index(r); ok {
		return reasonTable.texts[l][i].description
	}
	return fmt.Sprintf(shipped[l].unknownReason, peerText(string(r)))
}

// Hint returns what the caller should do about r, in the shipped language
// that best matches tag.
func (r Reason) Hint(tag language.Tag) string {
	l := languageIndex(tag)
	if i, ok := reasonTable.index(r); ok {
		return reasonTable.texts[l][i].hint
	}
	return shipped[l].unknownReasonHint
}

// LogValue logs r as a group of set ("gateway"), reason, kind and English
// description.
func (r Reason) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("set", SetGateway.String()),
		slog.String("reason", peerText(string(r))),
		slog.String("kind", r.Kind().String()),
		slog.String("description", r.Description(language.English)),
	)
}
