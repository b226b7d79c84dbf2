// Logging shows how codes and wrapped failures read in slog's JSON and text
// output: each carries its set, number, identifier, kind and description.
package main

import (
	"fmt"
	"log/slog"
	"os"

	"github.com/rtckit/errcode"
)

func main() {
	// Drop the time, so that the output is the same on every run.
	opts := &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(groups) == 0 {
			return slog.Attr{}
		}
		return a
	}}
	for _, logger := range []*slog.Logger{
		slog.New(slog.NewJSONHandler(os.Stdout, opts)),
		slog.New(slog.NewTextHandler(os.Stdout, opts)),
	} {
		// A code reported by an app's SDK.
		logger.Warn("sdk failure", "code", errcode.AndroidCallJoinTimeout, "user", "u42")

		// A server failure with context, wrapped on its way up.
		err := fmt.Errorf("join conference: %w", &errcode.Error{
			Code:    errcode.ServerRTCServiceArrears,
			Op:      "create conference",
			Message: "account 1001 is in arrears",
		})
		// Attr finds the library's attributes through the wrapping, and keeps
		// the wrapping's own words.
		logger.Error("request failed", errcode.Attr("err", err))

		// A code newer than this library still logs its number.
		logger.Info("unknown code", "code", errcode.IOSCode(830))

		// Kinds log as their names.
		logger.Info("kind", "kind", errcode.KindOf(err))
	}
}
