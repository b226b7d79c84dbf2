package errcode

import (
	"log/slog"

	"golang.org/x/text/language"
)

// ServerCode is a code of the conference server's set: the numeric "error"
// of its responses. 0 is success; failures are negative. A ServerCode is an
// error; its value is its number, so an unknown number from a newer server
// is kept and prints as ServerCode(-999).
type ServerCode int32

// The conference server's codes, in the vendor's order. Each comment gives
// the English description, then the vendor's Chinese.
const (
	// ServerSuccess (SUCCESS): success. 成功
	ServerSuccess ServerCode = 0
	// ServerTokenAuthzFail (TOKEN_AUTHZ_FAIL): the user's IM token failed
	// authentication. imtoken认证失败
	ServerTokenAuthzFail ServerCode = -100
	// ServerIllegalRights (ILLEGAL_RIGHTS): the member lacks the permission,
	// e.g. an audience member tried to publish a stream. 权限不够，比如观众不允许发布流
	ServerIllegalRights ServerCode = -101
	// ServerRequestParamsError (REQUEST_PARAMS_ERROR): the request's
	// parameters are incorrect. 请求参数不正确
	ServerRequestParamsError ServerCode = -200
	// ServerConfrNotExist (CONFR_NOT_EXIST): the conference does not exist,
	// possibly because it timed out. 会议不存在，可能是超时
	ServerConfrNotExist ServerCode = -301
	// ServerConfrDisband (CONFR_DISBAND): the conference was disbanded. 会议被解散
	ServerConfrDisband ServerCode = -302
	// ServerSysRefuseCrtConfr (SYS_REFUSE_CRT_CONFR): creating a conference is
	// not allowed. 不允许创建会议
	ServerSysRefuseCrtConfr ServerCode = -700
	// ServerSysRefuseEnterConfr (SYS_REFUSE_ENTER_CONFR): joining the
	// conference is not allowed. 不允许加入会议
	ServerSysRefuseEnterConfr ServerCode = -701
	// ServerSysRefuseChangeRoles (SYS_REFUSE_CHANAGE_ROLES, misspelled so on
	// the wire): changing member permissions (roles) is not allowed. 不允许更改成员权限
	ServerSysRefuseChangeRoles ServerCode = -702
	// ServerRTCServiceNonActivated (RTC_SERVICE_NON_ACTIVATED): the RTC
	// service cannot be used, e.g. it was never activated. rtc服务不可用，比如没有开通rtc服务
	ServerRTCServiceNonActivated ServerCode = -706
	// ServerRTCServiceArrears (RTC_SERVICE_ARREARS): the RTC service account
	// is in arrears. rtc服务欠费
	ServerRTCServiceArrears ServerCode = -707
	// ServerRTCServiceDisable (RTC_SERVICE_DISABLE): the RTC service is
	// suspended. rtc服务被封
	ServerRTCServiceDisable ServerCode = -708
	// ServerRTCServiceClosed (RTC_SERVICE_CLOSED): the RTC service is closed.
	// rtc服务被关闭
	ServerRTCServiceClosed ServerCode = -709
	// ServerException (EXCEPTION): an abnormal operation, e.g. publishing a
	// stream anyway when publishing is not allowed. The table lists -501
	// again as BAD_REQUEST; String returns EXCEPTION. 异常操作，比如在不允许pub流时强行pub流
	ServerException ServerCode = -501
	// ServerTicketInvalid (TICKET_INVALID): the conference ticket is
	// invalid, e.g. it could not be parsed. ticket不可用，比如解析失败
	ServerTicketInvalid ServerCode = -500
	// ServerTicketExpired (TICKET_EXPIRED): the conference ticket has
	// expired. ticket过期
	ServerTicketExpired ServerCode = -502
	// ServerMemberInvalid (MEMBER_INVALID): the member is not valid, e.g. its
	// ticket failed verification or its membership expired. 成员不正确，比如ticket验证失败，成员过期
	ServerMemberInvalid ServerCode = -504
	// ServerConfrInvalid (CONFR_INVALID): the conference can no longer be
	// used, e.g. it expired or was closed; its kind is NotFound, as for a
	// conference that does not exist. 会议不可用，比如会议过期，被关闭
	ServerConfrInvalid ServerCode = -506
	// ServerPasswordInvalid (PASSWORD_INVALID): the conference password is
	// incorrect. 密码不正确
	ServerPasswordInvalid ServerCode = -508
	// ServerNotSupportClient (NOT_SUPPORT_CLIENT): the server does not support
	// this client; the caller must update the SDK or use another client. 不支持的终端
	ServerNotSupportClient ServerCode = -510
	// ServerSubfailNotSupportVcodes (SUBFAIL_NOT_SUPPORT_VCODES): subscribing
	// failed on a codec the server does not support, on the publisher's side
	// or the subscriber's. 不支持的编码方式
	ServerSubfailNotSupportVcodes ServerCode = -520
	// ServerConfrMemberTooMany (CONFR_MEMBER_TOO_MANY): the conference has too
	// many members. 会议成员太多
	ServerConfrMemberTooMany ServerCode = -522
	// ServerConfrTalkerTooMany (CONFR_TALKER_TOO_MANY): the conference has too
	// many speakers. 会议主播太多
	ServerConfrTalkerTooMany ServerCode = -523
	// ServerPubVideoTooMany (PUB_VIDEO_TOO_MANY): too many video streams are
	// published. 发布视频流太多
	ServerPubVideoTooMany ServerCode = -524
	// ServerRequireSDP (REQUIRE_SDP): the request must carry an SDP. 需要提供sdp
	ServerRequireSDP ServerCode = -550
	// ServerRequireRTC (REQUIRE_RTC): the client must support RTC. 需要支持rtc
	ServerRequireRTC ServerCode = -552
	// ServerPubInactive (PUB_INACTIVE): publishing the stream failed. 发布流失败
	ServerPubInactive ServerCode = -554
	// ServerBadRequest (BAD_REQUEST): a bad request, which covers many cases.
	// It is the same value as ServerException, which the table lists first.
	// 错误的请求，包含很多情况
	ServerBadRequest ServerCode = -501
	// ServerNotSupportOper (NOT_SUPPORT_OPER): the operation is not supported,
	// e.g. an invisible member asked to change its stream settings.
	// 不支持的操作，比如不可见的成员要求更改流设置
	ServerNotSupportOper ServerCode = -507
)

// serverTable is the server's set in the vendor's order, each value once,
// with its kind and retry advice. The texts are in the messages_*.go files,
// row for row. Choices that are not obvious carry a reason.
var serverTable = newTable(SetServer, "ServerCode", []entry[ServerCode]{
	{ServerSuccess, "SUCCESS", "ServerSuccess", OK, noRetry, fromTable},
	{ServerTokenAuthzFail, "TOKEN_AUTHZ_FAIL", "ServerTokenAuthzFail", Unauthenticated, noRetry, fromTable},
	{ServerIllegalRights, "ILLEGAL_RIGHTS", "ServerIllegalRights", PermissionDenied, noRetry, fromTable},
	{ServerRequestParamsError, "REQUEST_PARAMS_ERROR", "ServerRequestParamsError", InvalidArgument, noRetry, fromTable},
	{ServerConfrNotExist, "CONFR_NOT_EXIST", "ServerConfrNotExist", NotFound, noRetry, fromTable},
	{ServerConfrDisband, "CONFR_DISBAND", "ServerConfrDisband", NotFound, noRetry, fromTable}, // gone for good, like a conference that does not exist
	{ServerSysRefuseCrtConfr, "SYS_REFUSE_CRT_CONFR", "ServerSysRefuseCrtConfr", PermissionDenied, noRetry, fromTable},
	{ServerSysRefuseEnterConfr, "SYS_REFUSE_ENTER_CONFR", "ServerSysRefuseEnterConfr", PermissionDenied, noRetry, fromTable},
	{ServerSysRefuseChangeRoles, "SYS_REFUSE_CHANAGE_ROLES", "ServerSysRefuseChangeRoles", PermissionDenied, noRetry, fromTable},
	// The account's service state forbids the call; the REST API answers 403
	// when the service is not enabled, and these four are of a piece.
	{ServerRTCServiceNonActivated, "RTC_SERVICE_NON_ACTIVATED", "ServerRTCServiceNonActivated", PermissionDenied, noRetry, fromTable},
	{ServerRTCServiceArrears, "RTC_SERVICE_ARREARS", "ServerRTCServiceArrears", PermissionDenied, noRetry, fromTable},
	{ServerRTCServiceDisable, "RTC_SERVICE_DISABLE", "ServerRTCServiceDisable", PermissionDenied, noRetry, fromTable},
	{ServerRTCServiceClosed, "RTC_SERVICE_CLOSED", "ServerRTCServiceClosed", PermissionDenied, noRetry, fromTable},
	{ServerException, "EXCEPTION", "ServerException", InvalidArgument, noRetry, fromTable}, // both of -501's meanings are requests the server rejects as made
	{ServerTicketInvalid, "TICKET_INVALID", "ServerTicketInvalid", Unauthenticated, noRetry, fromTable},
	{ServerTicketExpired, "TICKET_EXPIRED", "ServerTicketExpired", Unauthenticated, noRetry, fromTable}, // the same ticket fails again: a new one is needed
	{ServerMemberInvalid, "MEMBER_INVALID", "ServerMemberInvalid", Unauthenticated, noRetry, fromTable},
	{ServerConfrInvalid, "CONFR_INVALID", "ServerConfrInvalid", NotFound, noRetry, fromTable},                  // expired or closed: gone, as CONFR_NOT_EXIST and CONFR_DISBAND
	{ServerPasswordInvalid, "PASSWORD_INVALID", "ServerPasswordInvalid", PermissionDenied, noRetry, fromTable}, // the user is signed in; a 401 would wrongly send the app to its login screen
	// The client or its codec is the caller's to change: not a fault of the
	// server (5xx), and no retry mends it.
	{ServerNotSupportClient, "NOT_SUPPORT_CLIENT", "ServerNotSupportClient", FailedPrecondition, noRetry, fromTable},
	{ServerSubfailNotSupportVcodes, "SUBFAIL_NOT_SUPPORT_VCODES", "ServerSubfailNotSupportVcodes", FailedPrecondition, noRetry, fromTable},
	{ServerConfrMemberTooMany, "CONFR_MEMBER_TOO_MANY", "ServerConfrMemberTooMany", ResourceExhausted, noRetry, fromTable}, // a capacity limit, not a rate limit: it passes when a member leaves
	{ServerConfrTalkerTooMany, "CONFR_TALKER_TOO_MANY", "ServerConfrTalkerTooMany", ResourceExhausted, noRetry, fromTable}, // a capacity limit: it passes when a speaker leaves
	{ServerPubVideoTooMany, "PUB_VIDEO_TOO_MANY", "ServerPubVideoTooMany", ResourceExhausted, noRetry, fromTable},          // a capacity limit: it passes when a video stream stops
	{ServerRequireSDP, "REQUIRE_SDP", "ServerRequireSDP", InvalidArgument, noRetry, fromTable},
	{ServerRequireRTC, "REQUIRE_RTC", "ServerRequireRTC", FailedPrecondition, noRetry, fromTable},              // a property of the client, not of the request's arguments
	{ServerPubInactive, "PUB_INACTIVE", "ServerPubInactive", Unavailable, retry, fromTable},                    // no cause is given; publishing again is the remedy
	{ServerNotSupportOper, "NOT_SUPPORT_OPER", "ServerNotSupportOper", FailedPrecondition, noRetry, fromTable}, // the vendor's example depends on the member's state
}, []alias[ServerCode]{
	{ServerBadRequest, "BAD_REQUEST", "ServerBadRequest"},
})

// ServerCodes returns every code of the server's set in the vendor's order,
// each value once (-501 appears as ServerException).
func ServerCodes() []ServerCode { return serverTable.codes() }

// ParseServerCode returns the code that s names: a vendor identifier such as
// "TICKET_EXPIRED" or "BAD_REQUEST", or a decimal number that fits int32.
// An unknown number parses and keeps its value; Known tells. Surrounding
// spaces are ignored. Anything else is a *ParseError.
func ParseServerCode(s string) (ServerCode, error) { return serverTable.parse(s) }

// String returns the vendor identifier, such as "TICKET_EXPIRED", or
// "ServerCode(-999)" for a value not in the table.
func (c ServerCode) String() string { return serverTable.String(c) }

// Error returns a stable English text with the set, identifier, number and
// description: "rtc server error TICKET_EXPIRED (-502): conference ticket expired".
func (c ServerCode) Error() string { return serverTable.Error(c) }

// Is reports whether target is the same code, or c's Kind.
func (c ServerCode) Is(target error) bool { return serverTable.is(c, target) }

// Set returns SetServer.
func (c ServerCode) Set() Set { return SetServer }

// Int returns the code's number.
func (c ServerCode) Int() int { return int(c) }

// Known reports whether the vendor's table lists c.
func (c ServerCode) Known() bool { return serverTable.known(c) }

// Description returns what c means, in the shipped language that best
// matches tag. For -501 it carries both of the table's texts.
func (c ServerCode) Description(tag language.Tag) string { return serverTable.description(c, tag) }

// Hint returns what the caller should do about c, in the shipped language
// that best matches tag.
func (c ServerCode) Hint(tag language.Tag) string { return serverTable.hint(c, tag) }

// Kind returns c's category; Unknown for a value not in the table.
func (c ServerCode) Kind() Kind { return serverTable.kind(c) }

// HTTPStatus returns the HTTP status of c's kind.
func (c ServerCode) HTTPStatus() int { return c.Kind().HTTPStatus() }

// Retryable reports whether the same request, sent again unchanged, can succeed.
func (c ServerCode) Retryable() bool { return serverTable.retryable(c) }

// MarshalJSON encodes c as its number.
func (c ServerCode) MarshalJSON() ([]byte, error) { return serverTable.marshalJSON(c), nil }

// UnmarshalJSON accepts a number, or a string that ParseServerCode accepts.
// null leaves c unchanged.
func (c *ServerCode) UnmarshalJSON(data []byte) error { return serverTable.unmarshalJSON(c, data) }

// LogValue logs c as a group of set, code, name, kind and English description.
func (c ServerCode) LogValue() slog.Value { return serverTable.logValue(c) }

// Documented reports whether the vendor's table of error codes lists c.
func (c ServerCode) Documented() bool { return serverTable.documented(c) }

// GoName returns the name of c's constant, or "" for an unknown code.
func (c ServerCode) GoName() string { return serverTable.goName(c) }

// Aliases returns the other vendor identifiers that parse to c.
func (c ServerCode) Aliases() []string { return serverTable.aliasesOf(c) }

func (ServerCode) isCode() {}
