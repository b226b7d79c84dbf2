package errcode

// errnoFailure returns 0: Plan 9 has no errnos, and its network errors are
// strings, which the library does not read as failures. A timeout there is
// still read from its Timeout method, and an answer cut off from
// io.ErrUnexpectedEOF.
func errnoFailure(error) NetworkFailure { return 0 }
