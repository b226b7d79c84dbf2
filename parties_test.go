package errcode_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/rtckit/errcode"
)

// vendorWords are the words by which a text names the RTC vendor or its
// service, in every shipped language.
var vendorWords = []string{"vendor", "RTC", "服务商", "服務供應商", "供應商"}

// TestAnswersNameTheVendorOnlyWhereItFailed: what a service's client is
// told of a failure that is not the vendor's (its own configuration, a
// foreign error, a context's end, a kind that only another package's error
// gives) names neither the vendor nor its service, in any language, and
// sends the client to no one but the service's own support.
func TestAnswersNameTheVendorOnlyWhereItFailed(t *testing.T) {
	notTheVendors := map[string]error{
		"foreign":          errors.New("dial tcp 10.0.0.5:443: i/o timeout"),
		"context canceled": context.Canceled,
		"a peer's gRPC INTERNAL, as errgrpc reads it": &errcode.Error{Err: kindOf(errcode.Internal)},
	}
	for n := errcode.NetworkFailure(1); n.GoName() != ""; n++ {
		if n.Kind() == errcode.Internal { // the calling service's own configuration
			notTheVendors["network "+n.String()] = &errcode.Error{Err: fmt.Errorf("%w: x", n)}
		}
	}
	for _, k := range []errcode.Kind{errcode.Canceled, errcode.Unknown, errcode.Internal, errcode.DataLoss, errcode.FailedPrecondition} {
		notTheVendors["kind "+k.String()] = k
	}
	for name, err := range notTheVendors {
		a := errcode.AnswerFor(err)
		assert.Nil(t, a.Code, name)
		for _, tag := range errcode.Languages() {
			for _, text := range []string{a.Title(tag), a.Describe(tag), a.Hint(tag), errcode.Describe(err, tag)} {
				for _, w := range vendorWords {
					assert.NotContains(t, text, w, "%s, %s: %q names the vendor", name, tag, text)
				}
			}
		}
	}
}

// TestOwnConfigurationSendsToYourService: a failure of the calling
// service's own configuration tells the operator to fix the service's
// configuration, in every language, and promises no retry.
func TestOwnConfigurationSendsToYourService(t *testing.T) {
	for n := errcode.NetworkFailure(1); n.GoName() != ""; n++ {
		if n.Retryable() {
			continue
		}
		for tag, want := range map[language.Tag]string{english: "fix your service's configuration", simplified: "请修正服务的配置", traditional: "請修正服務的設定"} {
			hint := n.Hint(tag)
			assert.True(t, strings.HasPrefix(hint, want), "%s %s: %q", n, tag, hint)
		}
	}
}

// kindOf is another package's error that knows its kind, as errgrpc's
// reading of a peer's status does.
type kindOf errcode.Kind

func (k kindOf) Error() string      { return "rpc error: code = " + errcode.Kind(k).String() }
func (k kindOf) Kind() errcode.Kind { return errcode.Kind(k) }
