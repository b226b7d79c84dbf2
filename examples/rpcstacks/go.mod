module github.com/rtckit/errcode/examples/rpcstacks

go 1.26.0

require (
	connectrpc.com/connect v1.11.0
	github.com/go-kratos/kratos/v2 v2.8.3
	github.com/grpc-ecosystem/grpc-gateway/v2 v2.5.0
	github.com/rtckit/errcode v1.0.0
	github.com/rtckit/errcode/errconnect v1.0.0
	github.com/rtckit/errcode/errgrpc v1.0.0
	github.com/stretchr/testify v1.12.1
	golang.org/x/text v0.44.0
	google.golang.org/grpc v1.83.2
	google.golang.org/protobuf v1.36.11
)

require (
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/net v0.60.0 // indirect
	golang.org/x/sys v0.48.0 // indirect
	google.golang.org/genproto v0.0.0-20231212172506-995d672761c0 // indirect
	google.golang.org/genproto/googleapis/api v0.0.0-20260526163538-3dc84a4a5aaa // indirect
	google.golang.org/genproto/googleapis/rpc v0.0.0-20260526163538-3dc84a4a5aaa // indirect
)

replace (
	github.com/rtckit/errcode => ../..
	github.com/rtckit/errcode/errconnect => ../../errconnect
	github.com/rtckit/errcode/errgrpc => ../../errgrpc
)
