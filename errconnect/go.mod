module github.com/rtckit/errcode/errconnect

go 1.26.0

require (
	connectrpc.com/connect v1.11.0
	github.com/rtckit/errcode v1.0.0
	github.com/stretchr/testify v1.12.1
	golang.org/x/text v0.44.0
	google.golang.org/genproto/googleapis/rpc v0.0.0-20260526163538-3dc84a4a5aaa
	google.golang.org/protobuf v1.36.11
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect

replace github.com/rtckit/errcode => ../
