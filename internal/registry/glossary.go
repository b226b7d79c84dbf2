package registry

// Term is one concept of the texts, the one word each language uses for
// it, and the words that would say the same thing another way. A test
// fails when a text uses an avoided word; the vendor's own Chinese
// descriptions are exempt, as they stay verbatim.
type Term struct {
	Concept   string
	En, Zh    string
	ZhHant    string
	AvoidEn   []string
	AvoidZh   []string
	AvoidHant []string
	// Scope, when set, limits the avoided words to the texts of these rows
	// (a set and an identifier, or "kind" and a kind's name), as for the
	// two 429s, each of which must not borrow the other's word.
	Scope []string
}

// Glossary is the texts' terminology.
var Glossary = []Term{
	{Concept: "token (the app's or the user's credential)", En: "token", Zh: "token", ZhHant: "token",
		AvoidEn: []string{"access token"}, AvoidZh: []string{"令牌"}, AvoidHant: []string{"權杖", "令牌"}},
	{Concept: "ticket (the credential for one conference)", En: "ticket", Zh: "ticket", ZhHant: "ticket",
		AvoidEn: []string{"conference token"}, AvoidZh: []string{"票据", "门票"}, AvoidHant: []string{"票證", "門票"}},
	{Concept: "service provider (the vendor of the RTC service)", En: "vendor", Zh: "服务商", ZhHant: "服務供應商",
		AvoidEn: []string{"provider"}, AvoidZh: []string{"厂商", "供应商"}, AvoidHant: []string{"廠商", "服務商"}},
	{Concept: "client (the app or device that joins)", En: "client", Zh: "终端", ZhHant: "用戶端",
		AvoidEn: []string{"terminal"}, AvoidZh: []string{"客户端"}, AvoidHant: []string{"客戶端", "終端"}},
	{Concept: "disband (a conference ends for good)", En: "disband", Zh: "解散", ZhHant: "解散",
		AvoidEn: []string{"dissolve"}},
	{Concept: "speaker (a member who publishes)", En: "speaker", Zh: "主播", ZhHant: "發言者",
		AvoidEn: []string{"talker", "anchor"}, AvoidHant: []string{"主播"}},
	{Concept: "share (a desktop)", En: "share", Zh: "共享", ZhHant: "分享",
		AvoidHant: []string{"共享", "一路"}},
	{Concept: "call ID", En: "call ID", Zh: "通话 ID", ZhHant: "通話 ID",
		AvoidEn: []string{"callid"}, AvoidZh: []string{"callid"}, AvoidHant: []string{"callid"}},
	{Concept: "API documentation", En: "API documentation", Zh: "API 文档", ZhHant: "API 文件",
		AvoidZh: []string{"接口文档"}},
	{Concept: "backoff", En: "retry with backoff", Zh: "按退避策略重试", ZhHant: "依退避（backoff）策略重試",
		AvoidZh: []string{"以退避方式"}, AvoidHant: []string{"以退避方式"}},
	{Concept: "pay arrears", En: "pay the outstanding balance", Zh: "结清欠费", ZhHant: "繳清欠費",
		AvoidZh: []string{"充值"}, AvoidHant: []string{"儲值"}},
	{Concept: "the caller (the side that sent the request)", En: "the caller", Zh: "调用方", ZhHant: "發出請求的一方",
		AvoidHant: []string{"呼叫端"}},
	{Concept: "chat room", En: "chat room", Zh: "聊天室", ZhHant: "聊天室",
		AvoidEn: []string{"group or room", "group, room"}},
	{Concept: "your service (the backend that uses the library)", En: "your service", Zh: "服务", ZhHant: "服務",
		AvoidEn: []string{"app server", "this service"}, AvoidZh: []string{"应用服务器", "本服务"}, AvoidHant: []string{"應用程式伺服器", "本服務"}},
	{Concept: "logs (a program's log files)", En: "logs", Zh: "日志", ZhHant: "記錄檔",
		AvoidHant: []string{"日誌"}},
	{Concept: "browser extension", En: "extension", Zh: "插件", ZhHant: "擴充功能",
		AvoidHant: []string{"外掛"}},
	{Concept: "desktop sharing", En: "desktop sharing", Zh: "共享桌面", ZhHant: "分享桌面",
		AvoidEn: []string{"screen sharing"}, AvoidZh: []string{"共享屏幕"}, AvoidHant: []string{"分享螢幕", "共享螢幕"}},
	{Concept: "request body", En: "request body", Zh: "请求体", ZhHant: "請求本文",
		AvoidHant: []string{"請求內文"}},
	{Concept: "parse (a ticket, a body)", En: "parse", Zh: "解析", ZhHant: "剖析",
		AvoidHant: []string{"解析失敗", "解析停止"}},
	{Concept: "support (whoever runs the service that answers)", En: "support", Zh: "技术支持", ZhHant: "技術支援",
		AvoidZh: []string{"技术支援"}, AvoidHant: []string{"技術支持"}},
	{Concept: "rate limit (the 429 of reach_limit: retry after a pause)", En: "rate limit", Zh: "频率", ZhHant: "頻率",
		AvoidEn: []string{"plan", "quota"}, AvoidZh: []string{"限额", "套餐", "配额"}, AvoidHant: []string{"方案", "配額"},
		Scope: []string{"gateway reach_limit", "kind RESOURCE_EXHAUSTED"}},
	{Concept: "plan limit (the 429 of resource_limited: upgrade)", En: "plan's limit", Zh: "套餐的限额", ZhHant: "方案的上限",
		AvoidEn: []string{"rate"}, AvoidZh: []string{"频率"}, AvoidHant: []string{"頻率"},
		Scope: []string{"gateway resource_limited"}},
}
