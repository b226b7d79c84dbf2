package errcode_test

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode"
)

// vendorRow is one entry of the vendor's table, as testdata keeps a copy of it.
type vendorRow struct {
	name  string
	value int
	text  string // the Chinese description, verbatim
}

// The table's three sections each write an entry their own way:
// "TICKET_EXPIRED(-502) ticket过期", "CALL_BUSY = 801 正在通话中" and
// "EMErrorCallAlreadyJoined= 806, 已经加入了实时通话".
var vendorLine = map[errcode.Set]*regexp.Regexp{
	errcode.SetServer:  regexp.MustCompile(`^([A-Z_]+)\((-?\d+)\) (.+)$`),
	errcode.SetAndroid: regexp.MustCompile(`^([A-Z_]+) = (\d+) (.+)$`),
	errcode.SetIOS:     regexp.MustCompile(`^(EMError\w+)\s*= (\d+), (.+)$`),
}

var vendorSection = map[string]errcode.Set{
	"## 服务端错误码":       errcode.SetServer,
	"### Android端错误码": errcode.SetAndroid,
	"### iOS端错误码":     errcode.SetIOS,
}

// readVendorTable parses testdata/error-codes.zh.md, the project's copy of
// the vendor's table, into its rows per set, in the table's order.
func readVendorTable(t *testing.T) map[errcode.Set][]vendorRow {
	t.Helper()
	data, err := os.ReadFile("testdata/error-codes.zh.md")
	require.NoError(t, err)
	rows := map[errcode.Set][]vendorRow{}
	var set errcode.Set
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSpace(line)
		if s, ok := vendorSection[line]; ok {
			set = s
			continue
		}
		if set == 0 || line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		m := vendorLine[set].FindStringSubmatch(line)
		require.NotNil(t, m, "unparsed line in the %s section: %q", set, line)
		value, err := strconv.Atoi(m[2])
		require.NoError(t, err)
		rows[set] = append(rows[set], vendorRow{m[1], value, m[3]})
	}
	for set := range vendorLine {
		require.NotEmpty(t, rows[set], "the %s section", set)
	}
	return rows
}

// sdkRow is one constant of a shipped SDK, as testdata keeps the facts about them.
type sdkRow struct {
	name    string
	value   int
	text    string // the header's Chinese, verbatim; "" where the SDK gives none (Android)
	inTable bool   // the vendor's table lists the constant under this name and number
}

// readSDKConstants parses testdata/sdk-constants.md, the project's copy of
// what the shipped SDKs define, into its rows per set. Ranges such as
// "800–823", which stand for rows of the vendor's table, are left out.
func readSDKConstants(t *testing.T) map[errcode.Set][]sdkRow {
	t.Helper()
	data, err := os.ReadFile("testdata/sdk-constants.md")
	require.NoError(t, err)
	rows := map[errcode.Set][]sdkRow{}
	var set errcode.Set
	for line := range strings.Lines(string(data)) {
		switch {
		case strings.HasPrefix(line, "## Android"):
			set = errcode.SetAndroid
			continue
		case strings.HasPrefix(line, "## iOS"):
			set = errcode.SetIOS
			continue
		case strings.HasPrefix(line, "## "):
			set = 0
			continue
		}
		if set == 0 || !strings.HasPrefix(line, "|") {
			continue
		}
		var cells []string
		for cell := range strings.SplitSeq(strings.Trim(strings.TrimSpace(line), "|"), "|") {
			cells = append(cells, strings.Trim(strings.TrimSpace(cell), "*"))
		}
		value, err := strconv.Atoi(cells[0])
		if err != nil {
			continue // a header, a rule or a range
		}
		name := sdkIdentifier.FindString(cells[1])
		require.NotEmpty(t, name, "no constant in %q", line)
		row := sdkRow{name: strings.Trim(name, "`"), value: value, inTable: strings.HasPrefix(cells[len(cells)-1], "yes")}
		if set == errcode.SetIOS {
			row.text = cells[2]
		}
		rows[set] = append(rows[set], row)
	}
	require.NotEmpty(t, rows[errcode.SetAndroid])
	require.NotEmpty(t, rows[errcode.SetIOS])
	return rows
}

var sdkIdentifier = regexp.MustCompile("`[A-Za-z_]+`")

// sdkText returns the Chinese that the shipped SDKs give for value: the iOS
// header's, which serves Android too, as the Android SDK gives none.
func sdkText(t *testing.T, sdk map[errcode.Set][]sdkRow, value int) string {
	t.Helper()
	for _, row := range sdk[errcode.SetIOS] {
		if row.value == value {
			return row.text
		}
	}
	require.Fail(t, "no iOS constant", "%d", value)
	return ""
}

// parse parses s as a code of set.
func parse(set errcode.Set, s string) (errcode.Code, error) { return errcode.Parse(set, s) }

// allSets lists every set of codes.
var allSets = func() []errcode.Set {
	var sets []errcode.Set
	for _, s := range errcode.Sets() {
		if s != errcode.SetGateway {
			sets = append(sets, s)
		}
	}
	return sets
}()

// allCodes lists every known code of every set.
func allCodes() []errcode.Code {
	var codes []errcode.Code
	for _, set := range allSets {
		codes = append(codes, errcode.Codes(set)...)
	}
	return codes
}

// failureCodes returns every known code of every set but the successes
// (whose kind is OK), which decide nothing in a chain.
func failureCodes() []errcode.Code {
	var codes []errcode.Code
	for _, c := range allCodes() {
		if c.Kind() != errcode.OK {
			codes = append(codes, c)
		}
	}
	return codes
}
