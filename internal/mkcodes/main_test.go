package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rtckit/errcode/internal/registry"
)

// TestGeneratedFilesAreCurrent fails when a file that mkcodes writes differs
// from what the registry gives: run go generate in the module's root.
func TestGeneratedFilesAreCurrent(t *testing.T) {
	files, err := generate()
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("..", "..", name))
		require.NoError(t, err, name)
		assert.Equal(t, string(want), string(got), "%s is not what internal/registry gives: run go generate", name)
	}
}

// TestCheckRejectsAWrongRegistry: the generator refuses a registry whose
// rows would make a wrong package, rather than writing it.
func TestCheckRejectsAWrongRegistry(t *testing.T) {
	for _, tt := range []struct {
		name   string
		change func(c *registry.Code)
		want   string
	}{
		{"an unknown kind", func(c *registry.Code) { c.Kind = "Unreachable" }, `no kind "Unreachable"`},
		{"advice that differs from its kind's without a reason", func(c *registry.Code) { c.Retryable, c.Why = !c.Retryable, "" }, "without a reason"},
		{"an unknown remedy", func(c *registry.Code) { c.Remedy = "Pray" }, `no remedy "Pray"`},
		{"a remedy that retries advice that does not", func(c *registry.Code) { c.Remedy = "Retry" }, "remedy Retry retries=true, but the row's advice is retryable=false"},
		{"a missing hint", func(c *registry.Code) { c.Texts.ZhHant.Hint = "" }, "missing"},
		{"a value listed twice", func(c *registry.Code) { c.Value = registry.Server.Codes[0].Value }, "listed twice"},
		{"an identifier listed twice", func(c *registry.Code) { c.Name = registry.Server.Codes[0].Name }, "listed twice"},
		{"a Go name used twice", func(c *registry.Code) { c.GoName = registry.Android.Codes[0].GoName }, "used twice"},
		{"two values whose low bits never differ", func(c *registry.Code) { c.Value = registry.Server.Codes[0].Value + 2*maxSlots }, "a slot of its own"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			row := &registry.Server.Codes[1]
			saved := *row
			defer func() { *row = saved }()
			tt.change(row)
			_, err := generate()
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	_, err := generate()
	assert.NoError(t, err, "the registry as it is")
}

// TestSetNumbersStay: a set takes a number of its own, never SetGateway's,
// so that adding a set moves no constant.
func TestSetNumbersStay(t *testing.T) {
	saved := registry.Web.Number
	defer func() { registry.Web.Number = saved }()
	for _, n := range []uint8{0, gatewaySet, registry.Server.Number} {
		registry.Web.Number = n
		_, err := generate()
		require.Error(t, err, "%d", n)
		assert.Contains(t, err.Error(), "not free")
	}
}
