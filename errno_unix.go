//go:build !windows && !plan9

package errcode

import "syscall"

// errnoFailure returns the network failure of a connection errno, as Unix,
// js/wasm and wasip1 number them, or 0.
func errnoFailure(err error) NetworkFailure {
	errno, ok := err.(syscall.Errno)
	if !ok {
		return 0
	}
	switch errno {
	case syscall.ECONNREFUSED:
		return NetworkConnectionRefused
	case syscall.ECONNRESET, syscall.ECONNABORTED, syscall.EPIPE:
		return NetworkConnectionReset
	case syscall.ENETUNREACH, syscall.EHOSTUNREACH:
		return NetworkUnreachable
	case syscall.ETIMEDOUT:
		return NetworkTimeout
	}
	return 0
}
