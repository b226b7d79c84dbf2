package errcode

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"time"
)

// The type URLs of the details that a google.rpc.Status in JSON carries and
// the library reads.
const (
	errorInfoType = "type.googleapis.com/google.rpc.ErrorInfo"
	retryInfoType = "type.googleapis.com/google.rpc.RetryInfo"
)

// rpcStatus reads a google.rpc.Status in JSON, as grpc-gateway answers with
// a gRPC status: a numeric "code" (a gRPC code, 1 to 16), a string
// "message", and "details", whose first well-formed ErrorInfo of the
// library's restores the code, the gateway reason, or the stated kind, advice
// and remedy (ErrorInfo.Restore), by FromRPCStatus's rules, and whose first
// RetryInfo gives the delay. A status with no such ErrorInfo is another
// service's, and is not read as one: its HTTP status decides, as for any
// body. A detail that has a member twice is not well formed.
func (m *members) rpcStatus(status int) (*Error, bool) {
	code, ok := int32Value(m[memberCode])
	if !ok || code < 1 || code > int32(Unauthenticated) || !bytes.HasPrefix(m[memberDetails], []byte("[")) {
		return nil, false
	}
	s := RPCStatus{Kind: Kind(code), Message: stringValue(m[memberMessage])}
	eachElement(m[memberDetails], func(detail []byte) {
		var d [numDetailMembers][]byte
		if readMembers("detail", detail, detailMembers[:], d[:]) != nil {
			return
		}
		switch stringValue(d[detailType]) {
		case errorInfoType:
			if info, ok := errorInfoOf(d); ok {
				s.ErrorInfos = append(s.ErrorInfos, info)
			}
		case retryInfoType:
			if s.RetryDelay == 0 {
				s.RetryDelay = durationValue(stringValue(d[detailRetryDelay]))
			}
		}
	})
	r := s.read()
	if !r.restored {
		return nil, false
	}
	e := &Error{StatusCode: status, Message: r.message, Code: r.code, Reason: r.reason, RetryAfter: r.retryAfter}
	if r.code == nil && r.reason == "" {
		e.Err = statedKind{kind: r.kind, retryable: r.retryable && r.kind.Retryable(), remedy: r.remedy}
	}
	return e, true
}

// errorInfoOf returns the ErrorInfo of a detail's members: its reason,
// domain and metadata, every metadata value a string, none twice.
func errorInfoOf(d [numDetailMembers][]byte) (ErrorInfo, bool) {
	info := ErrorInfo{Reason: stringValue(d[detailReason]), Domain: stringValue(d[detailDomain]), Metadata: map[string]string{}}
	if d[detailMetadata] == nil {
		return info, true
	}
	err := eachMember(d[detailMetadata], func(key, value []byte) error {
		k := string(key)
		if _, twice := info.Metadata[k]; twice || !isString(value) {
			return errors.New("errcode: metadata not of strings, or a key twice")
		}
		info.Metadata[k] = stringValue(value)
		return nil
	})
	return info, err == nil
}

// durationValue reads a google.protobuf.Duration as JSON writes it,
// seconds with up to nine decimals and an "s" ("2s", "1.500s"), as
// RetryInfoDelay reads a delay; 0 for anything else.
func durationValue(s string) time.Duration {
	s, ok := strings.CutSuffix(s, "s")
	whole, frac, _ := strings.Cut(s, ".")
	if !ok || whole == "" || len(frac) > 9 || strings.HasPrefix(whole, "+") {
		return 0
	}
	seconds, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		if errors.Is(err, strconv.ErrRange) && !strings.HasPrefix(whole, "-") {
			return MaxRetryAfter
		}
		return 0
	}
	nanos := 0
	if frac != "" {
		n, err := strconv.Atoi(frac + strings.Repeat("0", 9-len(frac)))
		if err != nil || strings.ContainsAny(frac, "+-") {
			return 0
		}
		nanos = n
	}
	if strings.HasPrefix(whole, "-") {
		return 0
	}
	return RetryInfoDelay(seconds, int32(nanos))
}
