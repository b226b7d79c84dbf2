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

// The Android SDK's codes, in the vendor's order. Each comment gives the
// English description, then the vendor's Chinese.
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
	// AndroidCallRemoteOffline (CALL_REMOTE_OFFLINE): the callee is offline. 对方不在线
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
	// AndroidCallAlreadySub (CALL_ALREADY_SUB): the stream is already
	// subscribed. 已经 Subscribe
	AndroidCallAlreadySub AndroidCode = 808
	// AndroidCallNoSession (CALL_NO_SESSION): there is no session; on iOS,
	// 809 means the call does not exist. 没有 Session
	AndroidCallNoSession AndroidCode = 809
	// AndroidCallNoPublish (CALL_NO_PUBLISH): nothing is published. 没有 Publish
	AndroidCallNoPublish AndroidCode = 810
	// AndroidCallNoSubscribe (CALL_NO_SUBSCRIBE): nothing is subscribed. 没有 Subscribe
	AndroidCallNoSubscribe AndroidCode = 811
	// AndroidCallNoStream (CALL_NO_STREAM): there is no such stream. 没有 Stream
	AndroidCallNoStream AndroidCode = 812
	// AndroidCallTicketInvalid (CALL_TICKET_INVALID): the conference ticket is
	// invalid. 会议 Ticket 无效
	AndroidCallTicketInvalid AndroidCode = 813
	// AndroidCallTicketExpired (CALL_TICKET_EXPIRED): the conference ticket
	// has expired. 会议 Ticket 过期
	AndroidCallTicketExpired AndroidCode = 814
	// AndroidCallSessionExpired (CALL_SESSION_EXPIRED): the conference session
	// has expired. 会议会话过期
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
	// (CALL_CONFERENCE_ALREADY_IN_CONFERENCE): the speaker is already in this
	// conference; on iOS, 824 means the video stream limit. 主播已经在当前会议中
	AndroidCallConferenceAlreadyInConference AndroidCode = 824
)

// androidTable is the Android set in the vendor's order, with each code's
// kind and retry advice. The texts are in the messages_*.go files, row for
// row. Choices that are not obvious carry a reason.
var androidTable = newTable(SetAndroid, "AndroidCode", []entry[AndroidCode]{
	{AndroidGeneralError, "GENERAL_ERROR", "AndroidGeneralError", Unknown, false}, // no cause is given, so nothing says a retry helps
	{AndroidNetworkError, "NETWORK_ERROR", "AndroidNetworkError", Unavailable, true},
	{AndroidCallInvalidID, "CALL_INVALID_ID", "AndroidCallInvalidID", InvalidArgument, false},
	{AndroidCallBusy, "CALL_BUSY", "AndroidCallBusy", FailedPrecondition, false},                             // passes only when the current call ends
	{AndroidCallRemoteOffline, "CALL_REMOTE_OFFLINE", "AndroidCallRemoteOffline", FailedPrecondition, false}, // the other party's state, not an outage
	{AndroidCallConnectionError, "CALL_CONNECTION_ERROR", "AndroidCallConnectionError", Unavailable, true},
	{AndroidCallConferenceCreateFailed, "CALL_CONFERENCE_CREATE_FAILED", "AndroidCallConferenceCreateFailed", Unknown, false}, // no cause is given
	{AndroidCallConferenceCancel, "CALL_CONFERENCE_CANCEL", "AndroidCallConferenceCancel", Canceled, false},
	{AndroidCallAlreadyJoin, "CALL_ALREADY_JOIN", "AndroidCallAlreadyJoin", AlreadyExists, false},
	{AndroidCallAlreadyPub, "CALL_ALREADY_PUB", "AndroidCallAlreadyPub", AlreadyExists, false},
	{AndroidCallAlreadySub, "CALL_ALREADY_SUB", "AndroidCallAlreadySub", AlreadyExists, false},
	{AndroidCallNoSession, "CALL_NO_SESSION", "AndroidCallNoSession", FailedPrecondition, false}, // join first
	{AndroidCallNoPublish, "CALL_NO_PUBLISH", "AndroidCallNoPublish", FailedPrecondition, false},
	{AndroidCallNoSubscribe, "CALL_NO_SUBSCRIBE", "AndroidCallNoSubscribe", FailedPrecondition, false},
	{AndroidCallNoStream, "CALL_NO_STREAM", "AndroidCallNoStream", NotFound, false},
	{AndroidCallTicketInvalid, "CALL_TICKET_INVALID", "AndroidCallTicketInvalid", Unauthenticated, false},
	{AndroidCallTicketExpired, "CALL_TICKET_EXPIRED", "AndroidCallTicketExpired", Unauthenticated, false},
	{AndroidCallSessionExpired, "CALL_SESSION_EXPIRED", "AndroidCallSessionExpired", Unauthenticated, false}, // like an expired ticket: join again with a new one
	{AndroidCallConferenceNoExist, "CALL_CONFERENCE_NO_EXIST", "AndroidCallConferenceNoExist", NotFound, false},
	{AndroidCallInvalidCameraIndex, "CALL_INVALID_CAMERA_INDEX", "AndroidCallInvalidCameraIndex", InvalidArgument, false},
	{AndroidCallInvalidParams, "CALL_INVALID_PARAMS", "AndroidCallInvalidParams", InvalidArgument, false},
	{AndroidCallConnectionTimeout, "CALL_CONNECTION_TIMEOUT", "AndroidCallConnectionTimeout", DeadlineExceeded, true},
	{AndroidCallJoinTimeout, "CALL_JOIN_TIMEOUT", "AndroidCallJoinTimeout", DeadlineExceeded, true},
	{AndroidCallOtherDevice, "CALL_OTHER_DEVICE", "AndroidCallOtherDevice", Aborted, false},                    // rejoining would push the other device out in turn
	{AndroidCallConferenceDismiss, "CALL_CONFERENCE_DISMISS", "AndroidCallConferenceDismiss", NotFound, false}, // as the server's CONFR_DISBAND
	{AndroidCallTalkerIsFull, "CALL_TALKER_ISFULL", "AndroidCallTalkerIsFull", ResourceExhausted, false},
	{AndroidCallConferenceAlreadyInConference, "CALL_CONFERENCE_ALREADY_IN_CONFERENCE", "AndroidCallConferenceAlreadyInConference", AlreadyExists, false},
}, nil)

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

// Known reports whether the vendor's table lists c.
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
