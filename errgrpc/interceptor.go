package errgrpc

import (
	"context"
	"io"

	"golang.org/x/text/language"
	"google.golang.org/grpc"
	"google.golang.org/grpc/metadata"

	"github.com/rtckit/errcode"
)

// Incoming metadata keys that carry the client's languages, as an HTTP
// Accept-Language header does: a client's own, and grpc-gateway's copy of
// the HTTP header.
const (
	acceptLanguageKey        = "accept-language"
	gatewayAcceptLanguageKey = "grpcgateway-accept-language"
)

// languageOf returns the shipped language that best matches the languages in
// ctx's incoming metadata.
func languageOf(ctx context.Context) language.Tag {
	md, _ := metadata.FromIncomingContext(ctx)
	for _, key := range []string{acceptLanguageKey, gatewayAcceptLanguageKey} {
		if values := md.Get(key); len(values) > 0 {
			return errcode.MatchLanguage(values[0])
		}
	}
	return language.English
}

// toStatus turns a handler's error into what the client is sent: a status
// error, as Status makes it, unless it already is a status and carries
// nothing of errcode's.
func toStatus(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	return Status(err, languageOf(ctx)).Err()
}

// UnaryServerInterceptor returns an interceptor that turns the errors of
// unary handlers into statuses with Status, in the language of the incoming
// metadata's "accept-language" (or grpc-gateway's
// "grpcgateway-accept-language"). A status error that carries nothing of
// errcode's passes through unchanged; any other error is sent in errcode's
// words, never its own text.
func UnaryServerInterceptor() grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, _ *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		resp, err := handler(ctx, req)
		return resp, toStatus(ctx, err)
	}
}

// StreamServerInterceptor returns the streaming counterpart of
// UnaryServerInterceptor.
func StreamServerInterceptor() grpc.StreamServerInterceptor {
	return func(srv any, ss grpc.ServerStream, _ *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
		return toStatus(ss.Context(), handler(srv, ss))
	}
}

// UnaryClientInterceptor returns an interceptor that turns the status errors
// of unary calls into errcode errors with FromError.
func UnaryClientInterceptor() grpc.UnaryClientInterceptor {
	return func(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
		return FromError(invoker(ctx, method, req, reply, cc, opts...))
	}
}

// StreamClientInterceptor returns an interceptor that turns the status errors
// of streaming calls into errcode errors with FromError: when the stream is
// opened, and when a message is sent or received.
func StreamClientInterceptor() grpc.StreamClientInterceptor {
	return func(ctx context.Context, desc *grpc.StreamDesc, cc *grpc.ClientConn, method string, streamer grpc.Streamer, opts ...grpc.CallOption) (grpc.ClientStream, error) {
		s, err := streamer(ctx, desc, cc, method, opts...)
		if err != nil {
			return nil, FromError(err)
		}
		return clientStream{s}, nil
	}
}

// clientStream converts the errors of a client stream; io.EOF, the end of
// the stream, passes as it is.
type clientStream struct{ grpc.ClientStream }

func (s clientStream) SendMsg(m any) error { return fromStreamError(s.ClientStream.SendMsg(m)) }
func (s clientStream) RecvMsg(m any) error { return fromStreamError(s.ClientStream.RecvMsg(m)) }

func fromStreamError(err error) error {
	if err == io.EOF {
		return err
	}
	return FromError(err)
}
