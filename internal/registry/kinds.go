package registry

// Kinds lists the kinds, numbered as gRPC's canonical codes.
var Kinds = []Kind{
	{
		GoName: "OK", Name: "OK", Error: "ok", HTTPStatus: 200, Retryable: false, Remedy: "None",
		Doc: "is success: the server's SUCCESS.",
		Texts: Texts{
			En:     Text{"success", "nothing to do"},
			Zh:     Text{"成功", "无需处理"},
			ZhHant: Text{"成功", "無須處理"},
		},
	},
	{
		GoName: "Canceled", Name: "CANCELLED", Error: "canceled", HTTPStatus: 499, Retryable: false, Remedy: "None",
		Doc: "means the operation was canceled, typically by the caller.",
		Texts: Texts{
			En:     Text{"the operation was canceled", "nothing to do"},
			Zh:     Text{"操作已取消", "无需处理"},
			ZhHant: Text{"操作已取消", "無須處理"},
		},
	},
	{
		GoName: "Unknown", Name: "UNKNOWN", Error: "unknown error", HTTPStatus: 500, Retryable: false, Remedy: "Investigate",
		Doc: "is a failure with no more specific kind, and the kind of any code that is not in the table.",
		Texts: Texts{
			En:     Text{"the request failed for a reason that is not known", "contact support if it keeps failing: the cause is in the service's logs"},
			Zh:     Text{"请求失败，原因未知", "请联系技术支持：原因记录在服务的日志中"},
			ZhHant: Text{"請求失敗，原因不明", "請聯絡技術支援：原因記錄在服務的記錄檔中"},
		},
	},
	{
		GoName: "InvalidArgument", Name: "INVALID_ARGUMENT", Error: "invalid argument", HTTPStatus: 400, Retryable: false, Remedy: "FixRequest",
		Doc: "means the request itself is wrong, whatever the state of the system.",
		Texts: Texts{
			En:     Text{"the RTC service rejected the request as invalid", "check the request's parameters"},
			Zh:     Text{"RTC 服务认为请求无效", "请检查请求参数"},
			ZhHant: Text{"RTC 服務認為請求無效", "請檢查請求參數"},
		},
	},
	{
		GoName: "DeadlineExceeded", Name: "DEADLINE_EXCEEDED", Error: "deadline exceeded", HTTPStatus: 504, Retryable: true, Remedy: "Retry",
		Doc: "means the operation timed out before it completed.",
		Texts: Texts{
			En:     Text{"the request did not complete in time", "try again"},
			Zh:     Text{"请求未能及时完成", "请重试"},
			ZhHant: Text{"請求未能及時完成", "請再試一次"},
		},
	},
	{
		GoName: "NotFound", Name: "NOT_FOUND", Error: "not found", HTTPStatus: 404, Retryable: false, Remedy: "FixRequest",
		Doc: "means the conference, call or stream does not exist (any more).",
		Texts: Texts{
			En:     Text{"the conference or resource was not found on the RTC service", "check the ID of the conference or resource"},
			Zh:     Text{"RTC 服务上找不到该会议或资源", "请检查会议或资源的 ID"},
			ZhHant: Text{"RTC 服務上找不到此會議或資源", "請檢查會議或資源的 ID"},
		},
	},
	{
		GoName: "AlreadyExists", Name: "ALREADY_EXISTS", Error: "already exists", HTTPStatus: 409, Retryable: false, Remedy: "FixRequest",
		Doc: "means what the caller tried to create or join is already there.",
		Texts: Texts{
			En:     Text{"the conference, member or stream already exists", "use the existing one"},
			Zh:     Text{"会议、成员或流已存在", "请直接使用已有的资源"},
			ZhHant: Text{"會議、成員或串流已存在", "請直接使用既有的資源"},
		},
	},
	{
		GoName: "PermissionDenied", Name: "PERMISSION_DENIED", Error: "permission denied", HTTPStatus: 403, Retryable: false, Remedy: "FixRequest",
		Doc: "means the caller is known but not allowed to do this.",
		Texts: Texts{
			En:     Text{"the RTC service denied permission", "check the permissions of the account and the member"},
			Zh:     Text{"拒绝访问：权限不足", "请检查账号和成员的权限"},
			ZhHant: Text{"拒絕存取：權限不足", "請檢查帳號與成員的權限"},
		},
	},
	{
		GoName: "ResourceExhausted", Name: "RESOURCE_EXHAUSTED", Error: "resource exhausted", HTTPStatus: 429, Retryable: true, Remedy: "SlowDown",
		Doc: "means a limit was reached. Alone, as for an HTTP 429 with nothing more specific, it means a rate limit: pause, then retry with backoff. Capacity limits (members, speakers, video streams, shared desktops) are codes of this kind that are not retryable.",
		Texts: Texts{
			En:     Text{"too many requests: a rate limit of the RTC service was reached", "pause, then retry with backoff"},
			Zh:     Text{"请求过于频繁：已达到 RTC 服务的频率限制", "请暂停片刻，再按退避策略重试"},
			ZhHant: Text{"請求過於頻繁：已達 RTC 服務的頻率限制", "請暫停片刻，再依退避（backoff）策略重試"},
		},
	},
	{
		GoName: "FailedPrecondition", Name: "FAILED_PRECONDITION", Error: "failed precondition", HTTPStatus: 400, Retryable: false, Remedy: "FixRequest",
		Doc: "means the system is not in the state the operation needs, such as publishing before joining.",
		Texts: Texts{
			En:     Text{"the operation is not allowed in the current state", "check the current state, such as the conference's and the member's, before doing it again"},
			Zh:     Text{"当前状态不允许此操作", "请先检查当前状态（如会议和成员的状态），再执行此操作"},
			ZhHant: Text{"目前的狀態不允許此操作", "請先檢查目前的狀態（如會議與成員的狀態），再執行此操作"},
		},
	},
	{
		GoName: "Aborted", Name: "ABORTED", Error: "aborted", HTTPStatus: 409, Retryable: false, Remedy: "FixRequest",
		Doc: "means the operation was cut short by a concurrent event, such as the same user joining from another device.",
		Texts: Texts{
			En:     Text{"the operation was aborted by a concurrent event", "check the current state before doing anything else"},
			Zh:     Text{"操作被并发事件中止", "请先检查当前状态，再决定下一步"},
			ZhHant: Text{"操作遭並行事件中止", "請先檢查目前的狀態，再決定下一步"},
		},
	},
	{
		GoName: "OutOfRange", Name: "OUT_OF_RANGE", Error: "out of range", HTTPStatus: 400, Retryable: false, Remedy: "FixRequest",
		Doc: "means a value is past the valid range.",
		Texts: Texts{
			En:     Text{"a value is out of range", "check the request's parameters"},
			Zh:     Text{"数值超出范围", "请检查请求参数"},
			ZhHant: Text{"數值超出範圍", "請檢查請求參數"},
		},
	},
	{
		GoName: "Unimplemented", Name: "UNIMPLEMENTED", Error: "unimplemented", HTTPStatus: 501, Retryable: false, Remedy: "FixRequest",
		Doc: "means the operation, client or codec is not supported.",
		Texts: Texts{
			En:     Text{"the operation is not supported by the RTC service", "use a supported client or operation"},
			Zh:     Text{"RTC 服务不支持该操作", "请使用受支持的终端或操作"},
			ZhHant: Text{"RTC 服務不支援此操作", "請使用支援的用戶端或操作"},
		},
	},
	{
		GoName: "Internal", Name: "INTERNAL", Error: "internal error", HTTPStatus: 500, Retryable: false, Remedy: "Investigate",
		Doc: "means something broke inside the service.",
		Texts: Texts{
			En:     Text{"the service failed internally", "contact support if it keeps failing: the cause is in the service's logs"},
			Zh:     Text{"服务内部错误", "请联系技术支持：原因记录在服务的日志中"},
			ZhHant: Text{"服務內部錯誤", "請聯絡技術支援：原因記錄在服務的記錄檔中"},
		},
	},
	{
		GoName: "Unavailable", Name: "UNAVAILABLE", Error: "unavailable", HTTPStatus: 503, Retryable: true, Remedy: "Retry",
		Doc: "means the service or the network is unavailable for now: the request can be retried, with backoff.",
		Texts: Texts{
			En:     Text{"the RTC service is unavailable", "try again later"},
			Zh:     Text{"RTC 服务暂不可用", "请稍后再试"},
			ZhHant: Text{"RTC 服務暫時無法使用", "請稍後再試"},
		},
	},
	{
		GoName: "DataLoss", Name: "DATA_LOSS", Error: "data loss", HTTPStatus: 500, Retryable: false, Remedy: "Investigate",
		Doc: "means unrecoverable loss or corruption of data.",
		Texts: Texts{
			En:     Text{"data was lost", "contact support: the cause is in the service's logs"},
			Zh:     Text{"数据丢失", "请联系技术支持：原因记录在服务的日志中"},
			ZhHant: Text{"資料遺失", "請聯絡技術支援：原因記錄在服務的記錄檔中"},
		},
	},
	{
		GoName: "Unauthenticated", Name: "UNAUTHENTICATED", Error: "unauthenticated", HTTPStatus: 401, Retryable: false, Remedy: "RefreshToken",
		Doc: "means the credentials are missing, invalid or expired: a token, a conference ticket, a session.",
		Texts: Texts{
			En:     Text{"the RTC service could not authenticate the request", "get a new token, or a new ticket by joining again"},
			Zh:     Text{"RTC 服务无法验证请求的身份", "请获取新的 token，或重新加入以获取新的 ticket"},
			ZhHant: Text{"RTC 服務無法驗證請求的身分", "請取得新的 token，或重新加入以取得新的 ticket"},
		},
	},
}
