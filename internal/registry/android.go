package registry

// Android is the Android SDK's set.
var Android = Set{
	Name:     "android",
	Type:     "AndroidCode",
	GoSet:    "SetAndroid",
	Number:   2,
	Table:    true,
	SetDoc:   "the Android SDK's set: positive numbers.",
	File:     "android.go",
	TypeDoc:  "AndroidCode is a code of the Android SDK's set, as an app reports it. Its numbers overlap the iOS set's with different meanings (809, 824), so an AndroidCode never equals an IOSCode. An unknown number is kept: its String is \"AndroidCode(999)\".",
	ConstDoc: "The Android SDK's codes, in the vendor's order, then the codes that only the shipped SDK defines. Each comment gives the English description, then the vendor's Chinese.",
	Unknown:  Texts{En: Text{Description: "unknown Android error code %d"}, Zh: Text{Description: "未知的 Android 错误码 %d"}, ZhHant: Text{Description: "未知的 Android 錯誤碼 %d"}},
	Codes: []Code{
		{
			Value: 1, Name: "GENERAL_ERROR", GoName: "AndroidGeneralError",
			Kind: "Unknown", Retryable: false, Remedy: "Investigate",
			Why: "no cause is given, so nothing says a retry helps",
			Doc: "a general error; the SDK reports failures it does not classify with this code.",
			Texts: Texts{
				En:     Text{"general error, raised for errors that have no specific code", "read the SDK's log and the error message for the cause"},
				Zh:     Text{"一般错误，未细分的错误一般通过此errorcode抛出来", "请查看 SDK 日志和错误信息以确定原因"},
				ZhHant: Text{"一般錯誤，未細分的錯誤通常以此錯誤碼拋出", "請查看 SDK 記錄檔與錯誤訊息以確定原因"},
			},
		},
		{
			Value: 2, Name: "NETWORK_ERROR", GoName: "AndroidNetworkError",
			Kind: "Unavailable", Retryable: true, Remedy: "Retry",
			Doc: "the network failed.",
			Texts: Texts{
				En:     Text{"network error", "check the device's network connection and try again"},
				Zh:     Text{"网络异常", "请检查设备的网络连接后重试"},
				ZhHant: Text{"網路異常", "請檢查裝置的網路連線後再試"},
			},
		},
		{
			Value: 800, Name: "CALL_INVALID_ID", GoName: "AndroidCallInvalidID",
			Kind: "InvalidArgument", Retryable: false, Remedy: "FixRequest",
			Doc: "the call ID is invalid.",
			Texts: Texts{
				En:     Text{"invalid call ID", "check the call ID passed to the SDK"},
				Zh:     Text{"callid无效", "请检查传给 SDK 的通话 ID"},
				ZhHant: Text{"通話 ID 無效", "請檢查傳給 SDK 的通話 ID"},
			},
		},
		{
			Value: 801, Name: "CALL_BUSY", GoName: "AndroidCallBusy",
			Kind: "FailedPrecondition", Retryable: false, Remedy: "FixRequest",
			Why: "passes only when the current call ends",
			Doc: "the user is busy in a call.",
			Texts: Texts{
				En:     Text{"user is busy: a call is in progress", "end the current call before starting or joining another"},
				Zh:     Text{"正在通话中", "请先结束当前通话，再发起或加入新的通话"},
				ZhHant: Text{"正在通話中", "請先結束目前的通話，再發起或加入新的通話"},
			},
		},
		{
			Value: 802, Name: "CALL_REMOTE_OFFLINE", GoName: "AndroidCallRemoteOffline",
			Kind: "FailedPrecondition", Retryable: false, Remedy: "TellUser",
			Why: "the other party's state, not an outage",
			Doc: "the other party is offline.",
			Texts: Texts{
				En:     Text{"the other party is offline", "call when the other party is back online"},
				Zh:     Text{"对方不在线", "请等对方上线后再呼叫"},
				ZhHant: Text{"對方不在線上", "請等對方上線後再撥打"},
			},
		},
		{
			Value: 803, Name: "CALL_CONNECTION_ERROR", GoName: "AndroidCallConnectionError",
			Kind: "Unavailable", Retryable: true, Remedy: "Retry",
			Doc: "the connection could not be established.",
			Texts: Texts{
				En:     Text{"failed to establish the connection", "check the network and try again"},
				Zh:     Text{"建立连接失败", "请检查网络后重试"},
				ZhHant: Text{"建立連線失敗", "請檢查網路後再試"},
			},
		},
		{
			Value: 804, Name: "CALL_CONFERENCE_CREATE_FAILED", GoName: "AndroidCallConferenceCreateFailed",
			Kind: "Unknown", Retryable: false, Remedy: "Investigate",
			Why: "no cause is given",
			Doc: "creating the conference failed.",
			Texts: Texts{
				En:     Text{"failed to create the conference", "read the SDK's log, and the server error code if one was reported with it"},
				Zh:     Text{"会议创建失败", "请查看 SDK 日志，以及随之上报的服务端错误码（如有）"},
				ZhHant: Text{"會議建立失敗", "請查看 SDK 記錄檔，以及隨之回報的伺服器錯誤碼（如有）"},
			},
		},
		{
			Value: 805, Name: "CALL_CONFERENCE_CANCEL", GoName: "AndroidCallConferenceCancel",
			Kind: "Canceled", Retryable: false, Remedy: "None",
			Doc: "the conference was canceled.",
			Texts: Texts{
				En:     Text{"conference canceled", "nothing to do"},
				Zh:     Text{"会议取消", "无需处理"},
				ZhHant: Text{"會議已取消", "無須處理"},
			},
		},
		{
			Value: 806, Name: "CALL_ALREADY_JOIN", GoName: "AndroidCallAlreadyJoin",
			Kind: "AlreadyExists", Retryable: false, Remedy: "None",
			Doc: "the user has already joined.",
			Texts: Texts{
				En:     Text{"already joined", "no need to join again"},
				Zh:     Text{"已经加入", "无需重复加入"},
				ZhHant: Text{"已經加入", "無須重複加入"},
			},
		},
		{
			Value: 807, Name: "CALL_ALREADY_PUB", GoName: "AndroidCallAlreadyPub",
			Kind: "AlreadyExists", Retryable: false, Remedy: "FixRequest",
			Doc: "the stream is already published.",
			Texts: Texts{
				En:     Text{"stream already published", "unpublish it first to publish it again"},
				Zh:     Text{"已经 Publish", "请先取消发布，再重新发布"},
				ZhHant: Text{"已經發布串流", "請先取消發布，再重新發布"},
			},
		},
		{
			Value: 808, Name: "CALL_ALREADY_SUB", GoName: "AndroidCallAlreadySub",
			Kind: "AlreadyExists", Retryable: false, Remedy: "None",
			Doc: "the user is already subscribed to the stream.",
			Texts: Texts{
				En:     Text{"already subscribed to the stream", "no need to subscribe again"},
				Zh:     Text{"已经 Subscribe", "无需重复订阅"},
				ZhHant: Text{"已經訂閱串流", "無須重複訂閱"},
			},
		},
		{
			Value: 809, Name: "CALL_NO_SESSION", GoName: "AndroidCallNoSession",
			Kind: "FailedPrecondition", Retryable: false, Remedy: "FixRequest",
			Why: "join first",
			Doc: "there is no session; on iOS, 809 means the call does not exist.",
			Texts: Texts{
				En:     Text{"no session", "join the conference before this operation"},
				Zh:     Text{"没有 Session", "请先加入会议再执行此操作"},
				ZhHant: Text{"沒有工作階段", "請先加入會議再執行此操作"},
			},
		},
		{
			Value: 810, Name: "CALL_NO_PUBLISH", GoName: "AndroidCallNoPublish",
			Kind: "FailedPrecondition", Retryable: false, Remedy: "FixRequest",
			Doc: "nothing is published.",
			Texts: Texts{
				En:     Text{"no stream published", "publish a stream before this operation"},
				Zh:     Text{"没有 Publish", "请先发布流再执行此操作"},
				ZhHant: Text{"沒有發布串流", "請先發布串流再執行此操作"},
			},
		},
		{
			Value: 811, Name: "CALL_NO_SUBSCRIBE", GoName: "AndroidCallNoSubscribe",
			Kind: "FailedPrecondition", Retryable: false, Remedy: "FixRequest",
			Doc: "the user is not subscribed to any stream.",
			Texts: Texts{
				En:     Text{"not subscribed to any stream", "subscribe to the stream before this operation"},
				Zh:     Text{"没有 Subscribe", "请先订阅该流再执行此操作"},
				ZhHant: Text{"沒有訂閱串流", "請先訂閱此串流再執行此操作"},
			},
		},
		{
			Value: 812, Name: "CALL_NO_STREAM", GoName: "AndroidCallNoStream",
			Kind: "NotFound", Retryable: false, Remedy: "FixRequest",
			Doc: "there is no such stream.",
			Texts: Texts{
				En:     Text{"no such stream", "the stream does not exist or was unpublished: refresh the conference's stream list"},
				Zh:     Text{"没有 Stream", "该流不存在或已取消发布：请刷新会议的流列表"},
				ZhHant: Text{"沒有串流", "此串流不存在或已取消發布：請重新整理會議的串流清單"},
			},
		},
		{
			Value: 813, Name: "CALL_TICKET_INVALID", GoName: "AndroidCallTicketInvalid",
			Kind: "Unauthenticated", Retryable: false, Remedy: "Rejoin",
			Doc: "the conference ticket is invalid.",
			Texts: Texts{
				En:     Text{"invalid conference ticket", "get a new ticket and join again: join with the conference ID and password (the SDK fetches a new ticket), or ask the inviter for a new invitation"},
				Zh:     Text{"会议 Ticket 无效", "请重新获取 ticket 后再加入会议：用会议 ID 和密码加入时，SDK 会获取新的 ticket；也可请邀请方重新发送邀请"},
				ZhHant: Text{"會議 ticket 無效", "請重新取得 ticket 後再加入會議：以會議 ID 與密碼加入時，SDK 會取得新的 ticket；也可請邀請者重新傳送邀請"},
			},
		},
		{
			Value: 814, Name: "CALL_TICKET_EXPIRED", GoName: "AndroidCallTicketExpired",
			Kind: "Unauthenticated", Retryable: false, Remedy: "Rejoin",
			Doc: "the conference ticket has expired.",
			Texts: Texts{
				En:     Text{"conference ticket expired", "get a new ticket and join again: join with the conference ID and password (the SDK fetches a new ticket), or ask the inviter for a new invitation"},
				Zh:     Text{"会议 Ticket 过期", "请重新获取 ticket 后再加入会议：用会议 ID 和密码加入时，SDK 会获取新的 ticket；也可请邀请方重新发送邀请"},
				ZhHant: Text{"會議 ticket 已過期", "請重新取得 ticket 後再加入會議：以會議 ID 與密碼加入時，SDK 會取得新的 ticket；也可請邀請者重新傳送邀請"},
			},
		},
		{
			Value: 815, Name: "CALL_SESSION_EXPIRED", GoName: "AndroidCallSessionExpired",
			Kind: "Unauthenticated", Retryable: false, Remedy: "Rejoin",
			Why: "like an expired ticket: join again with a new one",
			Doc: "the conference session expired.",
			Texts: Texts{
				En:     Text{"conference session expired", "join the conference again with the conference ID and password (the SDK fetches a new ticket)"},
				Zh:     Text{"会议会话过期", "请用会议 ID 和密码重新加入会议（SDK 会获取新的 ticket）"},
				ZhHant: Text{"會議工作階段已過期", "請以會議 ID 與密碼重新加入會議（SDK 會取得新的 ticket）"},
			},
		},
		{
			Value: 816, Name: "CALL_CONFERENCE_NO_EXIST", GoName: "AndroidCallConferenceNoExist",
			Kind: "NotFound", Retryable: false, Remedy: "TellUser",
			Doc: "the conference does not exist or has been disbanded.",
			Texts: Texts{
				En:     Text{"conference does not exist or has been disbanded", "check the conference ID, or create a new conference"},
				Zh:     Text{"会议不存在或者已经解散", "请检查会议 ID，或创建新会议"},
				ZhHant: Text{"會議不存在或已解散", "請檢查會議 ID，或建立新會議"},
			},
		},
		{
			Value: 817, Name: "CALL_INVALID_CAMERA_INDEX", GoName: "AndroidCallInvalidCameraIndex",
			Kind: "InvalidArgument", Retryable: false, Remedy: "FixRequest",
			Doc: "the camera index is invalid. Android only.",
			Texts: Texts{
				En:     Text{"invalid camera index", "choose the index of a camera the device has"},
				Zh:     Text{"无效的摄像头编号", "请选择设备上存在的摄像头编号"},
				ZhHant: Text{"無效的攝影機編號", "請選擇裝置上存在的攝影機編號"},
			},
		},
		{
			Value: 818, Name: "CALL_INVALID_PARAMS", GoName: "AndroidCallInvalidParams",
			Kind: "InvalidArgument", Retryable: false, Remedy: "FixRequest",
			Doc: "the conference parameters are invalid.",
			Texts: Texts{
				En:     Text{"invalid conference parameters", "check the conference parameters passed to the SDK"},
				Zh:     Text{"无效的会议参数", "请检查传给 SDK 的会议参数"},
				ZhHant: Text{"無效的會議參數", "請檢查傳給 SDK 的會議參數"},
			},
		},
		{
			Value: 819, Name: "CALL_CONNECTION_TIMEOUT", GoName: "AndroidCallConnectionTimeout",
			Kind: "DeadlineExceeded", Retryable: true, Remedy: "Retry",
			Doc: "the call's connection timed out. Android only.",
			Texts: Texts{
				En:     Text{"call connection timed out", "check the network and try again"},
				Zh:     Text{"通话连接超时", "请检查网络后重试"},
				ZhHant: Text{"通話連線逾時", "請檢查網路後再試"},
			},
		},
		{
			Value: 820, Name: "CALL_JOIN_TIMEOUT", GoName: "AndroidCallJoinTimeout",
			Kind: "DeadlineExceeded", Retryable: true, Remedy: "Retry",
			Doc: "joining the call timed out. Android only.",
			Texts: Texts{
				En:     Text{"joining the call timed out", "check the network and join again"},
				Zh:     Text{"通话加入超时", "请检查网络后重新加入"},
				ZhHant: Text{"加入通話逾時", "請檢查網路後重新加入"},
			},
		},
		{
			Value: 821, Name: "CALL_OTHER_DEVICE", GoName: "AndroidCallOtherDevice",
			Kind: "Aborted", Retryable: false, Remedy: "TellUser",
			Why: "rejoining would push the other device out in turn",
			Doc: "the user joined the conference from another device. Android only.",
			Texts: Texts{
				En:     Text{"the user joined the conference from another device", "do not rejoin from this device automatically: joining here would push the other device out"},
				Zh:     Text{"通过其他设备加入会议", "请勿在本设备上自动重新加入：在此加入会使另一台设备退出"},
				ZhHant: Text{"已透過其他裝置加入會議", "請勿在此裝置上自動重新加入：在此加入會使另一台裝置退出"},
			},
		},
		{
			Value: 822, Name: "CALL_CONFERENCE_DISMISS", GoName: "AndroidCallConferenceDismiss",
			Kind: "NotFound", Retryable: false, Remedy: "TellUser",
			Why: "as the server's CONFR_DISBAND",
			Doc: "the conference was disbanded. Android only.",
			Texts: Texts{
				En:     Text{"conference disbanded", "the conference is over: leave it and tell the user"},
				Zh:     Text{"会议解散", "会议已结束：请退出会议并告知用户"},
				ZhHant: Text{"會議已解散", "會議已結束：請離開會議並告知使用者"},
			},
		},
		{
			Value: 823, Name: "CALL_TALKER_ISFULL", GoName: "AndroidCallTalkerIsFull",
			Kind: "ResourceExhausted", Retryable: false, Remedy: "WaitForRoom", HTTPStatus: 409,
			Why: "A capacity limit, not a rate limit: it passes when a speaker leaves, not because the request is sent again; answered 409 Conflict, with the conference's current state, rather than the 429 that invites a retry.",
			Doc: "the conference has its maximum number of speakers.",
			Texts: Texts{
				En:     Text{"maximum number of speakers reached", "join or stay as an audience member, or wait for a speaker to leave"},
				Zh:     Text{"主播已满", "请以观众身份加入或留在会议中，或等待主播离开"},
				ZhHant: Text{"發言者人數已滿", "請以觀眾身分加入或留在會議中，或等待發言者離開"},
			},
		},
		{
			Value: 824, Name: "CALL_CONFERENCE_ALREADY_IN_CONFERENCE", GoName: "AndroidCallConferenceAlreadyInConference",
			Kind: "ResourceExhausted", Retryable: false, Remedy: "WaitForRoom", HTTPStatus: 409,
			Why:          "The table's identifier, but the advice of what the shipped SDK sends as 824: the video stream limit, a capacity limit that retrying does not pass, answered 409 Conflict rather than the 429 that invites a retry.",
			Disagreement: "the vendor's table names 824 CALL_CONFERENCE_ALREADY_IN_CONFERENCE, the speaker already in this conference; the shipped Android SDK defines it as CALL_VIDEO_ISFUll, the video stream limit, as iOS 824. The description gives both meanings, the table's first; the kind, advice and hint follow the SDK.",
			Doc:          "824 as the vendor's table names it, \"the speaker is already in this conference\"; but the shipped Android SDK defines 824 as CALL_VIDEO_ISFUll, the video stream limit, as iOS 824. No shipped SDK has the table's name, so the description gives both meanings and the kind and advice follow the SDK's.",
			Aliases:      []Alias{{Name: "CALL_VIDEO_ISFUll", Note: "spelled so in the shipped SDK", GoName: "AndroidCallVideoIsFull", Doc: "the conference has its maximum number of video streams. It is the same value as AndroidCallConferenceAlreadyInConference, the table's name for 824, which String returns."}},
			Texts: Texts{
				En:     Text{"speaker already in this conference, or maximum number of video streams reached", "the conference-wide video stream limit is reached: publish audio only, or wait until another video stream stops, or stop one of this member's own video streams"},
				Zh:     Text{"主播已经在当前会议中，或视频个数已达到上限", "整个会议的视频流数量已达上限：请只发布音频、等待其他视频流停止，或停止自己的一路视频流"},
				ZhHant: Text{"發言者已在目前的會議中，或視訊數量已達上限", "整個會議的視訊串流數量已達上限：請只發布音訊，或等待其他視訊串流停止（或停止自己的一個視訊串流）"},
			},
		},
		{
			Value: 825, Name: "CALL_PUSHCDN_ERROR", GoName: "AndroidCallPushCDNError",
			Kind: "Unavailable", Retryable: true, Remedy: "Retry",
			Origin: SDK,
			Why:    "pushing again is the remedy; the hint says what to check if it persists",
			Doc:    "pushing the stream to the CDN failed.",
			Texts: Texts{
				En:     Text{"pushing the stream to the CDN failed", "push the stream again, and check the CDN push URL and settings if it keeps failing"},
				Zh:     Text{"cdn推流错误", "请重新推流；如持续失败，请检查 CDN 推流地址和设置"},
				ZhHant: Text{"CDN 串流推送錯誤", "請重新推送串流；若持續失敗，請檢查 CDN 推送網址與設定"},
			},
		},
	},
}
