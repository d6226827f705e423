using System.CommandLine;
using System.Diagnostics;
using SendSite.Diagnostics;
using SendSite.Output;
using SendSite.Site.Building;
using SendSite.Site.Search;

namespace SendSite.Tools.Commands;

/// <summary>`build`: input/ to output/ through the accessibility gate; output/ changes only if everything passed.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var output = new Option<string>("--output") { Description = "The folder to publish the site into.", DefaultValueFactory = _ => "output" };
        var now = CommonOptions.Now();
        var baseUrl = new Option<string?>("--base-url") { Description = "Overrides site.yml's base_url (e.g. for a preview)." };
        var noGate = new Option<bool>("--no-gate") { Description = "Skip the accessibility gate (local previews only; CI always runs it)." };
        var gateChangedFrom = new Option<string?>("--gate-changed-from")
        {
            Description = "Pull-request mode: the base branch's build of the site. The gate scans only pages that are new or differ from it byte for byte (or load a file that does).",
        };
        var noSearchIndex = new Option<bool>("--no-search-index")
        {
            Description = "Skip the search index: for the base build that --gate-changed-from compares with, which needs only its pages. Needs --no-gate.",
        };
        var timings = CommonOptions.Timings();
        var recordUrls = new Option<bool>("--record-urls")
        {
            Description = "After a successful build, add every URL it published to input/published-urls.txt (the publishing build does this; commit the file).",
        };
        var searchShardPages = new Option<int?>("--search-shard-pages")
        {
            Description = "The most report and plan pages in one part of the search index (default 1500); for testing sharding and for tuning very large sites.",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace an output folder that has files the generator did not make (never one with .git).",
        };
        var waitForOutput = new Option<bool>("--wait-for-output")
        {
            Description = "If another build is publishing into the same output folder, wait for it instead of stopping.",
        };
        var command = new Command("build", "Builds the site from the input folder, gates it, and publishes it to the output folder.")
        {
            input, output, now, baseUrl, noGate, gateChangedFrom, noSearchIndex, timings, recordUrls, searchShardPages, force, waitForOutput,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (!CommonOptions.TryParseNow(parsed.GetValue(now), out var clock, out var error))
            {
                Console.Error.WriteLine($"error: {error}");
                return ExitCodes.Usage;
            }
            Uri? url = null;
            if (parsed.GetValue(baseUrl) is { } text && (!Uri.TryCreate(text, UriKind.Absolute, out url) || url.Scheme is not ("http" or "https")))
            {
                Console.Error.WriteLine($"error: --base-url '{text}' is not an absolute http(s) address, e.g. https://example.org/send/.");
                return ExitCodes.Usage;
            }
            var changedFrom = parsed.GetValue(gateChangedFrom);
            if (changedFrom is not null && (parsed.GetValue(noGate) || !Directory.Exists(changedFrom)))
            {
                Console.Error.WriteLine(parsed.GetValue(noGate)
                    ? "error: --gate-changed-from chooses what the gate scans, so it cannot go with --no-gate."
                    : $"error: --gate-changed-from '{changedFrom}' does not exist; build the base branch into it first (build --no-gate --output {changedFrom}).");
                return ExitCodes.Usage;
            }
            if (parsed.GetValue(noSearchIndex) && !parsed.GetValue(noGate))
            {
                Console.Error.WriteLine("error: --no-search-index is for a base build to compare with, so it needs --no-gate (a gated build is published with its search).");
                return ExitCodes.Usage;
            }
            if (parsed.GetValue(searchShardPages) is < 1)
            {
                Console.Error.WriteLine("error: --search-shard-pages must be a whole number of at least 1.");
                return ExitCodes.Usage;
            }
            var inputFolder = parsed.GetValue(input)!;
            var options = new BuildOptions(inputFolder, parsed.GetValue(output)!, clock)
            {
                BaseUrl = url is null ? null : new Uri(url.AbsoluteUri.EndsWith('/') ? url.AbsoluteUri : url.AbsoluteUri + "/"),
                RunGate = !parsed.GetValue(noGate),
                BuildSearchIndex = !parsed.GetValue(noSearchIndex),
                RecordUrls = parsed.GetValue(recordUrls),
                GateChangedFrom = changedFrom,
                SearchShardPages = parsed.GetValue(searchShardPages) ?? SearchShardPlanner.DefaultPagesPerShard,
                Force = parsed.GetValue(force),
                WaitForOutput = parsed.GetValue(waitForOutput) ? TimeSpan.MaxValue : TimeSpan.Zero,
            };
            var stopwatch = Stopwatch.StartNew();
            var result = await BuildProcess.RunAsync(options, cancellationToken);
            if (result is null)
            {
                return ExitCodes.Failure;
            }
            if (parsed.GetValue(timings))
            {
                options.Timings.Print(Console.Out, stopwatch.Elapsed);
            }
            DiagnosticPrinter.Print(result.Diagnostics, inputFolder, DiagnosticPrinter.Text, Console.Error);
            if (!result.Success)
            {
                // The count of errors and warnings only when there are some: a build stopped by something else (no
                // theme, a full disk) said "(0 errors, 0 warnings)", as if the input had been checked and found fine.
                var counts = result.Diagnostics.Count > 0 ? $" ({DiagnosticPrinter.Summary(result.Diagnostics)})" : "";
                Console.Error.WriteLine($"Build failed{counts}: {result.Failure}");
                return ExitCodes.Failure;
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
