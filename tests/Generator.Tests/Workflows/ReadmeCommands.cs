using SendSite.Tests.Support;

namespace SendSite.Tests.Workflows;

/// <summary>The commands README.md lists under "What CI runs": the single source the workflow test compares with.</summary>
public static class ReadmeCommands
{
    public const string Heading = "## What CI runs";

    public static IReadOnlyList<string> WhatCiRuns()
    {
        var lines = File.ReadAllLines(RepositoryRoot.Combine("README.md"));
        var heading = Array.IndexOf(lines, Heading);
        Assert.True(heading >= 0, $"README.md has no \"{Heading}\" section.");
        var open = Array.FindIndex(lines, heading, line => line.StartsWith("```", StringComparison.Ordinal));
        var close = Array.FindIndex(lines, open + 1, line => line.StartsWith("```", StringComparison.Ordinal));
        return [.. lines[(open + 1)..close].Select(line => line.Split('#')[0].Trim()).Where(line => line.Length > 0)];
    }
}
