module github.com/rtckit/errcode/errgrpc

go 1.26.0

require (
	github.com/rtckit/errcode v1.0.0
	github.com/stretchr/testify v1.12.1
	golang.org/x/text v0.44.0
	google.golang.org/genproto/googleapis/rpc v0.0.0-20260526163538-3dc84a4a5aaa
	google.golang.org/grpc v1.83.2
	google.golang.org/protobuf v1.36.11
)

require (
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/net v0.60.0 // indirect
	golang.org/x/sys v0.48.0 // indirect
)

replace github.com/rtckit/errcode => ../
