package errcode

import (
	"log/slog"

	"golang.org/x/text/language"
)

// AndroidCode is a code of the Android SDK's set, as an app reports it. Its
// numbers overlap the iOS set's with different meanings (809, 824), so an
// AndroidCode never equals an IOSCode. An unknown number is kept and prints
// as AndroidCode(999).
type AndroidCode int32

// The Android SDK's codes, in the vendor's order, then the codes that only
// the shipped SDK defines. Each comment gives the English description, then
// the vendor's Chinese.
const (
	// AndroidGeneralError (GENERAL_ERROR): a general error; the SDK reports
	// failures it does not classify with this code. 一般错误，未细分的错误一般通过此errorcode抛出来
	AndroidGeneralError AndroidCode = 1
	// AndroidNetworkError (NETWORK_ERROR): the network failed. 网络异常
	AndroidNetworkError AndroidCode = 2
	// AndroidCallInvalidID (CALL_INVALID_ID): the call ID is invalid. callid无效
	AndroidCallInvalidID AndroidCode = 800
	// AndroidCallBusy (CALL_BUSY): the user is busy in a call. 正在通话中
	AndroidCallBusy AndroidCode = 801
	// AndroidCallRemoteOffline (CALL_REMOTE_OFFLINE): the other party is
	// offline. 对方不在线
	AndroidCallRemoteOffline AndroidCode = 802
	// AndroidCallConnectionError (CALL_CONNECTION_ERROR): the connection could
	// not be established. 建立连接失败
	AndroidCallConnectionError AndroidCode = 803
	// AndroidCallConferenceCreateFailed (CALL_CONFERENCE_CREATE_FAILED):
	// creating the conference failed. 会议创建失败
	AndroidCallConferenceCreateFailed AndroidCode = 804
	// AndroidCallConferenceCancel (CALL_CONFERENCE_CANCEL): the conference was
	// canceled. 会议取消
	AndroidCallConferenceCancel AndroidCode = 805
	// AndroidCallAlreadyJoin (CALL_ALREADY_JOIN): the user has already joined. 已经加入
	AndroidCallAlreadyJoin AndroidCode = 806
	// AndroidCallAlreadyPub (CALL_ALREADY_PUB): the stream is already
	// published. 已经 Publish
	AndroidCallAlreadyPub AndroidCode = 807
	// AndroidCallAlreadySub (CALL_ALREADY_SUB): the user is already
	// subscribed to the stream. 已经 Subscribe
	AndroidCallAlreadySub AndroidCode = 808
	// AndroidCallNoSession (CALL_NO_SESSION): there is no session; on iOS,
	// 809 means the call does not exist. 没有 Session
	AndroidCallNoSession AndroidCode = 809
	// AndroidCallNoPublish (CALL_NO_PUBLISH): nothing is published. 没有 Publish
	AndroidCallNoPublish AndroidCode = 810
	// AndroidCallNoSubscribe (CALL_NO_SUBSCRIBE): the user is not subscribed
	// to any stream. 没有 Subscribe
	AndroidCallNoSubscribe AndroidCode = 811
	// AndroidCallNoStream (CALL_NO_STREAM): there is no such stream. 没有 Stream
	AndroidCallNoStream AndroidCode = 812
	// AndroidCallTicketInvalid (CALL_TICKET_INVALID): the conference ticket is
	// invalid. 会议 Ticket 无效
	AndroidCallTicketInvalid AndroidCode = 813
	// AndroidCallTicketExpired (CALL_TICKET_EXPIRED): the conference ticket
	// has expired. 会议 Ticket 过期
	AndroidCallTicketExpired AndroidCode = 814
	// AndroidCallSessionExpired (CALL_SESSION_EXPIRED): the conference
	// session expired. 会议会话过期
	AndroidCallSessionExpired AndroidCode = 815
	// AndroidCallConferenceNoExist (CALL_CONFERENCE_NO_EXIST): the conference
	// does not exist or has been disbanded. 会议不存在或者已经解散
	AndroidCallConferenceNoExist AndroidCode = 816
	// AndroidCallInvalidCameraIndex (CALL_INVALID_CAMERA_INDEX): the camera
	// index is invalid. Android only. 无效的摄像头编号
	AndroidCallInvalidCameraIndex AndroidCode = 817
	// AndroidCallInvalidParams (CALL_INVALID_PARAMS): the conference
	// parameters are invalid. 无效的会议参数
	AndroidCallInvalidParams AndroidCode = 818
	// AndroidCallConnectionTimeout (CALL_CONNECTION_TIMEOUT): the call's
	// connection timed out. Android only. 通话连接超时
	AndroidCallConnectionTimeout AndroidCode = 819
	// AndroidCallJoinTimeout (CALL_JOIN_TIMEOUT): joining the call timed out.
	// Android only. 通话加入超时
	AndroidCallJoinTimeout AndroidCode = 820
	// AndroidCallOtherDevice (CALL_OTHER_DEVICE): the user joined the
	// conference from another device. Android only. 通过其他设备加入会议
	AndroidCallOtherDevice AndroidCode = 821
	// AndroidCallConferenceDismiss (CALL_CONFERENCE_DISMISS): the conference
	// was disbanded. Android only. 会议解散
	AndroidCallConferenceDismiss AndroidCode = 822
	// AndroidCallTalkerIsFull (CALL_TALKER_ISFULL): the conference has its
	// maximum number of speakers. 主播已满
	AndroidCallTalkerIsFull AndroidCode = 823
	// AndroidCallConferenceAlreadyInConference
	// (CALL_CONFERENCE_ALREADY_IN_CONFERENCE): 824 as the vendor's table
	// names it, "the speaker is already in this conference"; but the shipped
	// Android SDK defines 824 as CALL_VIDEO_ISFUll, the video stream limit,
	// as iOS 824. No shipped SDK has the table's name, so the description
	// gives both meanings and the kind and advice follow the SDK's.
	// 主播已经在当前会议中
	AndroidCallConferenceAlreadyInConference AndroidCode = 824
	// AndroidCallVideoIsFull (CALL_VIDEO_ISFUll, spelled so in the shipped
	// SDK): the conference has its maximum number of video streams. It is the
	// same value as AndroidCallConferenceAlreadyInConference, the table's name
	// for 824, which String returns.
	AndroidCallVideoIsFull AndroidCode = 824
	// AndroidCallPushCDNError (CALL_PUSHCDN_ERROR): pushing the stream to the
	// CDN failed. Defined by the shipped SDK only; the table leaves it out.
	// cdn推流错误
	AndroidCallPushCDNError AndroidCode = 825
)

// androidTable is the Android set in the vendor's order, with each code's
// kind and retry advice. The texts are in the messages_*.go files, row for
// row. Choices that are not obvious carry a reason.
var androidTable = newTable(SetAndroid, "AndroidCode", []entry[AndroidCode]{
	{AndroidGeneralError, "GENERAL_ERROR", "AndroidGeneralError", Unknown, noRetry, fromTable}, // no cause is given, so nothing says a retry helps
	{AndroidNetworkError, "NETWORK_ERROR", "AndroidNetworkError", Unavailable, retry, fromTable},
	{AndroidCallInvalidID, "CALL_INVALID_ID", "AndroidCallInvalidID", InvalidArgument, noRetry, fromTable},
	{AndroidCallBusy, "CALL_BUSY", "AndroidCallBusy", FailedPrecondition, noRetry, fromTable},                             // passes only when the current call ends
	{AndroidCallRemoteOffline, "CALL_REMOTE_OFFLINE", "AndroidCallRemoteOffline", FailedPrecondition, noRetry, fromTable}, // the other party's state, not an outage
	{AndroidCallConnectionError, "CALL_CONNECTION_ERROR", "AndroidCallConnectionError", Unavailable, retry, fromTable},
	{AndroidCallConferenceCreateFailed, "CALL_CONFERENCE_CREATE_FAILED", "AndroidCallConferenceCreateFailed", Unknown, noRetry, fromTable}, // no cause is given
	{AndroidCallConferenceCancel, "CALL_CONFERENCE_CANCEL", "AndroidCallConferenceCancel", Canceled, noRetry, fromTable},
	{AndroidCallAlreadyJoin, "CALL_ALREADY_JOIN", "AndroidCallAlreadyJoin", AlreadyExists, noRetry, fromTable},
	{AndroidCallAlreadyPub, "CALL_ALREADY_PUB", "AndroidCallAlreadyPub", AlreadyExists, noRetry, fromTable},
	{AndroidCallAlreadySub, "CALL_ALREADY_SUB", "AndroidCallAlreadySub", AlreadyExists, noRetry, fromTable},
	{AndroidCallNoSession, "CALL_NO_SESSION", "AndroidCallNoSession", FailedPrecondition, noRetry, fromTable}, // join first
	{AndroidCallNoPublish, "CALL_NO_PUBLISH", "AndroidCallNoPublish", FailedPrecondition, noRetry, fromTable},
	{AndroidCallNoSubscribe, "CALL_NO_SUBSCRIBE", "AndroidCallNoSubscribe", FailedPrecondition, noRetry, fromTable},
	{AndroidCallNoStream, "CALL_NO_STREAM", "AndroidCallNoStream", NotFound, noRetry, fromTable},
	{AndroidCallTicketInvalid, "CALL_TICKET_INVALID", "AndroidCallTicketInvalid", Unauthenticated, noRetry, fromTable},
	{AndroidCallTicketExpired, "CALL_TICKET_EXPIRED", "AndroidCallTicketExpired", Unauthenticated, noRetry, fromTable},
	{AndroidCallSessionExpired, "CALL_SESSION_EXPIRED", "AndroidCallSessionExpired", Unauthenticated, noRetry, fromTable}, // like an expired ticket: join again with a new one
	{AndroidCallConferenceNoExist, "CALL_CONFERENCE_NO_EXIST", "AndroidCallConferenceNoExist", NotFound, noRetry, fromTable},
	{AndroidCallInvalidCameraIndex, "CALL_INVALID_CAMERA_INDEX", "AndroidCallInvalidCameraIndex", InvalidArgument, noRetry, fromTable},
	{AndroidCallInvalidParams, "CALL_INVALID_PARAMS", "AndroidCallInvalidParams", InvalidArgument, noRetry, fromTable},
	{AndroidCallConnectionTimeout, "CALL_CONNECTION_TIMEOUT", "AndroidCallConnectionTimeout", DeadlineExceeded, retry, fromTable},
	{AndroidCallJoinTimeout, "CALL_JOIN_TIMEOUT", "AndroidCallJoinTimeout", DeadlineExceeded, retry, fromTable},
	{AndroidCallOtherDevice, "CALL_OTHER_DEVICE", "AndroidCallOtherDevice", Aborted, noRetry, fromTable},                    // rejoining would push the other device out in turn
	{AndroidCallConferenceDismiss, "CALL_CONFERENCE_DISMISS", "AndroidCallConferenceDismiss", NotFound, noRetry, fromTable}, // as the server's CONFR_DISBAND
	{AndroidCallTalkerIsFull, "CALL_TALKER_ISFULL", "AndroidCallTalkerIsFull", ResourceExhausted, noRetry, fromTable},       // a capacity limit: it passes when a speaker leaves
	// The table's identifier, but the advice of what the shipped SDK sends as
	// 824: the video stream limit, a capacity limit that retrying does not pass.
	{AndroidCallConferenceAlreadyInConference, "CALL_CONFERENCE_ALREADY_IN_CONFERENCE", "AndroidCallConferenceAlreadyInConference", ResourceExhausted, noRetry, fromTable},
	{AndroidCallPushCDNError, "CALL_PUSHCDN_ERROR", "AndroidCallPushCDNError", Unavailable, retry, fromSDK}, // pushing again is the remedy; the hint says what to check if it persists
}, []alias[AndroidCode]{
	{AndroidCallVideoIsFull, "CALL_VIDEO_ISFUll", "AndroidCallVideoIsFull"},
})

// AndroidCodes returns every code of the Android set in the vendor's order.
func AndroidCodes() []AndroidCode { return androidTable.codes() }

// ParseAndroidCode returns the code that s names: a vendor identifier such as
// "CALL_TICKET_EXPIRED", or a decimal number that fits int32. An unknown
// number parses and keeps its value; Known tells. Surrounding spaces are
// ignored. Anything else is a *ParseError.
func ParseAndroidCode(s string) (AndroidCode, error) { return androidTable.parse(s) }

// String returns the vendor identifier, such as "CALL_TICKET_EXPIRED", or
// "AndroidCode(999)" for a value not in the table.
func (c AndroidCode) String() string { return androidTable.String(c) }

// Error returns a stable English text with the set, identifier, number and
// description: "rtc android error CALL_TICKET_EXPIRED (814): conference ticket expired".
func (c AndroidCode) Error() string { return androidTable.Error(c) }

// Is reports whether target is the same code, or c's Kind.
func (c AndroidCode) Is(target error) bool { return androidTable.is(c, target) }

// Set returns SetAndroid.
func (c AndroidCode) Set() Set { return SetAndroid }

// Int returns the code's number.
func (c AndroidCode) Int() int { return int(c) }

// Known reports whether the library knows c: the vendor's table lists it,
// or the shipped SDK defines it.
func (c AndroidCode) Known() bool { return androidTable.known(c) }

// Description returns what c means, in the shipped language that best
// matches tag.
func (c AndroidCode) Description(tag language.Tag) string { return androidTable.description(c, tag) }

// Hint returns what the caller should do about c, in the shipped language
// that best matches tag.
func (c AndroidCode) Hint(tag language.Tag) string { return androidTable.hint(c, tag) }

// Kind returns c's category; Unknown for a value not in the table.
func (c AndroidCode) Kind() Kind { return androidTable.kind(c) }

// HTTPStatus returns the HTTP status of c's kind.
func (c AndroidCode) HTTPStatus() int { return c.Kind().HTTPStatus() }

// Retryable reports whether the same operation, tried again unchanged, can succeed.
func (c AndroidCode) Retryable() bool { return androidTable.retryable(c) }

// MarshalJSON encodes c as its number.
func (c AndroidCode) MarshalJSON() ([]byte, error) { return androidTable.marshalJSON(c), nil }

// UnmarshalJSON accepts a number, or a string that ParseAndroidCode accepts.
// null leaves c unchanged.
func (c *AndroidCode) UnmarshalJSON(data []byte) error { return androidTable.unmarshalJSON(c, data) }

// LogValue logs c as a group of set, code, name, kind and English description.
func (c AndroidCode) LogValue() slog.Value { return androidTable.logValue(c) }

// Documented reports whether the vendor's table of error codes lists c.
func (c AndroidCode) Documented() bool { return androidTable.documented(c) }

// GoName returns the name of c's constant, or "" for an unknown code.
func (c AndroidCode) GoName() string { return androidTable.goName(c) }

// Aliases returns the other vendor identifiers that parse to c.
func (c AndroidCode) Aliases() []string { return androidTable.aliasesOf(c) }

func (AndroidCode) isCode() {}
