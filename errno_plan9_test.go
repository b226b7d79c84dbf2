package errcode

import "errors"

// Plan 9 has no errnos: its net package's errors are strings, which the
// library does not read. The tests that give a platform's errno give the
// network failure itself there, as errhttp puts it in a chain.
var (
	ErrnoRefused     error = NetworkConnectionRefused
	ErrnoReset       error = NetworkConnectionReset
	ErrnoPipe        error = NetworkConnectionReset
	ErrnoUnreachable error = NetworkUnreachable
	ErrnoTimedOut    error = NetworkTimeout
	ErrnoOther       error = errors.New("file does not exist")
)
