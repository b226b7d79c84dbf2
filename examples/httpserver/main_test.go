package main

func Example_main() {
	main()
	// Output:
	// client got 200: joined
	// level=ERROR msg="join failed" conference=expired rtc.set=server rtc.code=-502 rtc.name=TICKET_EXPIRED rtc.kind=UNAUTHENTICATED rtc.description="conference ticket expired" rtc.message="ticket expired" rtc.status=200 retryable=false
	// client got 401 zh TICKET_EXPIRED, retryable false: ticket过期。请重新获取 ticket 后再加入会议：用会议 ID 和密码加入时，SDK 会获取新的 ticket；也可请邀请方重新发送邀请。
	// level=ERROR msg="join failed" conference=full rtc.set=server rtc.code=-523 rtc.name=CONFR_TALKER_TOO_MANY rtc.kind=RESOURCE_EXHAUSTED rtc.description="too many speakers in the conference" rtc.message="talker limit 6" rtc.status=200 retryable=false
	// client got 409 zh-Hant CONFR_TALKER_TOO_MANY, retryable false: 會議發言者過多。請以觀眾身分加入或留在會議中，或等待發言者離開。
	// level=ERROR msg="join failed" conference=token rtc.kind=UNAUTHENTICATED rtc.description="the token is malformed or was not issued by this service, not merely expired" rtc.message="Unable to authenticate due to corrupt access token" rtc.reason=auth_bad_access_token rtc.status=401 retryable=false
	// client got 502 en no code, retryable true: the RTC service is unavailable; try again later
	// level=ERROR msg="join failed" conference=overloaded rtc.kind=UNAVAILABLE rtc.description="the RTC service is unavailable" rtc.message="<html><body>503 Service Temporarily Unavailable</body></html>" rtc.status=503 rtc.cause="errcode: response body is not a JSON object: invalid character '<' looking for beginning of value" retryable=true
	// client got 503 en no code, retryable true: the RTC service is unavailable; try again later
}
