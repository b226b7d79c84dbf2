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
	require.Len(t, rows[errcode.SetServer], 29)
	require.Len(t, rows[errcode.SetAndroid], 27)
	require.Len(t, rows[errcode.SetIOS], 22)
	return rows
}

// parse parses s as a code of set.
func parse(set errcode.Set, s string) (errcode.Code, error) {
	switch set {
	case errcode.SetServer:
		return errcode.ParseServerCode(s)
	case errcode.SetAndroid:
		return errcode.ParseAndroidCode(s)
	case errcode.SetIOS:
		return errcode.ParseIOSCode(s)
	}
	panic("no such set: " + set.String())
}

var allSets = []errcode.Set{errcode.SetServer, errcode.SetAndroid, errcode.SetIOS}

// allCodes lists every known code of every set.
func allCodes() []errcode.Code {
	var codes []errcode.Code
	for _, set := range allSets {
		codes = append(codes, errcode.Codes(set)...)
	}
	return codes
}
