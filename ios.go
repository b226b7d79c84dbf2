package errcode

import (
	"log/slog"

	"golang.org/x/text/language"
)

// IOSCode is a code of the iOS SDK's set (the SDK's EMErrorCode), as an app
// reports it. Its numbers overlap the Android set's with different meanings
// (809, 824), so an IOSCode never equals an AndroidCode. An unknown number is
// kept and prints as IOSCode(999).
type IOSCode int32

// The iOS SDK's codes, in the vendor's order, with the codes that only the
// shipped SDK defines in their places by number. Each comment gives the
// English description, then the vendor's Chinese (the SDK header's, for the
// codes the table leaves out). The SDK's own names start with
// EMError, which the Go names drop.
const (
	// IOSGeneral (EMErrorGeneral): a general error. 一般错误
	IOSGeneral IOSCode = 1
	// IOSNetworkUnavailable (EMErrorNetworkUnavailable): the network is
	// unavailable. 网络不可用
	IOSNetworkUnavailable IOSCode = 2
	// IOSCallInvalidID (EMErrorCallInvalidId): the real-time call's ID is
	// invalid. 实时通话ID无效
	IOSCallInvalidID IOSCode = 800
	// IOSCallBusy (EMErrorCallBusy): the user is busy, already in a real-time
	// call. 已经在进行实时通话了
	IOSCallBusy IOSCode = 801
	// IOSCallRemoteOffline (EMErrorCallRemoteOffline): the other party is
	// offline. 对方不在线
	IOSCallRemoteOffline IOSCode = 802
	// IOSCallConnectFailed (EMErrorCallConnectFailed): the real-time call's
	// connection could not be established. 实时通话建立连接失败
	IOSCallConnectFailed IOSCode = 803
	// IOSCallCreateFailed (EMErrorCallCreateFailed): creating the real-time
	// call failed. 创建实时通话失败
	IOSCallCreateFailed IOSCode = 804
	// IOSCallCancel (EMErrorCallCancel): the real-time call was canceled. 取消实时通话
	IOSCallCancel IOSCode = 805
	// IOSCallAlreadyJoined (EMErrorCallAlreadyJoined): the user has already
	// joined the real-time call. 已经加入了实时通话
	IOSCallAlreadyJoined IOSCode = 806
	// IOSCallAlreadyPub (EMErrorCallAlreadyPub): the local stream is already
	// published. 已经上传了本地数据流
	IOSCallAlreadyPub IOSCode = 807
	// IOSCallAlreadySub (EMErrorCallAlreadySub): the user is already
	// subscribed to the stream. 已经订阅了该数据流
	IOSCallAlreadySub IOSCode = 808
	// IOSCallNotExist (EMErrorCallNotExist): the real-time call does not
	// exist; on Android, 809 means there is no session. 实时通话不存在
	IOSCallNotExist IOSCode = 809
	// IOSCallNoPublish (EMErrorCallNoPublish): the real-time call has no
	// published stream. 实时通话没有已经上传的数据流
	IOSCallNoPublish IOSCode = 810
	// IOSCallNoSubscribe (EMErrorCallNoSubscribe): the real-time call has
	// no stream that can be subscribed to. 实时通话没有订阅数据流
	IOSCallNoSubscribe IOSCode = 811
	// IOSCallNoStream (EMErrorCallNoStream): the real-time call has no such
	// stream. 实时通话没有数据流
	IOSCallNoStream IOSCode = 812
	// IOSCallInvalidTicket (EMErrorCallInvalidTicket): the conference ticket
	// is invalid. 无效的ticket
	IOSCallInvalidTicket IOSCode = 813
	// IOSCallTicketExpired (EMErrorCallTicketExpired): the conference ticket
	// has expired. ticket已过期
	IOSCallTicketExpired IOSCode = 814
	// IOSCallSessionExpired (EMErrorCallSessionExpired): the real-time call
	// expired. 实时通话已过期
	IOSCallSessionExpired IOSCode = 815
	// IOSCallRoomNotExist (EMErrorCallRoomNotExist): the conference or
	// whiteboard does not exist. Defined by the shipped SDK only; the table
	// leaves it out. 会议或白板不存在
	IOSCallRoomNotExist IOSCode = 816
	// IOSCallInvalidParams (EMErrorCallInvalidParams): the conference
	// parameters are invalid. 无效的会议参数
	IOSCallInvalidParams IOSCode = 818
	// IOSCallSpeakerFull (EMErrorCallSpeakerFull): the conference has its
	// maximum number of speakers. 主播个数已达到上限
	IOSCallSpeakerFull IOSCode = 823
	// IOSCallVideoFull (EMErrorCallVideoFull): the conference has its maximum
	// number of video streams, as the shipped Android SDK's 824; the vendor's
	// table gives Android 824 another meaning. 视频个数已达到上限
	IOSCallVideoFull IOSCode = 824
	// IOSCallCDNError (EMErrorCallCDNError): pushing the stream to the CDN
	// failed. cdn推流错误
	IOSCallCDNError IOSCode = 825
	// IOSCallDesktopFull (EMErrorCallDesktopFull): the conference has its
	// maximum number of shared desktops. Defined by the shipped SDK only; the
	// table leaves it out. 共享桌面个数已达到上限
	IOSCallDesktopFull IOSCode = 826
	// IOSCallAutoAudioFail (EMErrorCallAutoAudioFail): automatic publishing
	// of, or subscribing to, the audio stream failed. Defined by the
	// shipped SDK only; the table leaves it out. 自动发布订阅音频失败
	IOSCallAutoAudioFail IOSCode = 827
)

// iosTable is the iOS set in the vendor's order, with each code's kind and
// retry advice. The texts are in the messages_*.go files, row for row.
// Choices that are not obvious carry a reason.
var iosTable = newTable(SetIOS, "IOSCode", []entry[IOSCode]{
	{IOSGeneral, "EMErrorGeneral", "IOSGeneral", Unknown, noRetry, fromTable}, // no cause is given, so nothing says a retry helps
	{IOSNetworkUnavailable, "EMErrorNetworkUnavailable", "IOSNetworkUnavailable", Unavailable, retry, fromTable},
	{IOSCallInvalidID, "EMErrorCallInvalidId", "IOSCallInvalidID", InvalidArgument, noRetry, fromTable},
	{IOSCallBusy, "EMErrorCallBusy", "IOSCallBusy", FailedPrecondition, noRetry, fromTable},                            // passes only when the current call ends
	{IOSCallRemoteOffline, "EMErrorCallRemoteOffline", "IOSCallRemoteOffline", FailedPrecondition, noRetry, fromTable}, // the other party's state, not an outage
	{IOSCallConnectFailed, "EMErrorCallConnectFailed", "IOSCallConnectFailed", Unavailable, retry, fromTable},
	{IOSCallCreateFailed, "EMErrorCallCreateFailed", "IOSCallCreateFailed", Unknown, noRetry, fromTable}, // no cause is given
	{IOSCallCancel, "EMErrorCallCancel", "IOSCallCancel", Canceled, noRetry, fromTable},
	{IOSCallAlreadyJoined, "EMErrorCallAlreadyJoined", "IOSCallAlreadyJoined", AlreadyExists, noRetry, fromTable},
	{IOSCallAlreadyPub, "EMErrorCallAlreadyPub", "IOSCallAlreadyPub", AlreadyExists, noRetry, fromTable},
	{IOSCallAlreadySub, "EMErrorCallAlreadySub", "IOSCallAlreadySub", AlreadyExists, noRetry, fromTable},
	{IOSCallNotExist, "EMErrorCallNotExist", "IOSCallNotExist", NotFound, noRetry, fromTable},
	{IOSCallNoPublish, "EMErrorCallNoPublish", "IOSCallNoPublish", FailedPrecondition, noRetry, fromTable},
	{IOSCallNoSubscribe, "EMErrorCallNoSubscribe", "IOSCallNoSubscribe", FailedPrecondition, noRetry, fromTable},
	{IOSCallNoStream, "EMErrorCallNoStream", "IOSCallNoStream", NotFound, noRetry, fromTable},
	{IOSCallInvalidTicket, "EMErrorCallInvalidTicket", "IOSCallInvalidTicket", Unauthenticated, noRetry, fromTable},
	{IOSCallTicketExpired, "EMErrorCallTicketExpired", "IOSCallTicketExpired", Unauthenticated, noRetry, fromTable},
	{IOSCallSessionExpired, "EMErrorCallSessionExpired", "IOSCallSessionExpired", Unauthenticated, noRetry, fromTable}, // like an expired ticket: join again with a new one
	{IOSCallRoomNotExist, "EMErrorCallRoomNotExist", "IOSCallRoomNotExist", NotFound, noRetry, fromSDK},
	{IOSCallInvalidParams, "EMErrorCallInvalidParams", "IOSCallInvalidParams", InvalidArgument, noRetry, fromTable},
	{IOSCallSpeakerFull, "EMErrorCallSpeakerFull", "IOSCallSpeakerFull", ResourceExhausted, noRetry, fromTable}, // a capacity limit: it passes when a speaker leaves
	{IOSCallVideoFull, "EMErrorCallVideoFull", "IOSCallVideoFull", ResourceExhausted, noRetry, fromTable},       // a capacity limit: it passes when a video stream stops
	{IOSCallCDNError, "EMErrorCallCDNError", "IOSCallCDNError", Unavailable, retry, fromTable},                  // pushing again is the remedy; the hint says what to check if it persists
	{IOSCallDesktopFull, "EMErrorCallDesktopFull", "IOSCallDesktopFull", ResourceExhausted, noRetry, fromSDK},   // a capacity limit: it passes when a shared desktop stops
	{IOSCallAutoAudioFail, "EMErrorCallAutoAudioFail", "IOSCallAutoAudioFail", Unavailable, retry, fromSDK},     // no cause is given; publishing or subscribing again is the remedy, as for PUB_INACTIVE
}, nil)

// IOSCodes returns every code of the iOS set in the vendor's order.
func IOSCodes() []IOSCode { return iosTable.codes() }

// ParseIOSCode returns the code that s names: a vendor identifier such as
// "EMErrorCallTicketExpired", or a decimal number that fits int32. An unknown
// number parses and keeps its value; Known tells. Surrounding spaces are
// ignored. Anything else is a *ParseError.
func ParseIOSCode(s string) (IOSCode, error) { return iosTable.parse(s) }

// String returns the vendor identifier, such as "EMErrorCallTicketExpired",
// or "IOSCode(999)" for a value not in the table.
func (c IOSCode) String() string { return iosTable.String(c) }

// Error returns a stable English text with the set, identifier, number and
// description: "rtc ios error EMErrorCallTicketExpired (814): conference ticket expired".
func (c IOSCode) Error() string { return iosTable.Error(c) }

// Is reports whether target is the same code, or c's Kind.
func (c IOSCode) Is(target error) bool { return iosTable.is(c, target) }

// Set returns SetIOS.
func (c IOSCode) Set() Set { return SetIOS }

// Int returns the code's number.
func (c IOSCode) Int() int { return int(c) }

// Known reports whether the library knows c: the vendor's table lists it,
// or the shipped SDK defines it.
func (c IOSCode) Known() bool { return iosTable.known(c) }

// Description returns what c means, in the shipped language that best
// matches tag.
func (c IOSCode) Description(tag language.Tag) string { return iosTable.description(c, tag) }

// Hint returns what the caller should do about c, in the shipped language
// that best matches tag.
func (c IOSCode) Hint(tag language.Tag) string { return iosTable.hint(c, tag) }

// Kind returns c's category; Unknown for a value not in the table.
func (c IOSCode) Kind() Kind { return iosTable.kind(c) }

// HTTPStatus returns the HTTP status of c's kind.
func (c IOSCode) HTTPStatus() int { return c.Kind().HTTPStatus() }

// Retryable reports whether the same operation, tried again unchanged, can succeed.
func (c IOSCode) Retryable() bool { return iosTable.retryable(c) }

// MarshalJSON encodes c as its number.
func (c IOSCode) MarshalJSON() ([]byte, error) { return iosTable.marshalJSON(c), nil }

// UnmarshalJSON accepts a number, or a string that ParseIOSCode accepts.
// null leaves c unchanged.
func (c *IOSCode) UnmarshalJSON(data []byte) error { return iosTable.unmarshalJSON(c, data) }

// LogValue logs c as a group of set, code, name, kind and English description.
func (c IOSCode) LogValue() slog.Value { return iosTable.logValue(c) }

// Documented reports whether the vendor's table of error codes lists c.
func (c IOSCode) Documented() bool { return iosTable.documented(c) }

// GoName returns the name of c's constant, or "" for an unknown code.
func (c IOSCode) GoName() string { return iosTable.goName(c) }

// Aliases returns the other vendor identifiers that parse to c.
func (c IOSCode) Aliases() []string { return iosTable.aliasesOf(c) }

func (IOSCode) isCode() {}
