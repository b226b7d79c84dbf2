package registry

// Server is the conference server's set.
var Server = Set{
	Name:     "server",
	Type:     "ServerCode",
	GoSet:    "SetServer",
	SetDoc:   "the conference server's set: 0 for success, negative numbers for failures.",
	File:     "server.go",
	TypeDoc:  "ServerCode is a code of the conference server's set: the numeric \"error\" of its responses. 0 is success; failures are negative. A ServerCode is an error; its value is its number, so an unknown number from a newer server is kept: its String is \"ServerCode(-999)\", and Known reports false.",
	ConstDoc: "The conference server's codes, in the vendor's order. Each comment gives the English description, then the vendor's Chinese.",
	Unknown:  Texts{En: Text{Description: "unknown server error code %d"}, Zh: Text{Description: "未知的服务端错误码 %d"}, ZhHant: Text{Description: "未知的伺服器錯誤碼 %d"}},
	Codes: []Code{
		{
			Value: 0, Name: "SUCCESS", GoName: "ServerSuccess",
			Kind: "OK", Retryable: false,
			Doc: "success. 成功",
			Texts: Texts{
				En:     Text{"success", "nothing to do"},
				Zh:     Text{"成功", "无需处理"},
				ZhHant: Text{"成功", "無須處理"},
			},
		},
		{
			Value: -100, Name: "TOKEN_AUTHZ_FAIL", GoName: "ServerTokenAuthzFail",
			Kind: "Unauthenticated", Retryable: false,
			Doc: "the user's IM token failed authentication. imtoken认证失败",
			Texts: Texts{
				En:     Text{"IM token authentication failed", "sign the user in to IM again to get a new token and send the request with it"},
				Zh:     Text{"imtoken认证失败", "请让用户重新登录 IM 获取新的 token，并用它发送请求"},
				ZhHant: Text{"IM token 驗證失敗", "請讓使用者重新登入 IM 取得新的 token，並用它傳送請求"},
			},
		},
		{
			Value: -101, Name: "ILLEGAL_RIGHTS", GoName: "ServerIllegalRights",
			Kind: "PermissionDenied", Retryable: false,
			Doc: "the member lacks the permission, e.g. an audience member tried to publish a stream. 权限不够，比如观众不允许发布流",
			Texts: Texts{
				En:     Text{"insufficient permission, e.g. an audience member may not publish a stream", "check the member's role: an audience member must become a speaker before publishing"},
				Zh:     Text{"权限不够，比如观众不允许发布流", "请检查成员角色：观众需先成为主播才能发布流"},
				ZhHant: Text{"權限不足，例如觀眾不得發布串流", "請檢查成員角色：觀眾須先成為發言者才能發布串流"},
			},
		},
		{
			Value: -200, Name: "REQUEST_PARAMS_ERROR", GoName: "ServerRequestParamsError",
			Kind: "InvalidArgument", Retryable: false,
			Doc: "the request's parameters are incorrect. 请求参数不正确",
			Texts: Texts{
				En:     Text{"incorrect request parameters", "check the request's parameters against the API documentation"},
				Zh:     Text{"请求参数不正确", "请对照 API 文档检查请求参数"},
				ZhHant: Text{"請求參數不正確", "請對照 API 文件檢查請求參數"},
			},
		},
		{
			Value: -301, Name: "CONFR_NOT_EXIST", GoName: "ServerConfrNotExist",
			Kind: "NotFound", Retryable: false,
			Doc: "the conference does not exist, possibly because it timed out. 会议不存在，可能是超时",
			Texts: Texts{
				En:     Text{"conference does not exist, possibly timed out", "if the conference ID is right, the conference most likely timed out, as no one joined it within its reserved time: create a new one"},
				Zh:     Text{"会议不存在，可能是超时", "请检查会议 ID；如 ID 无误，很可能是在预约时间内无人加入而超时：请创建新会议"},
				ZhHant: Text{"會議不存在，可能已逾時", "請檢查會議 ID；若 ID 無誤，很可能是在預約時間內無人加入而逾時：請建立新會議"},
			},
		},
		{
			Value: -302, Name: "CONFR_DISBAND", GoName: "ServerConfrDisband",
			Kind: "NotFound", Retryable: false,
			Why: "gone for good, like a conference that does not exist",
			Doc: "the conference was disbanded. 会议被解散",
			Texts: Texts{
				En:     Text{"conference disbanded", "the conference is over: leave it and tell the user"},
				Zh:     Text{"会议被解散", "会议已结束：请退出会议并告知用户"},
				ZhHant: Text{"會議已解散", "會議已結束：請離開會議並告知使用者"},
			},
		},
		{
			Value: -700, Name: "SYS_REFUSE_CRT_CONFR", GoName: "ServerSysRefuseCrtConfr",
			Kind: "PermissionDenied", Retryable: false,
			Doc: "creating a conference is not allowed. 不允许创建会议",
			Texts: Texts{
				En:     Text{"creating a conference is not allowed", "check the account's RTC settings in the console"},
				Zh:     Text{"不允许创建会议", "请在控制台检查该账号的 RTC 设置"},
				ZhHant: Text{"不允許建立會議", "請在主控台檢查此帳號的 RTC 設定"},
			},
		},
		{
			Value: -701, Name: "SYS_REFUSE_ENTER_CONFR", GoName: "ServerSysRefuseEnterConfr",
			Kind: "PermissionDenied", Retryable: false,
			Doc: "joining the conference is not allowed. 不允许加入会议",
			Texts: Texts{
				En:     Text{"joining the conference is not allowed", "check who may join the conference"},
				Zh:     Text{"不允许加入会议", "请检查该成员是否有权加入此会议"},
				ZhHant: Text{"不允許加入會議", "請檢查此成員是否有權加入此會議"},
			},
		},
		{
			Value: -702, Name: "SYS_REFUSE_CHANAGE_ROLES", GoName: "ServerSysRefuseChangeRoles",
			Note: "misspelled so on the wire",
			Kind: "PermissionDenied", Retryable: false,
			Doc: "changing member permissions (roles) is not allowed. 不允许更改成员权限",
			Texts: Texts{
				En:     Text{"changing member permissions (roles) is not allowed", "check that the caller may change members' roles in this conference"},
				Zh:     Text{"不允许更改成员权限", "请确认调用方有权更改该会议的成员权限"},
				ZhHant: Text{"不允許變更成員權限（角色）", "請確認發出請求的一方有權變更此會議的成員權限"},
			},
		},
		{
			Value: -706, Name: "RTC_SERVICE_NON_ACTIVATED", GoName: "ServerRTCServiceNonActivated",
			Kind: "PermissionDenied", Retryable: false,
			Why: "The account's service state forbids the call; the REST API answers 403 when the service is not enabled, and these four are of a piece.",
			Doc: "the RTC service cannot be used, e.g. it was never activated. rtc服务不可用，比如没有开通rtc服务",
			Texts: Texts{
				En:     Text{"RTC service cannot be used, e.g. the RTC service is not activated", "activate the RTC service for this app in the console"},
				Zh:     Text{"rtc服务不可用，比如没有开通rtc服务", "请在控制台为该应用开通 RTC 服务"},
				ZhHant: Text{"RTC 服務無法使用，例如尚未開通 RTC 服務", "請在主控台為此應用程式開通 RTC 服務"},
			},
		},
		{
			Value: -707, Name: "RTC_SERVICE_ARREARS", GoName: "ServerRTCServiceArrears",
			Kind: "PermissionDenied", Retryable: false,
			Doc: "the RTC service account is in arrears. rtc服务欠费",
			Texts: Texts{
				En:     Text{"RTC service in arrears", "pay the outstanding balance in the console"},
				Zh:     Text{"rtc服务欠费", "请在控制台结清欠费"},
				ZhHant: Text{"RTC 服務欠費", "請至主控台繳清欠費"},
			},
		},
		{
			Value: -708, Name: "RTC_SERVICE_DISABLE", GoName: "ServerRTCServiceDisable",
			Kind: "PermissionDenied", Retryable: false,
			Doc: "the RTC service is suspended. rtc服务被封",
			Texts: Texts{
				En:     Text{"RTC service suspended", "contact the vendor's support"},
				Zh:     Text{"rtc服务被封", "请联系服务商客服"},
				ZhHant: Text{"RTC 服務已遭停用", "請聯絡服務供應商客服"},
			},
		},
		{
			Value: -709, Name: "RTC_SERVICE_CLOSED", GoName: "ServerRTCServiceClosed",
			Kind: "PermissionDenied", Retryable: false,
			Doc: "the RTC service is closed. rtc服务被关闭",
			Texts: Texts{
				En:     Text{"RTC service closed", "check the service's status in the console"},
				Zh:     Text{"rtc服务被关闭", "请在控制台检查服务状态"},
				ZhHant: Text{"RTC 服務已關閉", "請在主控台檢查服務狀態"},
			},
		},
		{
			Value: -501, Name: "EXCEPTION", GoName: "ServerException",
			Kind: "InvalidArgument", Retryable: false,
			Why:     "both of -501's meanings are requests the server rejects as made",
			Doc:     "an abnormal operation, e.g. publishing a stream anyway when publishing is not allowed. The table lists -501 again as BAD_REQUEST; String returns EXCEPTION. 异常操作，比如在不允许pub流时强行pub流",
			Aliases: []Alias{{Name: "BAD_REQUEST", Note: "", GoName: "ServerBadRequest", Doc: "a bad request, which covers many cases. It is the same value as ServerException, which the table lists first. 错误的请求，包含很多情况"}},
			Texts: Texts{
				En:     Text{"abnormal operation, e.g. publishing a stream anyway when publishing is not allowed — or bad request, which covers many cases", "check the request and the member's state, and read the server's message, if any, for more"},
				Zh:     Text{"异常操作，比如在不允许pub流时强行pub流；错误的请求，包含很多情况", "请检查请求内容和成员状态；服务端返回的消息（如有）会给出更多信息"},
				ZhHant: Text{"異常操作，例如在不允許發布串流時強行發布；錯誤的請求，涵蓋多種情況", "請檢查請求內容與成員狀態；伺服器回傳的訊息（如有）會提供更多資訊"},
			},
		},
		{
			Value: -500, Name: "TICKET_INVALID", GoName: "ServerTicketInvalid",
			Kind: "Unauthenticated", Retryable: false,
			Doc: "the conference ticket is invalid, e.g. it could not be parsed. ticket不可用，比如解析失败",
			Texts: Texts{
				En:     Text{"conference ticket invalid, e.g. it could not be parsed", "get a new ticket and join again: join with the conference ID and password (the SDK fetches a new ticket), or ask the inviter for a new invitation"},
				Zh:     Text{"ticket不可用，比如解析失败", "请重新获取 ticket 后再加入会议：用会议 ID 和密码加入时，SDK 会获取新的 ticket；也可请邀请方重新发送邀请"},
				ZhHant: Text{"ticket 無法使用，例如解析失敗", "請重新取得 ticket 後再加入會議：以會議 ID 與密碼加入時，SDK 會取得新的 ticket；也可請邀請者重新傳送邀請"},
			},
		},
		{
			Value: -502, Name: "TICKET_EXPIRED", GoName: "ServerTicketExpired",
			Kind: "Unauthenticated", Retryable: false,
			Why: "the same ticket fails again: a new one is needed",
			Doc: "the conference ticket has expired. ticket过期",
			Texts: Texts{
				En:     Text{"conference ticket expired", "get a new ticket and join again: join with the conference ID and password (the SDK fetches a new ticket), or ask the inviter for a new invitation"},
				Zh:     Text{"ticket过期", "请重新获取 ticket 后再加入会议：用会议 ID 和密码加入时，SDK 会获取新的 ticket；也可请邀请方重新发送邀请"},
				ZhHant: Text{"ticket 已過期", "請重新取得 ticket 後再加入會議：以會議 ID 與密碼加入時，SDK 會取得新的 ticket；也可請邀請者重新傳送邀請"},
			},
		},
		{
			Value: -504, Name: "MEMBER_INVALID", GoName: "ServerMemberInvalid",
			Kind: "Unauthenticated", Retryable: false,
			Doc: "the member is not valid, e.g. its ticket failed verification or its membership expired. 成员不正确，比如ticket验证失败，成员过期",
			Texts: Texts{
				En:     Text{"invalid member, e.g. ticket verification failed or the membership expired", "get a new ticket and join again: join with the conference ID and password (the SDK fetches a new ticket), or ask the inviter for a new invitation"},
				Zh:     Text{"成员不正确，比如ticket验证失败，成员过期", "请重新获取 ticket 后再加入会议：用会议 ID 和密码加入时，SDK 会获取新的 ticket；也可请邀请方重新发送邀请"},
				ZhHant: Text{"成員不正確，例如 ticket 驗證失敗、成員資格已過期", "請重新取得 ticket 後再加入會議：以會議 ID 與密碼加入時，SDK 會取得新的 ticket；也可請邀請者重新傳送邀請"},
			},
		},
		{
			Value: -506, Name: "CONFR_INVALID", GoName: "ServerConfrInvalid",
			Kind: "NotFound", Retryable: false,
			Why: "expired or closed: gone, as CONFR_NOT_EXIST and CONFR_DISBAND",
			Doc: "the conference can no longer be used, e.g. it expired or was closed; its kind is NotFound, as for a conference that does not exist. 会议不可用，比如会议过期，被关闭",
			Texts: Texts{
				En:     Text{"conference can no longer be used, e.g. it expired or was closed", "create a new conference"},
				Zh:     Text{"会议不可用，比如会议过期，被关闭", "请创建新会议"},
				ZhHant: Text{"會議無法使用，例如會議已過期或已關閉", "請建立新會議"},
			},
		},
		{
			Value: -508, Name: "PASSWORD_INVALID", GoName: "ServerPasswordInvalid",
			Kind: "PermissionDenied", Retryable: false,
			Why: "the user is signed in; a 401 would wrongly send the app to its login screen",
			Doc: "the conference password is incorrect. 密码不正确",
			Texts: Texts{
				En:     Text{"incorrect password", "ask for the conference password again"},
				Zh:     Text{"密码不正确", "请让用户重新输入会议密码"},
				ZhHant: Text{"密碼不正確", "請讓使用者重新輸入會議密碼"},
			},
		},
		{
			Value: -510, Name: "NOT_SUPPORT_CLIENT", GoName: "ServerNotSupportClient",
			Kind: "FailedPrecondition", Retryable: false,
			Why: "The client or its codec is the caller's to change: not a fault of the server (5xx), and no retry mends it.",
			Doc: "the server does not support this client; the caller must update the SDK or use another client. 不支持的终端",
			Texts: Texts{
				En:     Text{"unsupported client", "update the app's SDK, or join from a supported client"},
				Zh:     Text{"不支持的终端", "请升级应用的 SDK，或使用受支持的终端加入"},
				ZhHant: Text{"不支援的用戶端", "請更新應用程式的 SDK，或改用支援的用戶端加入"},
			},
		},
		{
			Value: -520, Name: "SUBFAIL_NOT_SUPPORT_VCODES", GoName: "ServerSubfailNotSupportVcodes",
			Kind: "FailedPrecondition", Retryable: false,
			Doc: "subscribing failed: the subscriber's client or the server cannot decode the publisher's video codec. 不支持的编码方式",
			Texts: Texts{
				En:     Text{"unsupported codec", "subscribing failed: the publisher must use a video codec that both the subscriber's client and the server support"},
				Zh:     Text{"不支持的编码方式", "订阅失败：请让发布端使用订阅端和服务端都支持的视频编码"},
				ZhHant: Text{"不支援的編碼格式", "訂閱失敗：請讓發布端使用訂閱端的用戶端與伺服器都支援的視訊編碼格式"},
			},
		},
		{
			Value: -522, Name: "CONFR_MEMBER_TOO_MANY", GoName: "ServerConfrMemberTooMany",
			Kind: "ResourceExhausted", Retryable: false, HTTPStatus: 409,
			Why: "A capacity limit, not a rate limit: it passes when a member leaves, not because the request is sent again; answered 409 Conflict, with the conference's current state, rather than the 429 that invites a retry.",
			Doc: "the conference has too many members. 会议成员太多",
			Texts: Texts{
				En:     Text{"too many conference members", "the conference is full: wait for a member to leave, or use another conference"},
				Zh:     Text{"会议成员太多", "会议人数已满：请等待成员离开，或使用其他会议"},
				ZhHant: Text{"會議成員過多", "會議人數已滿：請等待成員離開，或改用其他會議"},
			},
		},
		{
			Value: -523, Name: "CONFR_TALKER_TOO_MANY", GoName: "ServerConfrTalkerTooMany",
			Kind: "ResourceExhausted", Retryable: false, HTTPStatus: 409,
			Why: "A capacity limit, not a rate limit: it passes when a speaker leaves, not because the request is sent again; answered 409 Conflict, with the conference's current state, rather than the 429 that invites a retry.",
			Doc: "the conference has too many speakers. 会议主播太多",
			Texts: Texts{
				En:     Text{"too many speakers in the conference", "join or stay as an audience member, or wait for a speaker to leave"},
				Zh:     Text{"会议主播太多", "请以观众身份加入或留在会议中，或等待主播离开"},
				ZhHant: Text{"會議發言者過多", "請以觀眾身分加入或留在會議中，或等待發言者離開"},
			},
		},
		{
			Value: -524, Name: "PUB_VIDEO_TOO_MANY", GoName: "ServerPubVideoTooMany",
			Kind: "ResourceExhausted", Retryable: false, HTTPStatus: 409,
			Why: "A capacity limit, not a rate limit: it passes when a video stream stops, not because the request is sent again; answered 409 Conflict, with the conference's current state, rather than the 429 that invites a retry.",
			Doc: "too many video streams are published. 发布视频流太多",
			Texts: Texts{
				En:     Text{"too many video streams published", "the conference's video stream limit is reached: publish audio only, or wait until another video stream stops, or stop one of this member's own video streams"},
				Zh:     Text{"发布视频流太多", "会议的视频流数量已达上限：请只发布音频，或等待其他视频流停止（或停止自己的一路视频流）"},
				ZhHant: Text{"發布的視訊串流過多", "會議的視訊串流數量已達上限：請只發布音訊，或等待其他視訊串流停止（或停止自己的一個視訊串流）"},
			},
		},
		{
			Value: -550, Name: "REQUIRE_SDP", GoName: "ServerRequireSDP",
			Kind: "InvalidArgument", Retryable: false,
			Doc: "the request must carry an SDP. 需要提供sdp",
			Texts: Texts{
				En:     Text{"an SDP must be provided", "send the request with its SDP"},
				Zh:     Text{"需要提供sdp", "请在请求中携带 SDP"},
				ZhHant: Text{"須提供 SDP", "請在請求中附上 SDP"},
			},
		},
		{
			Value: -552, Name: "REQUIRE_RTC", GoName: "ServerRequireRTC",
			Kind: "FailedPrecondition", Retryable: false,
			Why: "a property of the client, not of the request's arguments",
			Doc: "the client must support RTC. 需要支持rtc",
			Texts: Texts{
				En:     Text{"RTC support is required", "join from a client that supports RTC"},
				Zh:     Text{"需要支持rtc", "请使用支持 RTC 的终端加入"},
				ZhHant: Text{"須支援 RTC", "請使用支援 RTC 的用戶端加入"},
			},
		},
		{
			Value: -554, Name: "PUB_INACTIVE", GoName: "ServerPubInactive",
			Kind: "Unavailable", Retryable: true,
			Why: "no cause is given; publishing again is the remedy",
			Doc: "publishing the stream failed. 发布流失败",
			Texts: Texts{
				En:     Text{"publishing the stream failed", "publish the stream again, and check the network if it keeps failing"},
				Zh:     Text{"发布流失败", "请重新发布流；如持续失败，请检查网络"},
				ZhHant: Text{"發布串流失敗", "請重新發布串流；若持續失敗，請檢查網路"},
			},
		},
		{
			Value: -507, Name: "NOT_SUPPORT_OPER", GoName: "ServerNotSupportOper",
			Kind: "FailedPrecondition", Retryable: false,
			Why: "the vendor's example depends on the member's state",
			Doc: "the operation is not supported, e.g. an invisible member asked to change its stream settings. 不支持的操作，比如不可见的成员要求更改流设置",
			Texts: Texts{
				En:     Text{"unsupported operation, e.g. an invisible member asked to change stream settings", "check that the member's current state allows this operation"},
				Zh:     Text{"不支持的操作，比如不可见的成员要求更改流设置", "请检查成员当前的状态是否允许此操作"},
				ZhHant: Text{"不支援的操作，例如隱身成員要求變更串流設定", "請檢查成員目前的狀態是否允許此操作"},
			},
		},
	},
}
