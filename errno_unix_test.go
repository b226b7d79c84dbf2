//go:build !windows && !plan9

package errcode

import "syscall"

// The connection errnos of this platform, as its net package returns them,
// for the tests of package errcode and errcode_test alike.
var (
	ErrnoRefused     error = syscall.ECONNREFUSED
	ErrnoReset       error = syscall.ECONNRESET
	ErrnoPipe        error = syscall.EPIPE
	ErrnoUnreachable error = syscall.EHOSTUNREACH
	ErrnoTimedOut    error = syscall.ETIMEDOUT
	ErrnoOther       error = syscall.ENOENT // no network failure
)
