using System.CommandLine;
using SendSite.Tests.Support;
using SendSite.Tools.Commands;

namespace SendSite.Tests.Commands;

/// <summary>`build --gate-changed-from` refuses what cannot work before building anything.</summary>
public sealed class BuildGateChangedFromTests
{
    [Fact]
    public async Task It_cannot_go_with_no_gate()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("base"));

        var exitCode = await ExitCodes.InvokeAsync(new RootCommand { BuildCommand.Create() },
            ["build", "--input", folder.Combine("input"), "--output", folder.Combine("output"), "--no-gate", "--gate-changed-from", folder.Combine("base")]);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.False(Directory.Exists(folder.Combine("output")));
    }

    [Fact]
    public async Task A_missing_earlier_build_is_a_usage_error()
    {
        using var folder = new TempFolder();

        var exitCode = await ExitCodes.InvokeAsync(new RootCommand { BuildCommand.Create() },
            ["build", "--input", folder.Combine("input"), "--output", folder.Combine("output"), "--gate-changed-from", folder.Combine("missing")]);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.False(Directory.Exists(folder.Combine("output")));
    }
}
