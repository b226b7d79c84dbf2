package registry

// NetworkFailure is one way a call to the RTC service fails before any
// answer: the network's, the name service's or the TLS handshake's. The
// library reads them from the standard library's errors, so that a
// refused connection is not an unknown failure.
type NetworkFailure struct {
	GoName    string // the errcode constant, such as "NetworkConnectionRefused"
	Name      string // stable, as ErrorType and logs give it: "connection_refused"
	Doc       string // the constant's doc, after "GoName "
	Kind      string
	Retryable bool
	Remedy    string // as Code's Remedy
	Why       string
	Texts     Texts
}

// NetworkFailures lists them. The ones that a retry can mend come first;
// the rest are the calling service's configuration, which no retry mends.
var NetworkFailures = []NetworkFailure{
	{
		GoName: "NetworkTimeout", Name: "timeout", Kind: "DeadlineExceeded", Retryable: true, Remedy: "Retry",
		Doc: "is a call that did not complete in time: a dial, a TLS handshake, or an answer that did not come within the client's timeout (an error whose Timeout method reports true, as net's, http.Client.Timeout's and a transport's ResponseHeaderTimeout's do; ETIMEDOUT, WSAETIMEDOUT on Windows). The caller's own context's deadline is not one: with context.DeadlineExceeded itself below the timeout in the chain, the failure is DeadlineExceeded, and no network failure.",
		Texts: Texts{
			En:     Text{"the RTC service did not answer in time", "retry with backoff"},
			Zh:     Text{"RTC 服务未能及时响应", "请按退避策略重试"},
			ZhHant: Text{"RTC 服務未能及時回應", "請依退避（backoff）策略重試"},
		},
	},
	{
		GoName: "NetworkConnectionRefused", Name: "connection_refused", Kind: "Unavailable", Retryable: true, Remedy: "Retry",
		Doc: "is a connection that the RTC service's host refused (ECONNREFUSED; WSAECONNREFUSED on Windows): nothing listens there now.",
		Texts: Texts{
			En:     Text{"the connection was refused", "retry later with backoff, and if it keeps failing, check the host and port of the base URL your service calls"},
			Zh:     Text{"连接被拒绝", "请稍后按退避策略重试；如持续失败，请检查服务所调用的基础 URL 的主机和端口"},
			ZhHant: Text{"連線遭拒", "請稍後依退避（backoff）策略重試；若持續失敗，請檢查服務所呼叫之基礎 URL 的主機與連接埠"},
		},
	},
	{
		GoName: "NetworkConnectionReset", Name: "connection_reset", Kind: "Unavailable", Retryable: true, Remedy: "Retry",
		Doc: "is a connection that the other end reset or broke (ECONNRESET, ECONNABORTED, EPIPE; WSAECONNRESET, WSAECONNABORTED and their Win32 counterparts on Windows).",
		Texts: Texts{
			En:     Text{"the connection was reset", "retry with backoff"},
			Zh:     Text{"连接被重置", "请按退避策略重试"},
			ZhHant: Text{"連線遭重設", "請依退避（backoff）策略重試"},
		},
	},
	{
		GoName: "NetworkUnreachable", Name: "unreachable", Kind: "Unavailable", Retryable: true, Remedy: "Retry",
		Doc: "is a network or host that cannot be reached (ENETUNREACH, EHOSTUNREACH; WSAENETUNREACH, WSAEHOSTUNREACH on Windows).",
		Texts: Texts{
			En:     Text{"the network or host cannot be reached", "check your service's network, then retry"},
			Zh:     Text{"网络或主机不可达", "请检查服务所在的网络后重试"},
			ZhHant: Text{"無法連上網路或主機", "請檢查服務所在的網路後再重試"},
		},
	},
	{
		GoName: "NetworkDNSTemporary", Name: "dns_temporary", Kind: "Unavailable", Retryable: true, Remedy: "Retry",
		Doc: "is a name lookup that failed for now: the name server did not answer, or said to try again (a *net.DNSError that is temporary or timed out). errhttp recognizes it; the core package, which does not import net, cannot.",
		Texts: Texts{
			En:     Text{"the host name could not be resolved for now", "retry with backoff"},
			Zh:     Text{"暂时无法解析主机名", "请按退避策略重试"},
			ZhHant: Text{"暫時無法解析主機名稱", "請依退避（backoff）策略重試"},
		},
	},
	{
		GoName: "NetworkTruncated", Name: "truncated", Kind: "Unavailable", Retryable: true, Remedy: "Retry",
		Doc: "is an answer cut off in the middle (io.ErrUnexpectedEOF): the connection closed before the whole response came.",
		Texts: Texts{
			En:     Text{"the response was cut off", "retry with backoff"},
			Zh:     Text{"响应被中断", "请按退避策略重试"},
			ZhHant: Text{"回應遭中斷", "請依退避（backoff）策略重試"},
		},
	},
	{
		GoName: "NetworkNameNotFound", Name: "name_not_found", Kind: "Internal", Retryable: false, Remedy: "FixConfiguration",
		Why: "the name does not exist: the calling service's configuration is wrong, and no retry mends it; to its client, an internal error",
		Doc: "is a host name that does not exist (NXDOMAIN): the calling service's base URL is wrong. errhttp recognizes it; the core package, which does not import net, cannot.",
		Texts: Texts{
			En:     Text{"the host name does not exist", "fix your service's configuration: check the base URL it calls"},
			Zh:     Text{"主机名不存在", "请修正服务的配置：检查所调用的基础 URL"},
			ZhHant: Text{"主機名稱不存在", "請修正服務的設定：檢查所呼叫的基礎 URL"},
		},
	},
	{
		GoName: "NetworkUntrustedCertificate", Name: "untrusted_certificate", Kind: "Internal", Retryable: false, Remedy: "FixConfiguration",
		Why: "the same certificate fails again: the calling service's trust settings or URL are wrong; to its client, an internal error",
		Doc: "is a TLS certificate that the calling service does not trust, or that is not the host's. errhttp recognizes it; the core package, which does not import crypto/x509, cannot.",
		Texts: Texts{
			En:     Text{"the server's TLS certificate is not trusted", "fix your service's configuration: check the URL it calls and the certificate authorities it trusts"},
			Zh:     Text{"服务端的 TLS 证书不受信任", "请修正服务的配置：检查所调用的 URL 和所信任的证书颁发机构"},
			ZhHant: Text{"伺服器的 TLS 憑證不受信任", "請修正服務的設定：檢查所呼叫的 URL 與所信任的憑證授權單位"},
		},
	},
	{
		GoName: "NetworkMalformedURL", Name: "malformed_url", Kind: "Internal", Retryable: false, Remedy: "FixConfiguration",
		Why: "the same URL fails again: the calling service's configuration is wrong; to its client, an internal error",
		Doc: "is a URL that cannot be parsed, or has no scheme or host: the calling service's configuration is wrong. errhttp recognizes it.",
		Texts: Texts{
			En:     Text{"the URL is malformed", "fix your service's configuration: check the base URL it calls"},
			Zh:     Text{"URL 格式错误", "请修正服务的配置：检查所调用的基础 URL"},
			ZhHant: Text{"URL 格式錯誤", "請修正服務的設定：檢查所呼叫的基礎 URL"},
		},
	},
}
