module github.com/rtckit/errcode/examples/retry

go 1.26.0

require (
	github.com/cenkalti/backoff/v5 v5.0.0
	github.com/hashicorp/go-retryablehttp v0.7.7
	github.com/rtckit/errcode v1.0.0
	github.com/stretchr/testify v1.12.1
)

require (
	github.com/hashicorp/go-cleanhttp v0.5.2 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/text v0.44.0 // indirect
)

replace github.com/rtckit/errcode => ../..
