package registry

// Remedy is what must be done about a failure, and by whom: the answer to
// "what now?" that a program can switch on, where a hint says it to a
// person. Every row names one.
type Remedy struct {
	GoName string // the errcode constant, such as "RemedyRejoin"
	Name   string // stable, as logs, problems, ErrorInfo metadata and rtcerr give it: "rejoin"
	// Retries reports whether the remedy is to send the request again: a
	// row whose Remedy retries is Retryable, and a Retryable row's Remedy
	// retries.
	Retries bool
	Doc     string // the constant's doc, after "GoName "
}

// Remedies lists the remedies, in the order of errcode's constants; the
// first is the zero value's.
var Remedies = []Remedy{
	{GoName: "RemedyNone", Name: "none", Doc: "is nothing to do: the call succeeded, was canceled by the caller, or what it asked for is already so (a member already joined, a stream already subscribed to)."},
	{GoName: "RemedyRetry", Name: "retry", Retries: true, Doc: "is to send the same request again, after a delay that grows with each attempt (and at least RetryAfter, where the peer asked for one): the failure is transient, such as a connection refused or a stream that failed to publish."},
	{GoName: "RemedySlowDown", Name: "slow_down", Retries: true, Doc: "is a rate limit: wait for the delay the peer asked for (RetryAfter), retry, and send fewer requests; if it happens often, spread the calls out or ask the vendor for a higher rate limit."},
	{GoName: "RemedyRejoin", Name: "rejoin", Doc: "is to get a new conference ticket and join again: the ticket, or the member's session that it opened, is invalid or expired, in any set."},
	{GoName: "RemedySignIn", Name: "sign_in", Doc: "is to sign the user in to IM again, for a new IM token: the user's token failed authentication."},
	{GoName: "RemedyRefreshToken", Name: "refresh_token", Doc: "is to get a new app token for your service and send the request with it: the token expired or lacks the rights the call needs."},
	{GoName: "RemedyFixCredentials", Name: "fix_credentials", Doc: "is to fix your service's credentials: the client ID and secret it sends for a token, or how it sends the token, are wrong, and a new token of the same kind fails the same way."},
	{GoName: "RemedyFixRequest", Name: "fix_request", Doc: "is to fix the request: its parameters, what it names, the order of the calls (joining before publishing), or the client that sends it. The same request fails again."},
	{GoName: "RemedyFixConfiguration", Name: "fix_configuration", Doc: "is to fix your service's configuration: the base URL it calls, the app key in it, or the certificate authorities it trusts."},
	{GoName: "RemedyConsole", Name: "console", Doc: "is for the app's owner, in the vendor's console: enable the service or the feature, settle the account, or upgrade the plan (or ask the vendor for a higher quota)."},
	{GoName: "RemedyContactVendor", Name: "contact_vendor", Doc: "is to contact the vendor's support: only the vendor can mend it, such as a service the vendor disabled."},
	{GoName: "RemedyWaitForRoom", Name: "wait_for_room", Doc: "is a capacity limit of a conference (members, speakers, video streams, shared desktops): wait for a member or a stream to leave, or do with less, such as joining as an audience member. Sending the request again at once fails the same way."},
	{GoName: "RemedyTellUser", Name: "tell_user", Doc: "is to tell the user what happened, and leave what follows to them: the conference is over or does not exist, the other party is busy or offline, the member was refused, pushed out by another device, or removed, or the user must allow the camera or enter a password again. Retrying on the user's behalf does not help."},
	{GoName: "RemedyInvestigate", Name: "investigate", Doc: "is to find the cause in the logs and the peer's message: nothing says what failed, as for an unknown code, a foreign error or an internal failure."},
}
