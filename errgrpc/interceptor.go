package errgrpc

import (
	"context"

	"golang.org/x/text/language"
	"google.golang.org/grpc"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	"github.com/rtckit/errcode"
)

// Incoming metadata keys that carry the client's languages, as an HTTP
// Accept-Language header does: a client's own, and grpc-gateway's copy of
// the HTTP header.
const (
	acceptLanguageKey        = "accept-language"
	gatewayAcceptLanguageKey = "grpcgateway-accept-language"
)

// An Option configures Status and the interceptors. The same options are
// taken by all of them; one that concerns only servers, such as
// WithLanguage, leaves a client interceptor as it is.
type Option func(*config)

// config is what the options set.
type config struct {
	language  func(context.Context) language.Tag
	helpBase  string
	answerAll bool
}

func newConfig(opts []Option) config {
	c := config{language: LanguageFromMetadata, helpBase: errcode.DocBase}
	for _, opt := range opts {
		opt(&c)
	}
	return c
}

// WithHelpBase sets the start of the Help links that statuses carry: the Go
// name of the code, reason or kind is added to it, as errhttp's
// ProblemWriter adds it to its TypeBase. Give both the same base, and a
// client finds the same page from a problem's type and a status's Help. By
// default it is errcode.DocBase.
func WithHelpBase(base string) Option {
	return func(c *config) {
		if base != "" {
			c.helpBase = base
		}
	}
}

// AnswerEveryError makes the server interceptors answer every error of the
// handlers with Status, foreign ones too, for a service that wants none of
// a foreign error's text to leave it. Without it, they answer only the
// errors that carry something of errcode's (errcode.Carries) and leave every other
// to gRPC, which sends the error's own text as the status's message, and a
// wrapped status's code, message and details. With it, a foreign error is
// UNKNOWN (CANCELLED or DEADLINE_EXCEEDED for a context error), in words
// that claim nothing of the RTC service, and a handler's own status still
// passes as it is.
func AnswerEveryError() Option {
	return func(c *config) { c.answerAll = true }
}

// WithLanguage sets how the server interceptors choose the language of the
// statuses they send: choose is called with the call's context, and the
// shipped language that best matches its result is used. By default it is
// LanguageFromMetadata. Use it when the language is known otherwise, such as
// from a user's profile that an earlier interceptor put in the context.
func WithLanguage(choose func(ctx context.Context) language.Tag) Option {
	return func(c *config) {
		if choose != nil {
			c.language = choose
		}
	}
}

// LanguageFromMetadata returns the shipped language that best matches the
// incoming metadata's "accept-language", or grpc-gateway's
// "grpcgateway-accept-language", as an HTTP Accept-Language header: English
// when there is neither.
func LanguageFromMetadata(ctx context.Context) language.Tag {
	md, _ := metadata.FromIncomingContext(ctx)
	for _, key := range []string{acceptLanguageKey, gatewayAcceptLanguageKey} {
		if values := md.Get(key); len(values) > 0 {
			return errcode.MatchLanguage(values[0])
		}
	}
	return language.English
}

// toStatus turns a handler's error into what the client is sent: a status
// error, as Status makes it, for an error that carries something of
// errcode's or with AnswerEveryError, and the retry pushback that goes with
// it (see PushbackKey); else no pushback and the error itself, for gRPC to
// send as it would without the interceptor.
func (c config) toStatus(ctx context.Context, err error) (metadata.MD, error) {
	if err == nil || !c.answerAll && !errcode.Carries(err) {
		return nil, err
	}
	st := Status(err, c.language(ctx), func(cc *config) { *cc = c })
	return pushback(st), st.Err()
}

// PushbackKey is the trailer in which the server interceptors tell
// grpc-go's retry policy (gRFC A6, "retry pushback") how to retry, as
// errcode.Answer.RetryPushback says: "-1", do not retry, for a failure that the
// library says no retry mends (a full conference, a ticket that expired),
// even where the client's service config lists its code among
// retryableStatusCodes; the delay, for a retryable failure whose upstream
// asked for one; nothing for a retryable failure with no delay.
const PushbackKey = "grpc-retry-pushback-ms"

// pushback returns the retry pushback of st, as errcode.Answer.RetryPushback
// gives it for the answer a client reads of st with FromError.
func pushback(st *status.Status) metadata.MD {
	if value, ok := errcode.AnswerFor(FromError(st.Err())).RetryPushback(); ok {
		return metadata.Pairs(PushbackKey, value)
	}
	return nil
}

// UnaryServerInterceptor returns an interceptor that turns the errors of
// unary handlers that carry something of errcode's (errcode.Carries) into statuses
// with Status, in the language that LanguageFromMetadata, or WithLanguage,
// chooses, with the retry pushback that grpc-go's retry policy reads
// (PushbackKey), so that a client's retries follow the library's advice. It leaves every other error as it is, for gRPC to handle as it
// would without the interceptor: a service's own errors, from its database
// or other upstreams, are not the RTC service's. AnswerEveryError makes it
// answer every error.
func UnaryServerInterceptor(opts ...Option) grpc.UnaryServerInterceptor {
	c := newConfig(opts)
	return func(ctx context.Context, req any, _ *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		resp, err := handler(ctx, req)
		md, err := c.toStatus(ctx, err)
		if md != nil {
			_ = grpc.SetTrailer(ctx, md) // fails only outside a server's call
		}
		return resp, err
	}
}

// StreamServerInterceptor returns the streaming counterpart of
// UnaryServerInterceptor.
func StreamServerInterceptor(opts ...Option) grpc.StreamServerInterceptor {
	c := newConfig(opts)
	return func(srv any, ss grpc.ServerStream, _ *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
		md, err := c.toStatus(ss.Context(), handler(srv, ss))
		if md != nil {
			ss.SetTrailer(md)
		}
		return err
	}
}

// UnaryClientInterceptor returns an interceptor that reads the status errors
// of unary calls that carry errcode's ErrorInfo (Restores) with FromError,
// so that errors.Is(err, errcode.ServerTicketExpired) holds after the hop,
// and returns every other error exactly as it came: on a connection shared
// with other services, another team's status is theirs, not the RTC
// service's, and passes through unchanged, to your code and, if your
// handler returns it, to your own client (a server interceptor leaves it as
// it is: errcode.Carries is false for it). Call FromError yourself on such
// a status to read its kind with the library.
//
// No option concerns clients yet; opts is there so that one can be added
// without changing the function's type.
func UnaryClientInterceptor(opts ...Option) grpc.UnaryClientInterceptor {
	return func(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
		return fromCall(invoker(ctx, method, req, reply, cc, opts...))
	}
}

// StreamClientInterceptor returns the streaming counterpart of
// UnaryClientInterceptor: it reads the statuses that carry errcode's
// ErrorInfo when the stream is opened, and when a message is sent or
// received, and passes every other error, io.EOF included, as it came. It
// takes the options UnaryClientInterceptor takes.
func StreamClientInterceptor(opts ...Option) grpc.StreamClientInterceptor {
	return func(ctx context.Context, desc *grpc.StreamDesc, cc *grpc.ClientConn, method string, streamer grpc.Streamer, opts ...grpc.CallOption) (grpc.ClientStream, error) {
		s, err := streamer(ctx, desc, cc, method, opts...)
		if err != nil {
			return nil, fromCall(err)
		}
		return clientStream{s}, nil
	}
}

// clientStream reads the errors of a client stream as fromCall does.
type clientStream struct{ grpc.ClientStream }

func (s clientStream) SendMsg(m any) error { return fromCall(s.ClientStream.SendMsg(m)) }
func (s clientStream) RecvMsg(m any) error { return fromCall(s.ClientStream.RecvMsg(m)) }

// fromCall reads err with FromError if it carries errcode's ErrorInfo, and
// returns it as it came otherwise.
func fromCall(err error) error {
	if Restores(err) {
		return FromError(err)
	}
	return err
}
