module github.com/rtckit/errcode/internal/tools

go 1.26.0

require (
	github.com/rtckit/errcode v1.0.0
	golang.org/x/mod v0.42.0
	golang.org/x/text v0.44.0
	golang.org/x/tools v0.52.0
)

require golang.org/x/sync v0.25.0 // indirect

replace github.com/rtckit/errcode => ../..
