package main

func Example_main() {
	main()
	// Output:
	// {"level":"WARN","msg":"sdk failure","code":{"set":"android","code":820,"name":"CALL_JOIN_TIMEOUT","kind":"DEADLINE_EXCEEDED","retryable":true,"remedy":"retry","description":"joining the call timed out"},"user":"u42"}
	// {"level":"ERROR","msg":"request failed","err":{"error":"join conference: create conference: rtc server error RTC_SERVICE_ARREARS (-707): RTC service in arrears: account 1001 is in arrears","set":"server","code":-707,"name":"RTC_SERVICE_ARREARS","kind":"PERMISSION_DENIED","retryable":false,"remedy":"console","description":"RTC service in arrears","op":"create conference","message":"account 1001 is in arrears"}}
	// {"level":"INFO","msg":"unknown code","code":{"set":"ios","code":830,"name":"IOSCode(830)","kind":"UNKNOWN","retryable":false,"remedy":"investigate","description":"unknown iOS error code 830"}}
	// {"level":"INFO","msg":"kind","kind":"PERMISSION_DENIED"}
	// level=WARN msg="sdk failure" code.set=android code.code=820 code.name=CALL_JOIN_TIMEOUT code.kind=DEADLINE_EXCEEDED code.retryable=true code.remedy=retry code.description="joining the call timed out" user=u42
	// level=ERROR msg="request failed" err.error="join conference: create conference: rtc server error RTC_SERVICE_ARREARS (-707): RTC service in arrears: account 1001 is in arrears" err.set=server err.code=-707 err.name=RTC_SERVICE_ARREARS err.kind=PERMISSION_DENIED err.retryable=false err.remedy=console err.description="RTC service in arrears" err.op="create conference" err.message="account 1001 is in arrears"
	// level=INFO msg="unknown code" code.set=ios code.code=830 code.name=IOSCode(830) code.kind=UNKNOWN code.retryable=false code.remedy=investigate code.description="unknown iOS error code 830"
	// level=INFO msg=kind kind=PERMISSION_DENIED
}
