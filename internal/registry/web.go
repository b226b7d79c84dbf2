package registry

// Web is the set of the codes that the vendor's web SDK (EMedia) makes
// itself and rejects its calls with, as {error, errorType, errorMessage}.
// The SDK has no names for the numbers. -200 and -201 take the name of their
// only errorType; -203, which ten errorTypes share, and -9527 are named by
// this library, and the errorTypes of -203 parse to -203 as aliases.
var Web = Set{
	Name:     "web",
	Type:     "WebCode",
	GoSet:    "SetWeb",
	Number:   5,
	SetDoc:   "the web SDK's set: the codes it makes itself, negative numbers, some of which are also server codes with other meanings (-200).",
	File:     "web.go",
	TypeDoc:  "WebCode is a code that the vendor's web SDK (EMedia) makes itself, as a web app forwards it: the \"error\" of a rejected call whose errorType is the SDK's own, such as {\"error\": -200, \"errorType\": \"join_fail\"}. Its numbers overlap the server's with other meanings (-200 is also the server's REQUEST_PARAMS_ERROR), so a WebCode never equals a ServerCode; FromWeb reads a report and tells them apart. An unknown number is kept: its String is \"WebCode(-999)\".",
	ConstDoc: "The web SDK's codes. Each comment gives the English description, then the vendor's Chinese where the SDK or its demo gives one.",
	Unknown:  Texts{En: Text{Description: "unknown web SDK error code %d"}, Zh: Text{Description: "未知的 Web SDK 错误码 %d"}, ZhHant: Text{Description: "未知的 Web SDK 錯誤碼 %d"}},
	Codes: []Code{
		{
			Value: -200, Name: "join_fail", GoName: "WebJoinFail",
			Kind: "Unavailable", Retryable: true, Remedy: "Retry", Origin: SDK,
			Why: "most often the network or an enter timeout; where the server refused the join, its code is in the report's errorMessage, and FromWeb gives that code, which decides",
			Doc: "joining the conference failed, for any reason: the server refused it, the enter timed out (-9527), the connection failed, or opening the camera or microphone before joining failed. The server's code, where there is one, is in the errorMessage after \"cause: \". It is also the number of the server's REQUEST_PARAMS_ERROR, with another meaning.",
			Texts: Texts{
				En:     Text{"joining the conference failed", "join again, and if it keeps failing, check the network and that the browser may use the camera and microphone"},
				Zh:     Text{"加入会议失败", "请重新加入会议；如持续失败，请检查网络，以及浏览器是否已获准使用摄像头和麦克风"},
				ZhHant: Text{"加入會議失敗", "請重新加入會議；若持續失敗，請檢查網路，以及瀏覽器是否已獲准使用攝影機與麥克風"},
			},
		},
		{
			Value: -201, Name: "open_user_media_fail", GoName: "WebOpenUserMediaFail",
			Kind: "PermissionDenied", Retryable: false, Remedy: "TellUser", Origin: SDK,
			Doc: "opening the camera, the microphone or the screen capture failed or was refused, a user who cancels included; the demo tells the user 请检查摄像头或麦克风是否被允许.",
			Texts: Texts{
				En:     Text{"the camera, microphone or screen capture could not be opened", "the user must allow the browser to use the camera and microphone (a user who cancels gets this too), and desktop sharing needs a page served over HTTPS and the vendor's desktop-sharing extension"},
				Zh:     Text{"无法打开摄像头、麦克风或屏幕采集", "请让用户允许浏览器使用摄像头和麦克风（用户取消时也会得到此错误）；共享桌面时，请确认页面使用 HTTPS 并已安装共享桌面插件"},
				ZhHant: Text{"無法開啟攝影機、麥克風或螢幕擷取", "請讓使用者允許瀏覽器使用攝影機與麥克風（使用者取消時也會得到此錯誤）；分享桌面時，請確認網頁使用 HTTPS 並已安裝桌面分享擴充功能"},
			},
		},
		{
			Value: -203, Name: "operation_fail", Note: "named by this library; the SDK's errorTypes parse as aliases", GoName: "WebOperationFail",
			Kind: "Unavailable", Retryable: true, Remedy: "Retry", Origin: SDK,
			Why: "publishing, subscribing, muting or switching failed for a cause that the errorMessage gives, most often the network or the peer; doing it again is the remedy",
			Doc: "an operation on a stream failed: publishing (push_fail), subscribing (sub_fail), turning video or audio on or off (voff_fail, aoff_fail), changing the video constraints or the camera, or controlling a remote camera. The report's errorType says which; the server's code, where there is one, is in the errorMessage.",
			Aliases: []Alias{
				{Name: "push_fail", GoName: "WebPushFail", Doc: "publishing a stream failed; the same value as WebOperationFail."},
				{Name: "sub_fail", GoName: "WebSubFail", Doc: "subscribing to a stream failed; the same value as WebOperationFail."},
				{Name: "voff_fail", GoName: "WebVoffFail", Doc: "turning the video on or off failed; the same value as WebOperationFail."},
				{Name: "aoff_fail", GoName: "WebAoffFail", Doc: "turning the audio on or off failed; the same value as WebOperationFail."},
				{Name: "ChanageVideoConstraints_fail", Note: "misspelled so in the SDK", GoName: "WebChangeVideoConstraintsFail", Doc: "changing the video constraints failed; the same value as WebOperationFail."},
				{Name: "switch_camera_fail", GoName: "WebSwitchCameraFail", Doc: "switching or changing the camera failed; the same value as WebOperationFail."},
				{Name: "focusexpo_remote_fail", GoName: "WebFocusExpoRemoteFail", Doc: "setting a remote camera's focus or exposure failed; the same value as WebOperationFail."},
				{Name: "capture_remote_fail", GoName: "WebCaptureRemoteFail", Doc: "capturing a picture of, or zooming, a remote camera failed (the SDK reports a remote zoom with this errorType too); the same value as WebOperationFail."},
				{Name: "torch_remote_fail", GoName: "WebTorchRemoteFail", Doc: "turning a remote camera's torch on or off failed; the same value as WebOperationFail."},
				{Name: "freeze_remote_fail", GoName: "WebFreezeRemoteFail", Doc: "freezing a remote camera's frame failed; the same value as WebOperationFail."},
			},
			Texts: Texts{
				En:     Text{"an operation on a stream failed: publishing, subscribing, muting, or controlling a camera", "try the operation again, and check the network if it keeps failing"},
				Zh:     Text{"流操作失败：发布、订阅、静音或控制摄像头", "请重新执行该操作；如持续失败，请检查网络"},
				ZhHant: Text{"串流操作失敗：發布、訂閱、靜音或控制攝影機", "請重新執行該操作；若持續失敗，請檢查網路"},
			},
		},
		{
			Value: -9527, Name: "network_fail", Note: "named by this library", GoName: "WebNetworkFail",
			Kind: "Unavailable", Retryable: true, Remedy: "Retry", Origin: SDK,
			Doc: "the network or the session failed: the SDK gave up reconnecting, the session closed, or entering the conference timed out after 20 seconds; the readme labels it 失败,网络原因.",
			Texts: Texts{
				En:     Text{"the network or the session failed, or joining the conference timed out", "check the network, then join again"},
				Zh:     Text{"网络或会话失败，或加入会议超时", "请检查网络后重新加入会议"},
				ZhHant: Text{"網路或工作階段失敗，或加入會議逾時", "請檢查網路後重新加入會議"},
			},
		},
	},
}

// WebExit is the set of the reasons that the web SDK gives an app's
// onConferenceExit(reason, failed): why the member left the conference. A
// reason of 4 or 11 comes with the code that failed, which
// errcode.FromWebExit keeps.
var WebExit = Set{
	Name:     "webexit",
	Type:     "WebExitReason",
	GoSet:    "SetWebExit",
	Number:   6,
	SetDoc:   "the set of the web SDK's exit reasons, as onConferenceExit gives them: 0 for a normal hang-up, small positive numbers for the rest.",
	File:     "webexit.go",
	TypeDoc:  "WebExitReason is the reason the web SDK gives onConferenceExit(reason, failed) for a member's leaving the conference. Like a code, it has a kind, retry advice and texts; FromWebExit reads it with its failed code. An unknown number is kept: its String is \"WebExitReason(99)\". It is a number, a code of its own set, and is named after the SDK's own parameter, reason, which is how the app's developers and the vendor's documents know it; the gateway's string reasons are Reason.",
	ConstDoc: "The web SDK's exit reasons, with the labels of its readme and demo. The SDK makes 0, 2, 4 and 11 itself; the others come from the server, and are known only by those labels.",
	Unknown:  Texts{En: Text{Description: "unknown web SDK exit reason %d"}, Zh: Text{Description: "未知的 Web SDK 退出原因 %d"}, ZhHant: Text{Description: "未知的 Web SDK 退出原因 %d"}},
	Codes: []Code{
		{
			Value: 0, Name: "NORMAL", Note: "named by this library", GoName: "WebExitNormal",
			Kind: "OK", Retryable: false, Remedy: "None", Origin: SDK,
			Doc: "a normal hang-up: the app left, or the server closed the conference. On a first join that the server refused, the SDK gives 0 too, and the join's own rejection says why.",
			Texts: Texts{
				En:     Text{"normal hang-up: the member left or the conference ended", "nothing to do"},
				Zh:     Text{"正常挂断", "无需处理"},
				ZhHant: Text{"正常掛斷", "無須處理"},
			},
		},
		{
			Value: 1, Name: "NO_RESPONSE", Note: "named by this library", GoName: "WebExitNoResponse",
			Kind: "DeadlineExceeded", Retryable: true, Remedy: "Retry", Origin: SDK,
			Doc: "no response. The SDK never makes it; the server may send it.",
			Texts: Texts{
				En:     Text{"no response", "join again"},
				Zh:     Text{"没响应", "请重新加入会议"},
				ZhHant: Text{"沒有回應", "請重新加入會議"},
			},
		},
		{
			Value: 2, Name: "SERVER_REFUSED", Note: "named by this library", GoName: "WebExitServerRefused",
			Kind: "PermissionDenied", Retryable: false, Remedy: "TellUser", Origin: SDK,
			Disagreement: "the readme and the demo label 2 服务器拒绝 (the server refused); an older customer-service widget of the vendor labels it 拒绝接通 (the call was declined). The SDK gives 2 when the server refuses the enter with a code it does not map to 4 or 11, such as -501 or -523, without the code.",
			Doc:          "the server refused the member, with a code the SDK does not pass on.",
			Texts: Texts{
				En:     Text{"the server refused the member", "check the member's permissions and the conference's limits"},
				Zh:     Text{"服务器拒绝", "请检查成员的权限和会议的限制"},
				ZhHant: Text{"伺服器拒絕了此成員", "請檢查成員的權限與會議的限制"},
			},
		},
		{
			Value: 3, Name: "BUSY", Note: "named by this library", GoName: "WebExitBusy",
			Kind: "FailedPrecondition", Retryable: false, Remedy: "TellUser", Origin: SDK,
			Why: "the other side's state, not an outage",
			Doc: "the other side is busy. The SDK never makes it; the server may send it.",
			Texts: Texts{
				En:     Text{"the other party is busy", "call when the other party is free"},
				Zh:     Text{"对方忙", "请等对方空闲后再呼叫"},
				ZhHant: Text{"對方忙碌", "請等對方有空後再撥打"},
			},
		},
		{
			Value: 4, Name: "FAILED", Note: "named by this library", GoName: "WebExitFailed",
			Kind: "Unavailable", Retryable: true, Remedy: "Retry", Origin: SDK,
			Why: "most often the network; where a code failed, FromWebExit gives it, and it decides",
			Doc: "the member left because something failed: the network (failed is -9527), or the server refused a ticket, a member, a password or the client (failed is -500, -502, -504, -508 or -510). The Chinese is the readme's label, verbatim, its half-width comma included, as the library keeps the vendor's own words.",
			Texts: Texts{
				En:     Text{"the member left because of a network failure or a server refusal", "check the network and join again"},
				Zh:     Text{"失败,可能是网络或服务器拒绝", "请检查网络后重新加入会议"},
				ZhHant: Text{"失敗，可能是網路或伺服器拒絕", "請檢查網路後重新加入會議"},
			},
		},
		{
			Value: 5, Name: "UNSUPPORTED", Note: "named by this library", GoName: "WebExitUnsupported",
			Kind: "Unimplemented", Retryable: false, Remedy: "TellUser", Origin: SDK,
			Doc: "not supported. The SDK never makes it; the server may send it.",
			Texts: Texts{
				En:     Text{"the operation or client is not supported", "join from a supported browser and SDK version"},
				Zh:     Text{"不支持", "请使用受支持的浏览器和 SDK 版本加入"},
				ZhHant: Text{"不支援此操作或用戶端", "請使用支援的瀏覽器與 SDK 版本加入"},
			},
		},
		{
			Value: 6, Name: "TIMEOUT", Note: "named by this library", GoName: "WebExitTimeout",
			Kind: "DeadlineExceeded", Retryable: true, Remedy: "Retry", Origin: Demo,
			Disagreement: "only the vendor's web demo labels 6, as 超时 (timeout); its 1-to-1 call SDK uses 6 for offline and 1 for a timeout, and the SDK's readme lists no 6.",
			Doc:          "a timeout, by the label of the vendor's web demo.",
			Texts: Texts{
				En:     Text{"the member left after a timeout", "join again"},
				Zh:     Text{"超时", "请重新加入会议"},
				ZhHant: Text{"逾時", "請重新加入會議"},
			},
		},
		{
			Value: 10, Name: "OTHER_DEVICE", Note: "named by this library", GoName: "WebExitOtherDevice",
			Kind: "Aborted", Retryable: false, Remedy: "TellUser", Origin: SDK,
			Doc: "the member logged in on another device.",
			Texts: Texts{
				En:     Text{"the member logged in on another device", "do not rejoin from this device automatically: joining here would push the other device out"},
				Zh:     Text{"其他设备登录", "请勿在本设备上自动重新加入：在此加入会使另一台设备退出"},
				ZhHant: Text{"已在其他裝置登入", "請勿在此裝置上自動重新加入：在此加入會使另一台裝置退出"},
			},
		},
		{
			Value: 11, Name: "CONFERENCE_CLOSED", Note: "named by this library", GoName: "WebExitConferenceClosed",
			Kind: "NotFound", Retryable: false, Remedy: "TellUser", Origin: SDK,
			Doc: "the conference closed: failed is -506 (the conference is no longer valid) or -501.",
			Texts: Texts{
				En:     Text{"the conference was closed", "create a new conference, or ask its host for a new one"},
				Zh:     Text{"会议关闭", "请创建新会议，或请主持人另建会议"},
				ZhHant: Text{"會議已關閉", "請建立新會議，或請主持人另建會議"},
			},
		},
		{
			Value: 12, Name: "KICKED", Note: "named by this library", GoName: "WebExitKicked",
			Kind: "PermissionDenied", Retryable: false, Remedy: "TellUser", Origin: Demo,
			Disagreement: "only the vendor's web demo labels 12, as 被踢出了会议 (kicked out of the conference); the SDK's readme lists no 12.",
			Doc:          "the member was removed from the conference, by the label of the vendor's web demo.",
			Texts: Texts{
				En:     Text{"the member was removed from the conference", "do not rejoin automatically: ask the conference's host before joining again"},
				Zh:     Text{"被踢出了会议", "请勿自动重新加入：如需重新加入，请先联系会议的主持人"},
				ZhHant: Text{"已遭移出會議", "請勿自動重新加入：如需重新加入，請先聯絡會議的主持人"},
			},
		},
	},
}
