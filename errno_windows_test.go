package errcode

import (
	"os"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The connection errnos of Windows, as its net package returns them (the
// Winsock errors), for the tests of package errcode and errcode_test alike.
var (
	ErrnoRefused     error = syscall.Errno(10061) // WSAECONNREFUSED
	ErrnoReset       error = syscall.WSAECONNRESET
	ErrnoPipe        error = syscall.ERROR_BROKEN_PIPE
	ErrnoUnreachable error = syscall.Errno(10065) // WSAEHOSTUNREACH
	ErrnoTimedOut    error = syscall.Errno(10060) // WSAETIMEDOUT
	ErrnoOther       error = syscall.ERROR_FILE_NOT_FOUND
)

// TestWindowsErrnosAreSyscalls: the numbers of windowsErrnos are Windows'
// own, where syscall names them, and read from what net returns.
func TestWindowsErrnosAreSyscalls(t *testing.T) {
	for errno, want := range map[syscall.Errno]NetworkFailure{
		syscall.WSAECONNRESET:         NetworkConnectionReset,
		syscall.WSAECONNABORTED:       NetworkConnectionReset,
		syscall.ERROR_NETNAME_DELETED: NetworkConnectionReset,
		syscall.ERROR_BROKEN_PIPE:     NetworkConnectionReset,
	} {
		got, ok := NetworkFailureOf(&os.SyscallError{Syscall: "wsarecv", Err: errno})
		assert.True(t, ok, "%d", errno)
		assert.Equal(t, want, got, "%d", errno)
	}
	assert.NotEqual(t, NetworkConnectionRefused, errnoFailure(syscall.ECONNREFUSED), "Go's own ECONNREFUSED on Windows is no socket's")
}
