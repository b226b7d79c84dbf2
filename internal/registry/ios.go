package registry

// IOS is the iOS SDK's set.
var IOS = Set{
	Name:     "ios",
	Type:     "IOSCode",
	GoSet:    "SetIOS",
	Number:   3,
	Table:    true,
	SetDoc:   "the iOS SDK's set: positive numbers.",
	File:     "ios.go",
	TypeDoc:  "IOSCode is a code of the iOS SDK's set (the SDK's EMErrorCode), as an app reports it. Its numbers overlap the Android set's with different meanings (809, 824), so an IOSCode never equals an AndroidCode. An unknown number is kept: its String is \"IOSCode(999)\".",
	ConstDoc: "The iOS SDK's codes, in the vendor's order, with the codes that only the shipped SDK defines in their places by number. Each comment gives the English description, then the vendor's Chinese (the SDK header's, for the codes the table leaves out). The SDK's own names start with EMError, which the Go names drop.",
	Unknown:  Texts{En: Text{Description: "unknown iOS error code %d"}, Zh: Text{Description: "未知的 iOS 错误码 %d"}, ZhHant: Text{Description: "未知的 iOS 錯誤碼 %d"}},
	Codes: []Code{
		{
			Value: 1, Name: "EMErrorGeneral", GoName: "IOSGeneral",
			Kind: "Unknown", Retryable: false, Remedy: "Investigate",
			Why: "no cause is given, so nothing says a retry helps",
			Doc: "a general error.",
			Texts: Texts{
				En:     Text{"general error", "read the SDK's log and the error message for the cause"},
				Zh:     Text{"一般错误", "请查看 SDK 日志和错误信息以确定原因"},
				ZhHant: Text{"一般錯誤", "請查看 SDK 記錄檔與錯誤訊息以確定原因"},
			},
		},
		{
			Value: 2, Name: "EMErrorNetworkUnavailable", GoName: "IOSNetworkUnavailable",
			Kind: "Unavailable", Retryable: true, Remedy: "Retry",
			Doc: "the network is unavailable.",
			Texts: Texts{
				En:     Text{"network unavailable", "check the device's network connection and try again"},
				Zh:     Text{"网络不可用", "请检查设备的网络连接后重试"},
				ZhHant: Text{"網路無法使用", "請檢查裝置的網路連線後再試"},
			},
		},
		{
			Value: 800, Name: "EMErrorCallInvalidId", GoName: "IOSCallInvalidID",
			Kind: "InvalidArgument", Retryable: false, Remedy: "FixRequest",
			Doc: "the real-time call's ID is invalid.",
			Texts: Texts{
				En:     Text{"invalid real-time call ID", "check the call ID passed to the SDK"},
				Zh:     Text{"实时通话ID无效", "请检查传给 SDK 的通话 ID"},
				ZhHant: Text{"即時通話 ID 無效", "請檢查傳給 SDK 的通話 ID"},
			},
		},
		{
			Value: 801, Name: "EMErrorCallBusy", GoName: "IOSCallBusy",
			Kind: "FailedPrecondition", Retryable: false, Remedy: "FixRequest",
			Why: "passes only when the current call ends",
			Doc: "the user is busy, already in a real-time call.",
			Texts: Texts{
				En:     Text{"user is busy: already in a real-time call", "end the current call before starting or joining another"},
				Zh:     Text{"已经在进行实时通话了", "请先结束当前通话，再发起或加入新的通话"},
				ZhHant: Text{"已在進行即時通話", "請先結束目前的通話，再發起或加入新的通話"},
			},
		},
		{
			Value: 802, Name: "EMErrorCallRemoteOffline", GoName: "IOSCallRemoteOffline",
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
			Value: 803, Name: "EMErrorCallConnectFailed", GoName: "IOSCallConnectFailed",
			Kind: "Unavailable", Retryable: true, Remedy: "Retry",
			Doc: "the real-time call's connection could not be established.",
			Texts: Texts{
				En:     Text{"failed to establish the connection for the real-time call", "check the network and try again"},
				Zh:     Text{"实时通话建立连接失败", "请检查网络后重试"},
				ZhHant: Text{"即時通話建立連線失敗", "請檢查網路後再試"},
			},
		},
		{
			Value: 804, Name: "EMErrorCallCreateFailed", GoName: "IOSCallCreateFailed",
			Kind: "Unknown", Retryable: false, Remedy: "Investigate",
			Why: "no cause is given",
			Doc: "creating the real-time call failed.",
			Texts: Texts{
				En:     Text{"failed to create the real-time call", "read the SDK's log, and the server error code if one was reported with it"},
				Zh:     Text{"创建实时通话失败", "请查看 SDK 日志，以及随之上报的服务端错误码（如有）"},
				ZhHant: Text{"建立即時通話失敗", "請查看 SDK 記錄檔，以及隨之回報的伺服器錯誤碼（如有）"},
			},
		},
		{
			Value: 805, Name: "EMErrorCallCancel", GoName: "IOSCallCancel",
			Kind: "Canceled", Retryable: false, Remedy: "None",
			Doc: "the real-time call was canceled.",
			Texts: Texts{
				En:     Text{"real-time call canceled", "nothing to do"},
				Zh:     Text{"取消实时通话", "无需处理"},
				ZhHant: Text{"已取消即時通話", "無須處理"},
			},
		},
		{
			Value: 806, Name: "EMErrorCallAlreadyJoined", GoName: "IOSCallAlreadyJoined",
			Kind: "AlreadyExists", Retryable: false, Remedy: "None",
			Doc: "the user has already joined the real-time call.",
			Texts: Texts{
				En:     Text{"already joined the real-time call", "no need to join again"},
				Zh:     Text{"已经加入了实时通话", "无需重复加入"},
				ZhHant: Text{"已加入即時通話", "無須重複加入"},
			},
		},
		{
			Value: 807, Name: "EMErrorCallAlreadyPub", GoName: "IOSCallAlreadyPub",
			Kind: "AlreadyExists", Retryable: false, Remedy: "FixRequest",
			Doc: "the local stream is already published.",
			Texts: Texts{
				En:     Text{"local stream already published", "unpublish it first to publish it again"},
				Zh:     Text{"已经上传了本地数据流", "请先取消发布，再重新发布"},
				ZhHant: Text{"已上傳本機資料串流", "請先取消發布，再重新發布"},
			},
		},
		{
			Value: 808, Name: "EMErrorCallAlreadySub", GoName: "IOSCallAlreadySub",
			Kind: "AlreadyExists", Retryable: false, Remedy: "None",
			Doc: "the user is already subscribed to the stream.",
			Texts: Texts{
				En:     Text{"already subscribed to the stream", "no need to subscribe again"},
				Zh:     Text{"已经订阅了该数据流", "无需重复订阅"},
				ZhHant: Text{"已訂閱此資料串流", "無須重複訂閱"},
			},
		},
		{
			Value: 809, Name: "EMErrorCallNotExist", GoName: "IOSCallNotExist",
			Kind: "NotFound", Retryable: false, Remedy: "TellUser",
			Doc: "the real-time call does not exist; on Android, 809 means there is no session.",
			Texts: Texts{
				En:     Text{"real-time call does not exist", "check the call ID, or start a new call"},
				Zh:     Text{"实时通话不存在", "请检查通话 ID，或发起新的通话"},
				ZhHant: Text{"即時通話不存在", "請檢查通話 ID，或發起新的通話"},
			},
		},
		{
			Value: 810, Name: "EMErrorCallNoPublish", GoName: "IOSCallNoPublish",
			Kind: "FailedPrecondition", Retryable: false, Remedy: "FixRequest",
			Doc: "the real-time call has no published stream.",
			Texts: Texts{
				En:     Text{"no stream published in the real-time call", "publish a stream before this operation"},
				Zh:     Text{"实时通话没有已经上传的数据流", "请先发布流再执行此操作"},
				ZhHant: Text{"即時通話沒有已上傳的資料串流", "請先發布串流再執行此操作"},
			},
		},
		{
			Value: 811, Name: "EMErrorCallNoSubscribe", GoName: "IOSCallNoSubscribe",
			Kind: "FailedPrecondition", Retryable: false, Remedy: "FixRequest",
			Doc: "the real-time call has no stream that can be subscribed to.",
			Texts: Texts{
				En:     Text{"no stream to subscribe to in the real-time call", "subscribe to a published stream, or wait for one to be published"},
				Zh:     Text{"实时通话没有订阅数据流", "请订阅已发布的流，或等待有流发布"},
				ZhHant: Text{"即時通話中沒有可訂閱的資料串流", "請訂閱已發布的串流，或等待有串流發布"},
			},
		},
		{
			Value: 812, Name: "EMErrorCallNoStream", GoName: "IOSCallNoStream",
			Kind: "NotFound", Retryable: false, Remedy: "FixRequest",
			Doc: "the real-time call has no such stream.",
			Texts: Texts{
				En:     Text{"no stream in the real-time call", "the stream does not exist or was unpublished: refresh the call's stream list"},
				Zh:     Text{"实时通话没有数据流", "该流不存在或已取消发布：请刷新通话的流列表"},
				ZhHant: Text{"即時通話沒有資料串流", "此串流不存在或已取消發布：請重新整理通話的串流清單"},
			},
		},
		{
			Value: 813, Name: "EMErrorCallInvalidTicket", GoName: "IOSCallInvalidTicket",
			Kind: "Unauthenticated", Retryable: false, Remedy: "Rejoin",
			Doc: "the conference ticket is invalid.",
			Texts: Texts{
				En:     Text{"invalid conference ticket", "get a new ticket and join the call again: join with the conference ID and password (the SDK fetches a new ticket), or ask the inviter for a new invitation"},
				Zh:     Text{"无效的ticket", "请重新获取 ticket 后再加入通话：用会议 ID 和密码加入时，SDK 会获取新的 ticket；也可请邀请方重新发送邀请"},
				ZhHant: Text{"無效的 ticket", "請重新取得 ticket 後再加入通話：以會議 ID 與密碼加入時，SDK 會取得新的 ticket；也可請邀請者重新傳送邀請"},
			},
		},
		{
			Value: 814, Name: "EMErrorCallTicketExpired", GoName: "IOSCallTicketExpired",
			Kind: "Unauthenticated", Retryable: false, Remedy: "Rejoin",
			Doc: "the conference ticket has expired.",
			Texts: Texts{
				En:     Text{"conference ticket expired", "get a new ticket and join the call again: join with the conference ID and password (the SDK fetches a new ticket), or ask the inviter for a new invitation"},
				Zh:     Text{"ticket已过期", "请重新获取 ticket 后再加入通话：用会议 ID 和密码加入时，SDK 会获取新的 ticket；也可请邀请方重新发送邀请"},
				ZhHant: Text{"ticket 已過期", "請重新取得 ticket 後再加入通話：以會議 ID 與密碼加入時，SDK 會取得新的 ticket；也可請邀請者重新傳送邀請"},
			},
		},
		{
			Value: 815, Name: "EMErrorCallSessionExpired", GoName: "IOSCallSessionExpired",
			Kind: "Unauthenticated", Retryable: false, Remedy: "Rejoin",
			Why: "like an expired ticket: join again with a new one",
			Doc: "the real-time call expired.",
			Texts: Texts{
				En:     Text{"real-time call expired", "join the call again with the conference ID and password (the SDK fetches a new ticket)"},
				Zh:     Text{"实时通话已过期", "请用会议 ID 和密码重新加入通话（SDK 会获取新的 ticket）"},
				ZhHant: Text{"即時通話已過期", "請以會議 ID 與密碼重新加入通話（SDK 會取得新的 ticket）"},
			},
		},
		{
			Value: 816, Name: "EMErrorCallRoomNotExist", GoName: "IOSCallRoomNotExist",
			Kind: "NotFound", Retryable: false, Remedy: "TellUser",
			Origin: SDK,
			Doc:    "the conference or whiteboard does not exist.",
			Texts: Texts{
				En:     Text{"conference or whiteboard does not exist", "check the ID of the conference or whiteboard, or create a new one"},
				Zh:     Text{"会议或白板不存在", "请检查会议或白板的 ID，或新建会议或白板"},
				ZhHant: Text{"會議或白板不存在", "請檢查會議或白板的 ID，或建立新的會議或白板"},
			},
		},
		{
			Value: 818, Name: "EMErrorCallInvalidParams", GoName: "IOSCallInvalidParams",
			Kind: "InvalidArgument", Retryable: false, Remedy: "FixRequest",
			Doc: "the conference parameters are invalid.",
			Texts: Texts{
				En:     Text{"invalid conference parameters", "check the conference parameters passed to the SDK"},
				Zh:     Text{"无效的会议参数", "请检查传给 SDK 的会议参数"},
				ZhHant: Text{"無效的會議參數", "請檢查傳給 SDK 的會議參數"},
			},
		},
		{
			Value: 823, Name: "EMErrorCallSpeakerFull", GoName: "IOSCallSpeakerFull",
			Kind: "ResourceExhausted", Retryable: false, Remedy: "WaitForRoom", HTTPStatus: 409,
			Why: "A capacity limit, not a rate limit: it passes when a speaker leaves, not because the request is sent again; answered 409 Conflict, with the conference's current state, rather than the 429 that invites a retry.",
			Doc: "the conference has its maximum number of speakers.",
			Texts: Texts{
				En:     Text{"maximum number of speakers reached", "join or stay as an audience member, or wait for a speaker to leave"},
				Zh:     Text{"主播个数已达到上限", "请以观众身份加入或留在会议中，或等待主播离开"},
				ZhHant: Text{"發言者人數已達上限", "請以觀眾身分加入或留在會議中，或等待發言者離開"},
			},
		},
		{
			Value: 824, Name: "EMErrorCallVideoFull", GoName: "IOSCallVideoFull",
			Kind: "ResourceExhausted", Retryable: false, Remedy: "WaitForRoom", HTTPStatus: 409,
			Why: "A capacity limit, not a rate limit: it passes when a video stream stops, not because the request is sent again; answered 409 Conflict, with the conference's current state, rather than the 429 that invites a retry.",
			Doc: "the conference has its maximum number of video streams, as the shipped Android SDK's 824; the vendor's table gives Android 824 another meaning.",
			Texts: Texts{
				En:     Text{"maximum number of video streams reached", "the conference's video stream limit is reached: publish audio only, or wait until another video stream stops, or stop one of this member's own video streams"},
				Zh:     Text{"视频个数已达到上限", "会议的视频流数量已达上限：请只发布音频、等待其他视频流停止，或停止自己的一路视频流"},
				ZhHant: Text{"視訊數量已達上限", "會議的視訊串流數量已達上限：請只發布音訊、等待其他視訊串流停止，或停止自己的一個視訊串流"},
			},
		},
		{
			Value: 825, Name: "EMErrorCallCDNError", GoName: "IOSCallCDNError",
			Kind: "Unavailable", Retryable: true, Remedy: "Retry",
			Why: "pushing again is the remedy; the hint says what to check if it persists",
			Doc: "pushing the stream to the CDN failed.",
			Texts: Texts{
				En:     Text{"pushing the stream to the CDN failed", "push the stream again, and check the CDN push URL and settings if it keeps failing"},
				Zh:     Text{"cdn推流错误", "请重新推流；如持续失败，请检查 CDN 推流地址和设置"},
				ZhHant: Text{"CDN 串流推送錯誤", "請重新推送串流；若持續失敗，請檢查 CDN 推送網址與設定"},
			},
		},
		{
			Value: 826, Name: "EMErrorCallDesktopFull", GoName: "IOSCallDesktopFull",
			Kind: "ResourceExhausted", Retryable: false, Remedy: "WaitForRoom", HTTPStatus: 409,
			Origin: SDK,
			Why:    "A capacity limit, not a rate limit: it passes when a shared desktop stops, not because the request is sent again; answered 409 Conflict, with the conference's current state, rather than the 429 that invites a retry.",
			Doc:    "the conference has its maximum number of shared desktops.",
			Texts: Texts{
				En:     Text{"maximum number of shared desktops reached", "wait until someone stops sharing a desktop, or stop sharing one of this member's own desktops"},
				Zh:     Text{"共享桌面个数已达到上限", "请等待其他人停止共享桌面，或停止自己的一路桌面共享"},
				ZhHant: Text{"桌面分享數量已達上限", "請等待其他人停止桌面分享，或停止自己的桌面分享"},
			},
		},
		{
			Value: 827, Name: "EMErrorCallAutoAudioFail", GoName: "IOSCallAutoAudioFail",
			Kind: "Unavailable", Retryable: true, Remedy: "Retry",
			Origin: SDK,
			Why:    "no cause is given; publishing or subscribing again is the remedy, as for PUB_INACTIVE",
			Doc:    "automatic publishing of, or subscribing to, the audio stream failed.",
			Texts: Texts{
				En:     Text{"automatically publishing or subscribing to the audio stream failed", "publish or subscribe to the audio stream again, and check the network if it keeps failing"},
				Zh:     Text{"自动发布订阅音频失败", "请重新发布或订阅音频流；如持续失败，请检查网络"},
				ZhHant: Text{"自動發布或訂閱音訊失敗", "請重新發布或訂閱音訊串流；若持續失敗，請檢查網路"},
			},
		},
	},
}
