package registry

// Gateway lists the REST gateway's reasons, in the order of the vendor's REST error reference.
var Gateway = []Reason{
	{
		Reason: "invalid_grant", GoName: "ReasonInvalidGrant", Status: "400",
		Kind: "Unauthenticated", Retryable: false, Remedy: "FixCredentials",
		Why: "wrong credentials, though sent with a 400",
		Doc: "the credentials used to get a token are wrong, the user's password or the app's client_id or client_secret.",
		Texts: Texts{
			En:     Text{"the credentials used to get a token are wrong: the user's password, or the app's client_id or client_secret", "check the client_id and client_secret that your service sends for the token against those in the console, and for a user's token, the user name and password"},
			Zh:     Text{"获取 token 所用的凭证不正确：用户密码，或应用的 client_id、client_secret", "请对照控制台检查服务获取 token 时发送的 client_id 和 client_secret；获取用户的 token 时，请检查用户名和密码"},
			ZhHant: Text{"取得 token 所用的憑證不正確：使用者密碼，或應用程式的 client_id、client_secret", "請對照主控台檢查服務取得 token 時傳送的 client_id 與 client_secret；取得使用者的 token 時，請檢查使用者名稱與密碼"},
		},
	},
	{
		Reason: "json_parse", GoName: "ReasonJSONParse", Status: "400",
		Kind: "InvalidArgument", Retryable: false, Remedy: "FixRequest",
		Doc: "the request body is not valid JSON.",
		Texts: Texts{
			En:     Text{"the request body is not valid JSON", "send a valid JSON body: the error_description says where parsing stopped"},
			Zh:     Text{"请求体不是有效的 JSON", "请发送有效的 JSON 请求体：error_description 指出了解析停止的位置"},
			ZhHant: Text{"請求本文不是有效的 JSON", "請傳送有效的 JSON 請求本文：error_description 指出了剖析停止的位置"},
		},
	},
	{
		Reason: "illegal_argument", GoName: "ReasonIllegalArgument", Status: "400",
		Kind: "InvalidArgument", Retryable: false, Remedy: "FixRequest",
		Doc: "a parameter is missing or invalid; the error_description says which.",
		Texts: Texts{
			En:     Text{"a parameter of the request is missing or invalid", "the error_description says which parameter: fix it in the request"},
			Zh:     Text{"请求参数缺失或无效", "error_description 会指出是哪个参数：请在请求中修正"},
			ZhHant: Text{"請求參數缺少或無效", "error_description 會指出是哪個參數：請在請求中修正"},
		},
	},
	{
		Reason: "invalid_parameter", GoName: "ReasonInvalidParameter", Status: "400",
		Kind: "InvalidArgument", Retryable: false, Remedy: "FixRequest",
		Doc: "a field may not be set or changed.",
		Texts: Texts{
			En:     Text{"a field of the request may not be set or changed", "remove from the request the fields that the error_description names"},
			Zh:     Text{"请求中的某些字段不允许设置或修改", "请从请求中去掉 error_description 列出的字段"},
			ZhHant: Text{"請求中的某些欄位不允許設定或變更", "請從請求中移除 error_description 列出的欄位"},
		},
	},
	{
		Reason: "required_property_not_found", GoName: "ReasonRequiredPropertyNotFound", Status: "400",
		Kind: "NotFound", Retryable: false, Remedy: "FixRequest",
		Why: "what the request refers to does not exist, though sent with a 400",
		Doc: "an entity the request refers to, such as the user whose password is reset, does not exist.",
		Texts: Texts{
			En:     Text{"an entity the request refers to does not exist, e.g. the user whose password is being reset", "check that the entity named in the request exists, or create it first"},
			Zh:     Text{"请求引用的实体不存在，比如要重置密码的用户", "请检查请求中引用的实体是否存在，或先创建它"},
			ZhHant: Text{"請求參照的實體不存在，例如要重設密碼的使用者", "請檢查請求中參照的實體是否存在，或先建立它"},
		},
	},
	{
		Reason: "duplicate_unique_property_exists", GoName: "ReasonDuplicateUniquePropertyExists", Status: "400",
		Kind: "AlreadyExists", Retryable: false, Remedy: "FixRequest",
		Doc: "the entity already exists, such as a user name that is taken.",
		Texts: Texts{
			En:     Text{"the entity already exists, e.g. the user name is taken", "use another value for the unique property, or work with the existing entity"},
			Zh:     Text{"实体已存在，比如用户名已被注册", "请为唯一属性换一个值，或直接使用已有的实体"},
			ZhHant: Text{"實體已存在，例如使用者名稱已被註冊", "請為唯一屬性改用其他值，或直接使用既有的實體"},
		},
	},
	{
		Reason: "unauthorized", GoName: "ReasonUnauthorized", Status: "401",
		Kind: "Unauthenticated", Retryable: false, Remedy: "RefreshToken",
		Why: "the same token fails again: a new one is needed",
		Doc: "the app token is missing or expired, or the call needs an admin token: get a new token.",
		Texts: Texts{
			En:     Text{"the app token is missing or expired, or the call needs an admin token", "get a new app token, or an admin token where the call needs one, and send the request with it: refresh tokens before they expire"},
			Zh:     Text{"app token 缺失或已过期，或该调用需要管理员 token", "请获取新的 app token（该调用需要管理员 token 时，获取管理员 token）并用它发送请求；请在 token 过期前刷新"},
			ZhHant: Text{"app token 缺少或已過期，或此呼叫需要管理員 token", "請取得新的 app token（此呼叫需要管理員 token 時，取得管理員 token）並用它傳送請求；請在 token 過期前更新"},
		},
	},
	{
		Reason: "auth_bad_access_token", GoName: "ReasonAuthBadAccessToken", Status: "401",
		Kind: "Unauthenticated", Retryable: false, Remedy: "FixCredentials",
		Doc: "the token is malformed or was not issued by the vendor's service, not merely expired: fix how it is sent.",
		Texts: Texts{
			En:     Text{"the token is malformed or was not issued by the vendor's service, not merely expired", "check how your service sends the token (Authorization: Bearer and the whole token, unaltered) and that it was issued for this app"},
			Zh:     Text{"token 格式错误，或并非由服务商签发（并非单纯过期）", "请检查服务发送 token 的方式（Authorization: Bearer 加完整、未改动的 token），以及 token 是否为本应用签发"},
			ZhHant: Text{"token 格式錯誤，或並非由服務供應商簽發（並非單純過期）", "請檢查服務傳送 token 的方式（Authorization: Bearer 加上完整、未經改動的 token），以及 token 是否為本應用程式簽發"},
		},
	},
	{
		Reason: "group_authorization", GoName: "ReasonGroupAuthorization", Status: "401",
		Kind: "Unauthenticated", Retryable: false, Remedy: "RefreshToken",
		Doc: "the group or chat room service refused the token.",
		Texts: Texts{
			En:     Text{"the group or chat room service refused the token", "get a new app token and send the request with it"},
			Zh:     Text{"群组或聊天室服务拒绝了该 token", "请获取新的 app token 并用它发送请求"},
			ZhHant: Text{"群組或聊天室服務拒絕了此 token", "請取得新的 app token 並用它傳送請求"},
		},
	},
	{
		Reason: "forbidden_op", GoName: "ReasonForbiddenOp", Status: "403",
		Kind: "PermissionDenied", Retryable: false, Remedy: "Console",
		Doc: "the operation is not allowed in the current state, the feature is not enabled, or a quota is used up.",
		Texts: Texts{
			En:     Text{"the operation is not allowed in the current state, the feature is not enabled, or a quota is used up", "the error_description says which: change the state, enable the feature in the console, or ask the vendor for a higher quota"},
			Zh:     Text{"当前状态不允许该操作，或功能未开通，或配额已用完", "error_description 会说明原因：请改变状态、在控制台开通功能，或向服务商申请提高配额"},
			ZhHant: Text{"目前的狀態不允許此操作，或功能未開通，或配額已用完", "error_description 會說明原因：請變更狀態、在主控台開通功能，或向服務供應商申請提高配額"},
		},
	},
	{
		Reason: "organization_application_not_found", GoName: "ReasonOrganizationApplicationNotFound", Status: "404",
		Kind: "Internal", Retryable: false, Remedy: "FixConfiguration",
		Why: "The calling service is misconfigured, whatever its client asked: to that client it is an internal error, not a missing resource.",
		Doc: "the org or app in the URL does not exist on the cluster that the base URL points at: a configuration error of the calling service.",
		Texts: Texts{
			En:     Text{"the org or app in the URL does not exist on this cluster: a configuration error", "check the URL: the app key org#app must appear in it as org/app, and the base URL must point at the app's cluster, as the console shows"},
			Zh:     Text{"URL 中的 org 或 app 在此集群上不存在：配置错误", "请检查 URL：app key org#app 须写作 org/app，且基础 URL 须指向该应用所在的集群（见控制台）"},
			ZhHant: Text{"URL 中的 org 或 app 在此叢集上不存在：設定錯誤", "請檢查 URL：app key org#app 須寫成 org/app，且基礎 URL 須指向該應用程式所在的叢集（見主控台）"},
		},
	},
	{
		Reason: "service_resource_not_found", GoName: "ReasonServiceResourceNotFound", Status: "404",
		Kind: "NotFound", Retryable: false, Remedy: "FixRequest",
		Doc: "the user, group, chat room or other resource in the URL does not exist.",
		Texts: Texts{
			En:     Text{"the user, group, chat room or other resource in the URL does not exist", "check the ID in the URL, or create the resource first"},
			Zh:     Text{"URL 中的用户、群组、聊天室或其他资源不存在", "请检查 URL 中的 ID，或先创建该资源"},
			ZhHant: Text{"URL 中的使用者、群組、聊天室或其他資源不存在", "請檢查 URL 中的 ID，或先建立該資源"},
		},
	},
	{
		Reason: "resource_not_found", GoName: "ReasonResourceNotFound", Status: "404",
		Kind: "NotFound", Retryable: false, Remedy: "FixRequest",
		Doc: "the same, from the group or chat room service.",
		Texts: Texts{
			En:     Text{"the group or chat room service found no such resource", "check the user, group or chat room ID in the request"},
			Zh:     Text{"群组或聊天室服务找不到该资源", "请检查请求中的用户、群组或聊天室 ID"},
			ZhHant: Text{"群組或聊天室服務找不到此資源", "請檢查請求中的使用者、群組或聊天室 ID"},
		},
	},
	{
		Reason: "storage_object_not_found", GoName: "ReasonStorageObjectNotFound", Status: "404",
		Kind: "NotFound", Retryable: false, Remedy: "FixRequest",
		Doc: "a stored object, such as a message history file, does not exist.",
		Texts: Texts{
			En:     Text{"the stored object does not exist, e.g. no message history file for that time", "check the time or ID asked for: nothing was stored for it"},
			Zh:     Text{"存储的对象不存在，比如该时间没有消息历史文件", "请检查所请求的时间或 ID：该时间或 ID 下没有存储任何内容"},
			ZhHant: Text{"儲存的物件不存在，例如該時間沒有訊息歷史檔案", "請檢查所請求的時間或 ID：該時間或 ID 下沒有儲存任何內容"},
		},
	},
	{
		Reason: "Request Entity Too Large", GoName: "ReasonRequestEntityTooLarge", Status: "413",
		Kind: "InvalidArgument", Retryable: false, Remedy: "FixRequest",
		Why: "the caller must split the body",
		Doc: "spelled \"Request Entity Too Large\" on the wire: the request body is too large.",
		Texts: Texts{
			En:     Text{"the request body is too large", "split the request into smaller ones"},
			Zh:     Text{"请求体过大", "请把请求拆分成几个较小的请求"},
			ZhHant: Text{"請求本文過大", "請將請求拆成幾個較小的請求"},
		},
	},
	{
		Reason: "web_application", GoName: "ReasonWebApplication", Status: "415 or 500",
		Kind: "InvalidArgument", Retryable: false, Remedy: "FixRequest",
		Why: "Both meanings (a media type, a URL with no API) are the caller's to fix, whether the gateway says 415 or 500.",
		Doc: "the body's media type is not supported (415), or the request went to an API that does not exist (500).",
		Texts: Texts{
			En:     Text{"the request's media type is not supported (415), or its URL names no API (500)", "send Content-Type: application/json with a valid JSON body, and check the URL against the API documentation"},
			Zh:     Text{"请求的内容类型不受支持（415），或 URL 对应的 API 不存在（500）", "请发送 Content-Type: application/json 和有效的 JSON 请求体，并对照 API 文档检查 URL"},
			ZhHant: Text{"請求的內容類型不受支援（415），或 URL 對應的 API 不存在（500）", "請傳送 Content-Type: application/json 與有效的 JSON 請求本文，並對照 API 文件檢查 URL"},
		},
	},
	{
		Reason: "resource_limited", GoName: "ReasonResourceLimited", Status: "429",
		Kind: "ResourceExhausted", Retryable: false, Remedy: "Console", HTTPStatus: 403,
		Why: "the plan's limit, not a rate limit: retrying never helps, upgrading does; answered 403 Forbidden, as a feature the plan does not allow, rather than the 429 that invites a retry.",
		Doc: "the plan's limit was reached. Retrying does not help; upgrading the plan does.",
		Texts: Texts{
			En:     Text{"the plan's limit was reached", "upgrade the plan or contact the vendor: sending the request again never helps"},
			Zh:     Text{"已达到套餐的限额", "请升级套餐或联系服务商：重复发送请求无济于事"},
			ZhHant: Text{"已達方案的上限", "請升級方案或聯絡服務供應商：重複傳送請求無濟於事"},
		},
	},
	{
		Reason: "reach_limit", GoName: "ReasonReachLimit", Status: "429",
		Kind: "ResourceExhausted", Retryable: true, Remedy: "SlowDown",
		Doc: "the API rate limit was hit. Pause, then retry with backoff.",
		Texts: Texts{
			En:     Text{"API rate limit reached", "pause, then retry with backoff, and if it happens often, spread the calls out or ask the vendor for a higher rate limit"},
			Zh:     Text{"已达到 API 调用频率限制", "请暂停片刻，再按退避策略重试；如经常出现，请分散调用或向服务商申请提高调用频率上限"},
			ZhHant: Text{"已達 API 呼叫頻率上限", "請暫停片刻，再依退避（backoff）策略重試；若經常發生，請分散呼叫或向服務供應商申請提高呼叫頻率上限"},
		},
	},
	{
		Reason: "no_full_text_index", GoName: "ReasonNoFullTextIndex", Status: "500",
		Kind: "InvalidArgument", Retryable: false, Remedy: "FixRequest",
		Why: "the query is wrong, though sent with a 500",
		Doc: "a query used an operator that the field does not support.",
		Texts: Texts{
			En:     Text{"a query used an operator that the field does not support: it is not full-text indexed", "query the field with an operator it supports, such as an exact match"},
			Zh:     Text{"查询对该字段使用了不支持的操作符：该字段未建立全文索引", "请用该字段支持的操作符查询，比如精确匹配"},
			ZhHant: Text{"查詢對此欄位使用了不支援的運算子：此欄位未建立全文索引", "請改用此欄位支援的運算子查詢，例如完全比對"},
		},
	},
	{
		Reason: "unsupported_service_operation", GoName: "ReasonUnsupportedServiceOperation", Status: "500",
		Kind: "Unimplemented", Retryable: false, Remedy: "FixRequest",
		Why: "the method is wrong, though sent with a 500",
		Doc: "the URL does not support the request's method.",
		Texts: Texts{
			En:     Text{"this URL does not support the request's method", "check the HTTP method against the API documentation"},
			Zh:     Text{"该 URL 不支持此请求方法", "请对照 API 文档检查 HTTP 方法"},
			ZhHant: Text{"此 URL 不支援此請求方法", "請對照 API 文件檢查 HTTP 方法"},
		},
	},
	{
		Reason: "group_error", GoName: "ReasonGroupError", Status: "403",
		Kind: "PermissionDenied", Retryable: false, Remedy: "Console",
		Doc: "a feature of groups is not enabled for the app, such as threads (\"thread not open.\"); documented since the vendor's REST error reference was first read.",
		Texts: Texts{
			En:     Text{"a group feature is not enabled for this app", "enable the feature that the error_description names in the console"},
			Zh:     Text{"该应用未开通所需的群组功能", "请在控制台开通 error_description 所指的功能"},
			ZhHant: Text{"此應用程式未開通所需的群組功能", "請在主控台開通 error_description 所指的功能"},
		},
	},
	{
		Reason: "service open exception", GoName: "ReasonServiceOpenException", Status: "400",
		Kind: "PermissionDenied", Retryable: false, Remedy: "Console",
		Why: "a service of the plan is not enabled, though sent with a 400: the caller is refused, not wrong",
		Doc: "a service is not enabled for the app, such as message roaming or presence.",
		Texts: Texts{
			En:     Text{"a service is not enabled for this app, such as message roaming or presence", "enable the service that the error_description names in the console"},
			Zh:     Text{"该应用未开通所需的服务，比如消息漫游或 presence", "请在控制台开通 error_description 所指的服务"},
			ZhHant: Text{"此應用程式未開通所需的服務，例如訊息漫遊或上線狀態（presence）", "請在主控台開通 error_description 所指的服務"},
		},
	},
	{
		Reason: "message_rewrite_error", GoName: "ReasonMessageRewriteError", Status: "403",
		Kind: "PermissionDenied", Retryable: false, Remedy: "Console",
		Doc: "editing sent messages is not enabled for the app.",
		Texts: Texts{
			En:     Text{"editing messages is not enabled for this app", "enable message editing in the console"},
			Zh:     Text{"该应用未开通消息修改功能", "请在控制台开通消息修改功能"},
			ZhHant: Text{"此應用程式未開通訊息編輯功能", "請在主控台開通訊息編輯功能"},
		},
	},
	{
		Reason: "Bad Request", GoName: "ReasonBadRequest", Status: "400",
		Kind: "PermissionDenied", Retryable: false, Remedy: "Console",
		Why: "the only documented cause is a feature that is not enabled (reactions), though sent with a 400",
		Doc: "spelled so, with a space and capitals: a feature is not enabled for the app, such as reactions (\"this appKey is not open reaction service!\").",
		Texts: Texts{
			En:     Text{"a feature is not enabled for this app, such as reactions", "enable the feature that the error_description names in the console"},
			Zh:     Text{"该应用未开通所需的功能，比如 Reaction", "请在控制台开通 error_description 所指的功能"},
			ZhHant: Text{"此應用程式未開通所需的功能，例如表情回應（Reaction）", "請在主控台開通 error_description 所指的功能"},
		},
	},
	{
		Reason: "FORBIDDEN", GoName: "ReasonForbidden", Status: "403",
		Kind: "PermissionDenied", Retryable: false, Remedy: "Console",
		Doc: "in capitals, distinct from forbidden_op: a feature is not enabled for the app, such as user attributes (\"user metadata service not allow\").",
		Texts: Texts{
			En:     Text{"a feature is not enabled for this app, such as user attributes", "enable the feature that the error_description names in the console"},
			Zh:     Text{"该应用未开通所需的功能，比如用户属性", "请在控制台开通 error_description 所指的功能"},
			ZhHant: Text{"此應用程式未開通所需的功能，例如使用者屬性", "請在主控台開通 error_description 所指的功能"},
		},
	},
	{
		Reason: "exceed_limit", GoName: "ReasonExceedLimit", Status: "403",
		Kind: "ResourceExhausted", Retryable: false, Remedy: "Console", HTTPStatus: 403,
		Why: "a quota of the app, such as a user's number of contacts, not a rate limit: retrying never helps; answered 403, as the plan's limit is",
		Doc: "a quota is used up, such as the number of contacts of the inviter or the invitee; from an earlier version of the vendor's REST error reference.",
		Texts: Texts{
			En:     Text{"a quota was reached, e.g. a user's number of contacts", "remove contacts that are no longer needed, or ask the vendor for a higher quota"},
			Zh:     Text{"已达到配额上限，比如用户的好友数量", "请删除不再需要的好友，或向服务商申请提高配额"},
			ZhHant: Text{"已達配額上限，例如使用者的好友數量", "請刪除不再需要的好友，或向服務供應商申請提高配額"},
		},
	},
	{
		Reason: "concurrent_operation_error", GoName: "ReasonConcurrentOperationError", Status: "409",
		Kind: "Aborted", Retryable: true, Remedy: "Retry",
		Why: "two requests raced, such as two that create the same user's token at once; the one that lost passes when sent again",
		Doc: "a concurrent request conflicted with this one, such as two that create the same user at once; from an earlier version of the vendor's REST error reference.",
		Texts: Texts{
			En:     Text{"a concurrent request conflicted with this one", "send the request again after a short pause"},
			Zh:     Text{"并发请求与本请求冲突", "请稍候片刻后重新发送请求"},
			ZhHant: Text{"並行請求與本請求衝突", "請稍候片刻後重新傳送請求"},
		},
	},
}
