module github.com/rtckit/errcode/errgrpc

go 1.26.0

require (
	github.com/rtckit/errcode v0.0.0
	github.com/stretchr/testify v1.12.1
	golang.org/x/text v0.44.0
	google.golang.org/genproto/googleapis/rpc v0.0.0-20230525234030-28d5490b6b19
	google.golang.org/grpc v1.57.1
	google.golang.org/protobuf v1.30.0
)

require (
	github.com/golang/protobuf v1.5.3 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/net v0.9.0 // indirect
	golang.org/x/sys v0.7.0 // indirect
)

replace github.com/rtckit/errcode => ../
