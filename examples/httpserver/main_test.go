package main

func Example_main() {
	main()
	// Output:
	// client got 200: joined
	// level=ERROR msg="join failed" conference=expired rtc.error="join conference expired: rtc server error TICKET_EXPIRED (-502): conference ticket expired: ticket expired" rtc.set=server rtc.code=-502 rtc.name=TICKET_EXPIRED rtc.kind=UNAUTHENTICATED rtc.retryable=false rtc.remedy=rejoin rtc.description="conference ticket expired" rtc.message="ticket expired" rtc.status=200
	// client got 401 zh TICKET_EXPIRED, retryable false: ticket过期。请重新获取 ticket 后再加入会议：用会议 ID 和密码加入时，SDK 会获取新的 ticket；也可请邀请方重新发送邀请。
	// level=ERROR msg="join failed" conference=full rtc.error="join conference full: rtc server error CONFR_TALKER_TOO_MANY (-523): too many speakers in the conference: talker limit 6" rtc.set=server rtc.code=-523 rtc.name=CONFR_TALKER_TOO_MANY rtc.kind=RESOURCE_EXHAUSTED rtc.retryable=false rtc.remedy=wait_for_room rtc.description="too many speakers in the conference" rtc.message="talker limit 6" rtc.status=200
	// client got 409 zh-Hant CONFR_TALKER_TOO_MANY, retryable false: 會議發言者過多。請以觀眾身分加入或留在會議中，或等待發言者離開。
	// level=ERROR msg="join failed" conference=token rtc.error="join conference token: rtc gateway error auth_bad_access_token (HTTP 401): Unable to authenticate due to corrupt access token" rtc.kind=UNAUTHENTICATED rtc.retryable=false rtc.remedy=fix_credentials rtc.description="the token is malformed or was not issued by the vendor's service, not merely expired" rtc.message="Unable to authenticate due to corrupt access token" rtc.reason=auth_bad_access_token rtc.status=401
	// client got 502 en no code, retryable true: the RTC service is unavailable; try again later
	// level=ERROR msg="join failed" conference=overloaded rtc.error="join conference overloaded: rtc gateway error (HTTP 503): <html><body>503 Service Temporarily Unavailable</body></html>: errcode: response body is not a JSON object: invalid character '<' looking for beginning of value" rtc.kind=UNAVAILABLE rtc.retryable=true rtc.remedy=retry rtc.description="the RTC service is unavailable" rtc.message="<html><body>503 Service Temporarily Unavailable</body></html>" rtc.status=503 rtc.cause="errcode: response body is not a JSON object: invalid character '<' looking for beginning of value"
	// client got 503 en no code, retryable true: the RTC service is unavailable; try again later
}
