package errgrpc_test

import (
	"testing"

	"golang.org/x/text/language"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/errgrpc"
)

var sinkStatus *status.Status

// BenchmarkStatus builds the status of a ticket that expired, in Chinese.
func BenchmarkStatus(b *testing.B) {
	err := errcode.FromServer(-502, "ticket expired")
	for b.Loop() {
		sinkStatus = errgrpc.Status(err, language.Chinese)
	}
}

// BenchmarkStatusByHand is BenchmarkStatus's baseline: the same status, with
// the same details, built by hand with status.New and WithDetails from texts
// the caller already holds.
func BenchmarkStatusByHand(b *testing.B) {
	c := errcode.ServerTicketExpired
	message, described := c.Description(language.English), errcode.Describe(c, language.Chinese)
	for b.Loop() {
		st, _ := status.New(codes.Unauthenticated, message).WithDetails(
			&errdetails.ErrorInfo{Reason: "TICKET_EXPIRED", Domain: errcode.ErrorInfoDomain(errcode.SetServer), Metadata: map[string]string{"set": "server", "code": "-502", "name": "TICKET_EXPIRED"}},
			&errdetails.LocalizedMessage{Locale: "zh", Message: described},
			&errdetails.Help{Links: []*errdetails.Help_Link{{Description: "errcode's documentation of ServerTicketExpired", Url: errcode.DocBase + "ServerTicketExpired"}}},
		)
		sinkStatus = st
	}
}
