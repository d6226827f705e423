using System.CommandLine;
using SendSite.Gate;

namespace SendSite.Tools.Commands;

/// <summary>
/// `check [--site DIR] [--report DIR] [--pages LIST] [--changed-from DIR] [--parallel N] [--exceptions FILE] [--base-path PATH]
/// [--cache DIR | --no-cache]`: runs the accessibility gate alone on a built folder. Exit 0 when it passes, 1 when it fails, 2 for a wrong command line.
/// </summary>
public static class CheckCommand
{
    public const string DefaultSite = "output";
    public const string DefaultReport = "gate-report";

    public static Command Create() => Create(chromium: null, output: null);

    /// <param name="chromium">A browser to share (the tests pass one); null launches one for the run.</param>
    /// <param name="output">Where the gate's lines go; null is standard output.</param>
    internal static Command Create(ChromiumLauncher? chromium, TextWriter? output)
    {
        var site = new Option<string>("--site")
        {
            Description = "The built site folder to check.",
            DefaultValueFactory = _ => DefaultSite,
        };
        var report = new Option<string>("--report")
        {
            Description = "Where to write report.md and report.json.",
            DefaultValueFactory = _ => DefaultReport,
        };
        var pages = new Option<string?>("--pages")
        {
            Description = "Comma-separated site-relative pages to scan (plus one page of each template), e.g. areas/leeds/index.html. Default: every page.",
        };
        var parallel = new Option<int>("--parallel")
        {
            Description = "How many pages to scan at once.",
            DefaultValueFactory = _ => new GateOptions("", "").Parallelism,
        };
        var exceptions = new Option<string?>("--exceptions")
        {
            Description = $"The reviewed exceptions file. Default: {AcceptedProblems.DefaultRelativePath} above the current folder.",
        };

        var changedFrom = new Option<string?>("--changed-from")
        {
            Description = "Pull-request mode: an earlier build of the site (the base branch's). Scans only pages that are new or differ from it (or load a file that does).",
        };

        var basePath = new Option<string?>("--base-path")
        {
            Description = $"The path the site is published under, e.g. /send-inspections/ (the 404 page links from it). Default: the one the build recorded in {SiteBasePath.RecordFile}, else /.",
        };

        var cache = new Option<string?>("--cache")
        {
            Description = $"Where the gate keeps results between runs, so pages with unchanged bytes are not opened again. Default: {GateCache.DefaultFolderName} beside the site folder, where build keeps it, if it is there.",
        };
        var noCache = new Option<bool>("--no-cache") { Description = "Check every page in the browser, and keep nothing." };

        var command = new Command("check", "Runs the accessibility gate on a built site.")
        {
            site, report, pages, parallel, exceptions, basePath, changedFrom, cache, noCache,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var siteDirectory = parseResult.GetValue(site)!;
            var parallelism = parseResult.GetValue(parallel);
            var exceptionsFile = parseResult.GetValue(exceptions);
            var baseBuild = parseResult.GetValue(changedFrom);
            var usageError =
                !Directory.Exists(siteDirectory) ? $"the site folder \"{siteDirectory}\" does not exist; build the site first or give --site" :
                parallelism < 1 ? $"--parallel must be 1 or more, not {parallelism}" :
                exceptionsFile is not null && !File.Exists(exceptionsFile) ? $"the exceptions file \"{exceptionsFile}\" does not exist" :
                baseBuild is not null && !Directory.Exists(baseBuild) ? $"the earlier build \"{baseBuild}\" (--changed-from) does not exist; build the base branch into it first" :
                null;
            if (usageError is not null)
            {
                await Console.Error.WriteLineAsync($"error: {usageError}");
                return ExitCodes.Usage;
            }

            var options = new GateOptions(siteDirectory, parseResult.GetValue(report)!)
            {
                Parallelism = parallelism,
                OnlyPages = SplitList(parseResult.GetValue(pages)),
                ChangedFrom = baseBuild,
                ExceptionsFile = exceptionsFile,
                BasePath = parseResult.GetValue(basePath) ?? SiteBasePath.Recorded(siteDirectory) ?? SiteBasePath.Root,
                CacheDirectory = parseResult.GetValue(noCache) ? null : parseResult.GetValue(cache) ?? BuildsCache(siteDirectory),
            };
            var log = output ?? Console.Out;
            log.WriteLine($"gate: the site is checked as published under {options.BasePath}");
            var result = chromium is null
                ? await AccessibilityGate.RunAsync(options, log, cancellationToken)
                : await AccessibilityGate.RunAsync(options, log, chromium, cancellationToken);
            return result.Passed ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    /// <summary>The cache build keeps beside its output folder, when there is one: check then reuses what build found.</summary>
    private static string? BuildsCache(string siteDirectory)
    {
        var folder = GateCache.DefaultFolderFor(siteDirectory);
        return Directory.Exists(folder) ? folder : null;
    }

    private static string[]? SplitList(string? list) =>
        list is null ? null : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
