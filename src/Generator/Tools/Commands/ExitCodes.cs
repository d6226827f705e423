using System.CommandLine;

namespace SendSite.Tools.Commands;

/// <summary>The CLI's exit codes, and the one place that maps a parse failure to the usage code.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Content errors, or a page that fails the accessibility gate.</summary>
    public const int Failure = 1;
    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;

    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"error: {UsageMessage.Plain(error.Message)}");
            }
            Console.Error.WriteLine("Run with --help to see the commands and options.");
            return Usage;
        }
        return await parsed.InvokeAsync();
    }
}
