package errconnect

import (
	"context"
	"net/http"

	"connectrpc.com/connect"

	"github.com/rtckit/errcode"
)

// An Option configures Error and the interceptor.
type Option func(*config)

// config is what the options set.
type config struct {
	helpBase  string
	answerAll bool
}

func newConfig(opts []Option) config {
	c := config{helpBase: errcode.DocBase}
	for _, opt := range opts {
		opt(&c)
	}
	return c
}

// WithHelpBase sets the start of the Help links that errors carry, as
// errgrpc.WithHelpBase does; by default it is errcode.DocBase.
func WithHelpBase(base string) Option {
	return func(c *config) {
		if base != "" {
			c.helpBase = base
		}
	}
}

// AnswerEveryError makes the interceptor answer every error of the
// handlers with Error, foreign ones too, as errgrpc.AnswerEveryError does:
// a foreign error is Unknown (Canceled or DeadlineExceeded for a context
// error), in words that claim nothing of the RTC service, and a handler's
// own *connect.Error still passes as it is.
func AnswerEveryError() Option {
	return func(c *config) { c.answerAll = true }
}

// NewInterceptor returns an interceptor for connect's handlers and clients,
// unary and streaming, scoped as errgrpc's are:
//
//   - on a handler, it answers an error that carries something of
//     errcode's (errcode.Carries) with Error, in the language of the
//     request's Accept-Language, and leaves every other error as it is, for
//     connect to send as it would without the interceptor: a service's own
//     errors, from its database or other upstreams, are not the RTC
//     service's (AnswerEveryError answers every error);
//   - on a client, it reads an error that carries errcode's ErrorInfo
//     (Restores) with FromError, so that errors.Is(err,
//     errcode.ServerTicketExpired) holds after the hop, and returns every
//     other error exactly as it came: another team's error on the same
//     connection is theirs.
func NewInterceptor(opts ...Option) connect.Interceptor {
	return &interceptor{newConfig(opts)}
}

type interceptor struct{ c config }

func (i *interceptor) WrapUnary(next connect.UnaryFunc) connect.UnaryFunc {
	return func(ctx context.Context, req connect.AnyRequest) (connect.AnyResponse, error) {
		resp, err := next(ctx, req)
		if err == nil {
			return resp, nil
		}
		if req.Spec().IsClient {
			return resp, fromCall(err)
		}
		return resp, i.c.answer(req.Header(), err)
	}
}

func (i *interceptor) WrapStreamingClient(next connect.StreamingClientFunc) connect.StreamingClientFunc {
	return func(ctx context.Context, spec connect.Spec) connect.StreamingClientConn {
		return clientConn{next(ctx, spec)}
	}
}

func (i *interceptor) WrapStreamingHandler(next connect.StreamingHandlerFunc) connect.StreamingHandlerFunc {
	return func(ctx context.Context, conn connect.StreamingHandlerConn) error {
		return i.c.answer(conn.RequestHeader(), next(ctx, conn))
	}
}

// answer turns a handler's error into what the client is sent.
func (c config) answer(header http.Header, err error) error {
	if err == nil || !c.answerAll && !errcode.Carries(err) {
		return err
	}
	return Error(err, errcode.MatchLanguage(header.Get("Accept-Language")), func(cc *config) { *cc = c })
}

// fromCall reads err with FromError if it carries errcode's ErrorInfo, and
// returns it as it came otherwise.
func fromCall(err error) error {
	if Restores(err) {
		return FromError(err)
	}
	return err
}

// clientConn reads the errors of a client stream as fromCall does, and
// passes every other, io.EOF included, as it came.
type clientConn struct{ connect.StreamingClientConn }

func (c clientConn) Send(m any) error     { return fromCall(c.StreamingClientConn.Send(m)) }
func (c clientConn) Receive(m any) error  { return fromCall(c.StreamingClientConn.Receive(m)) }
func (c clientConn) CloseRequest() error  { return fromCall(c.StreamingClientConn.CloseRequest()) }
func (c clientConn) CloseResponse() error { return fromCall(c.StreamingClientConn.CloseResponse()) }
