package errcode

import "syscall"

// errnoFailure returns the network failure of a connection errno, as
// Windows numbers them (windowsErrnos), or 0.
func errnoFailure(err error) NetworkFailure {
	errno, ok := err.(syscall.Errno)
	if !ok {
		return 0
	}
	return failureOfErrno(windowsErrnos[:], uintptr(errno))
}
