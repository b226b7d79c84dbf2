package errcode_test

import (
	"errors"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode"
	"github.com/rtckit/errcode/internal/registry"
)

// webFacts are what testdata/web-sdk.md, the project's copy of the vendor's
// web SDK's facts, says of the web SDK's codes, its exit reasons and the
// server codes that its demo labels.
type webFacts struct {
	errorTypes map[string]int    // the errorTypes of the SDK's own rejections, and their codes
	exitLabels map[int]string    // the readme's label of each exit reason, else the demo's
	demoLabels map[int]string    // the demo's labels of server codes that the table lacks
	disagree   map[int][2]string // server codes whose demo label is not the table's: the readme's and the demo's
}

func readWebFacts(t *testing.T) webFacts {
	t.Helper()
	data, err := os.ReadFile("testdata/web-sdk.md")
	require.NoError(t, err)
	f := webFacts{errorTypes: map[string]int{}, exitLabels: map[int]string{}, demoLabels: map[int]string{}, disagree: map[int][2]string{}}
	section := ""
	errorCell := regexp.MustCompile(`^\*{0,2}(-\d+)\*{0,2}$`)
	backticked := regexp.MustCompile("`([^`]+)`")
	for line := range strings.Lines(string(data)) {
		if strings.HasPrefix(line, "### ") {
			section = strings.Fields(line)[1]
			continue
		}
		cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		switch {
		case section == "1a." && len(cells) == 6:
			if m := errorCell.FindStringSubmatch(cells[0]); m != nil {
				n, _ := strconv.Atoi(m[1])
				f.errorTypes[backticked.FindStringSubmatch(cells[1])[1]] = n
			}
		case section == "3b." && len(cells) == 5:
			n, err := strconv.Atoi(cells[0])
			if err != nil {
				continue
			}
			if n < 0 { // the sub-labels of a failed code
				if strings.Contains(cells[4], "differs") {
					readme, _, _ := strings.Cut(cells[1], " (")
					f.disagree[n] = [2]string{readme, cells[2]}
				}
				continue
			}
			label, _, _ := strings.Cut(cells[1], " (")
			if label == "—" {
				label = cells[2]
			}
			f.exitLabels[n] = label
		case strings.HasPrefix(cells[0], "`error` -53"):
			n, _ := strconv.Atoi(strings.TrimPrefix(cells[0], "`error` "))
			label, _, _ := strings.Cut(cells[1], " (")
			f.demoLabels[n] = label
		}
	}
	require.NotEmpty(t, f.errorTypes)
	require.NotEmpty(t, f.exitLabels)
	require.NotEmpty(t, f.demoLabels)
	return f
}

// TestWebSDKFacts checks the web set, the exit reasons and the demo's
// server codes against the project's copy of the vendor's facts: every
// errorType parses to its code, every label is the Chinese description,
// verbatim, and what neither the table nor an SDK defines is not
// Documented.
func TestWebSDKFacts(t *testing.T) {
	f := readWebFacts(t)
	for errorType, n := range f.errorTypes {
		c, err := errcode.ParseWebCode(errorType)
		require.NoError(t, err, errorType)
		assert.Equal(t, n, c.Int(), errorType)
		assert.True(t, c.Known())
		assert.False(t, c.Documented(), "the vendor's table has no web codes")
	}
	for n, label := range f.exitLabels {
		r := errcode.WebExitReason(n)
		assert.True(t, r.Known(), "%d", n)
		assert.Equal(t, label, r.Description(simplified), "%d", n)
	}
	for n, label := range f.demoLabels {
		c := errcode.ServerCode(n)
		assert.True(t, c.Known(), "%d", n)
		assert.False(t, c.Documented(), "%d: only the demo labels it", n)
		assert.Equal(t, label, c.Description(simplified), "%d", n)
	}
	// The SDK's own codes: those of its own errorTypes, and -9527, the
	// network failure it makes itself (§1b of testdata/web-sdk.md).
	documented := []int{-9527}
	for _, n := range f.errorTypes {
		if !slices.Contains(documented, n) {
			documented = append(documented, n)
		}
	}
	var known []int
	for _, c := range errcode.WebCodes() {
		known = append(known, c.Int())
	}
	assert.ElementsMatch(t, documented, known, "the web SDK's own codes")
	require.NotEmpty(t, f.disagree)
	for n, labels := range f.disagree {
		note := ""
		for _, row := range registry.Server.Codes {
			if int(row.Value) == n {
				note = row.Disagreement
			}
		}
		assert.Contains(t, note, labels[0], "%d: the row notes the readme's and the demo's label", n)
	}
}

// TestFromWeb reads the reports that a web app forwards, as the SDK makes
// them.
func TestFromWeb(t *testing.T) {
	for _, tt := range []struct {
		name      string
		report    string
		code      errcode.Code
		inChain   error
		kind      errcode.Kind
		retryable bool
		status    int
	}{
		{"the SDK's join failure", `{"error": -200, "errorType": "join_fail", "errorMessage": " EnterFail: enter fail：sdk enter fail. cause: -9527 enter timeout. millis = 20000"}`,
			errcode.WebNetworkFail, errcode.WebJoinFail, errcode.Unavailable, true, 0},
		{"a join the server refused", `{"error": -200, "errorType": "join_fail", "errorMessage": "RspFail: 12, 34 op: 200, cause: -523 talker limit"}`,
			errcode.ServerConfrTalkerTooMany, errcode.WebJoinFail, errcode.ResourceExhausted, false, 0},
		{"the server's code, passed on", `{"error": -502, "errorType": "server_refuse"}`,
			errcode.ServerTicketExpired, errcode.ServerTicketExpired, errcode.Unauthenticated, false, 0},
		{"a bare -200 is the server's", `{"error": -200}`,
			errcode.ServerRequestParamsError, errcode.ServerRequestParamsError, errcode.InvalidArgument, false, 0},
		{"a subscription", `{"error": -203, "errorType": "sub_fail"}`,
			errcode.WebOperationFail, errcode.WebSubFail, errcode.Unavailable, true, 0},
		{"the camera refused", `{"error": -201, "errorType": "open_user_media_fail", "errorMessage": "OpenMediaError: NotAllowedError"}`,
			errcode.WebOpenUserMediaFail, errcode.WebOpenUserMediaFail, errcode.PermissionDenied, false, 0},
		{"an HTTP status", `{"error": 503, "errorType": "http_error", "errorMessage": "error"}`,
			nil, nil, errcode.Unavailable, true, 503},
		{"no HTTP answer", `{"error": 0, "errorType": "http_error", "errorMessage": "abort"}`,
			nil, errcode.Unavailable, errcode.Unavailable, true, 0},
		{"an errorType of a newer SDK", `{"error": -205, "errorType": "record_fail"}`,
			errcode.WebCode(-205), errcode.WebCode(-205), errcode.Unknown, false, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := errcode.ParseWebReport([]byte(tt.report))
			require.Error(t, err)
			t.Logf("%s: %v", tt.report, err)
			code, _ := errcode.CodeOf(err)
			assert.Equal(t, tt.code, code)
			if tt.inChain != nil {
				assert.ErrorIs(t, err, tt.inChain)
			}
			assert.Equal(t, tt.kind, errcode.KindOf(err))
			assert.Equal(t, tt.retryable, errcode.Retryable(err))
			var e *errcode.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tt.status, e.StatusCode)
		})
	}
	assert.NotErrorIs(t, errcode.FromWeb(-200, "join_fail", ""), errcode.ServerRequestParamsError, "the SDK's -200 is never the server's")
	assert.NoError(t, errcode.FromWeb(0, "server_refuse", ""))
	assert.NoError(t, errcode.FromWeb(0, "", ""))
	for _, bad := range []string{`[]`, `{"error": "x"}`, `{"error": 1.5, "errorType": "join_fail"}`, `nope`} {
		err := errcode.ParseWebReport([]byte(bad))
		require.Error(t, err, bad)
		_, hasCode := errcode.CodeOf(err)
		assert.False(t, hasCode, bad)
	}
}

// TestFromWebExit reads onConferenceExit's reason and failed code.
func TestFromWebExit(t *testing.T) {
	assert.NoError(t, errcode.FromWebExit(0, 0), "a normal hang-up")
	err := errcode.FromWebExit(4, -502)
	t.Logf("onConferenceExit(4, -502): %v", err)
	assert.ErrorIs(t, err, errcode.ServerTicketExpired)
	assert.ErrorIs(t, err, errcode.WebExitFailed)
	assert.Equal(t, errcode.Unauthenticated, errcode.KindOf(err), "the failed code decides")
	err = errcode.FromWebExit(4, -9527)
	assert.ErrorIs(t, err, errcode.WebNetworkFail)
	assert.True(t, errcode.Retryable(err))
	err = errcode.FromWebExit(11, -506)
	assert.ErrorIs(t, err, errcode.ServerConfrInvalid)
	err = errcode.FromWebExit(10, 0)
	assert.ErrorIs(t, err, errcode.WebExitOtherDevice)
	assert.Equal(t, errcode.Aborted, errcode.KindOf(err))
	err = errcode.FromWebExit(99, 0)
	c, _ := errcode.CodeOf(err)
	assert.Equal(t, errcode.WebExitReason(99), c, "an unknown reason keeps its number")
	assert.False(t, errors.Is(err, errcode.WebExitNormal))
}

// TestConferenceClosedDecides: reason 11 says the conference is gone; the
// server's code for closing it (-501, which the SDK maps to 11 too) is in
// the chain, and the member is told, not sent to check a request.
func TestConferenceClosedDecides(t *testing.T) {
	for _, failed := range []int{-501, -506} {
		err := errcode.FromWebExit(11, failed)
		assert.Equal(t, errcode.NotFound, errcode.KindOf(err), "%d", failed)
		assert.Equal(t, errcode.RemedyTellUser, errcode.RemedyOf(err), "%d", failed)
		assert.ErrorIs(t, err, errcode.WebExitConferenceClosed)
		failedCode, _ := errcode.Lookup(errcode.SetServer, failed)
		assert.ErrorIs(t, err, failedCode)
		assert.Equal(t, errcode.WebExitConferenceClosed.Description(english), errcode.AnswerFor(err).Description(english))
	}
}
