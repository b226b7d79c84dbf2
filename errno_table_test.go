package errcode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWindowsErrnos reads Windows' table on every platform: each failure
// of a connection has its Winsock error, and an errno not in it is none.
func TestWindowsErrnos(t *testing.T) {
	for errno, want := range map[uintptr]NetworkFailure{
		10061: NetworkConnectionRefused, // WSAECONNREFUSED
		10054: NetworkConnectionReset,   // WSAECONNRESET
		10053: NetworkConnectionReset,   // WSAECONNABORTED
		10051: NetworkUnreachable,       // WSAENETUNREACH
		10065: NetworkUnreachable,       // WSAEHOSTUNREACH
		10060: NetworkTimeout,           // WSAETIMEDOUT
		2:     0,                        // ERROR_FILE_NOT_FOUND
		111:   0,                        // Linux's ECONNREFUSED is no Windows errno of a connection
	} {
		assert.Equal(t, want, failureOfErrno(windowsErrnos[:], errno), "%d", errno)
	}
}
