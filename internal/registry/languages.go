package registry

// English is a shipped language.
var English = Language{
	GoTag:             "language.English",
	Separator:         "; ",
	End:               "",
	UnknownHint:       "this code is not among the codes this library knows (the vendor's table and shipped SDKs): check the vendor's documentation for your server or SDK version",
	UnknownReason:     "unknown RTC gateway error reason %s",
	UnknownReasonHint: "this reason is not among the gateway's documented reasons that this library follows: read the response's error_description",
	CommonTags:        []string{"en", "und", "en-US", "en-GB"},
}

// SimplifiedChinese is a shipped language.
var SimplifiedChinese = Language{
	GoTag:             "language.Chinese",
	Separator:         "。",
	End:               "。",
	UnknownHint:       "该错误码不在本库已知的错误码中（服务商的错误码表和 SDK）：请查阅所用服务端或 SDK 版本的文档",
	UnknownReason:     "未知的 RTC 网关错误原因 %s",
	UnknownReasonHint: "该原因不在本库依据的网关文档中：请查看响应中的 error_description",
	CommonTags:        []string{"zh", "zh-Hans", "zh-CN"},
}

// TraditionalChinese is a shipped language.
var TraditionalChinese = Language{
	GoTag:             "language.TraditionalChinese",
	Separator:         "。",
	End:               "。",
	UnknownHint:       "此錯誤碼不在本函式庫已知的錯誤碼中（服務供應商的錯誤碼表與 SDK）：請查閱所用伺服器或 SDK 版本的文件",
	UnknownReason:     "未知的 RTC 閘道錯誤原因 %s",
	UnknownReasonHint: "此原因不在本函式庫依據的閘道文件中：請查看回應中的 error_description",
	CommonTags:        []string{"zh-Hant", "zh-TW", "zh-HK"},
}
