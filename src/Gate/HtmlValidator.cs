using System.Diagnostics;
using System.Text.Json;

namespace SendSite.Gate;

/// <summary>
/// Validates the HTML with the Nu Html Checker (npm vnu-jar, on Java), in ONE run over every file because the
/// JVM start-up costs more than checking hundreds of pages. Errors fail the gate; vnu's "info" messages do not.
/// </summary>
public static class HtmlValidator
{
    public const string JarPath = "vnu-jar/build/dist/vnu.jar";
    private const string JavaExecutable = "java";
    private const string FileUrlPrefix = "file:";
    // One short run: the quick (C1) compiler and the serial collector halve the JVM's start-up CPU, which the
    // browser needs at the same time. C1 frames are larger, so the checker's deep schema needs a bigger stack.
    private static readonly string[] JvmOptions = ["-Xss16m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"];
    private static readonly HashSet<string> FailingTypes = new(StringComparer.Ordinal) { "error", "non-document-error" };

    private const string PackageFile = "vnu-jar/package.json";

    /// <summary>The checker's identity for the gate's cache: its package file, which names its version.</summary>
    public static string Version()
    {
        var package = NodeModulesLocator.Find(PackageFile);
        return package is null ? "" : File.ReadAllText(package);
    }

    /// <summary>Starts the checker; await the task when the browser work is done, so both run at once.</summary>
    /// <param name="files">Site-relative files to check, or null for the whole folder.</param>
    public static async Task<IReadOnlyList<GateProblem>> RunAsync(
        string siteDirectory, IReadOnlyCollection<string>? files, CancellationToken cancellationToken)
    {
        var jar = NodeModulesLocator.Find(JarPath)
            ?? throw new GateSetupException($"The Nu Html Checker (node_modules/{JarPath}) was not found. {GateSetupException.SetupHint}");
        var java = FindJava()
            ?? throw new GateSetupException($"Java was not found on PATH (the Nu Html Checker needs it). {GateSetupException.SetupHint}");

        var site = Path.GetFullPath(siteDirectory);
        var start = new ProcessStartInfo(java)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in JvmOptions.Concat(["-jar", jar, "--format", "json", "--exit-zero-always", "--skip-non-html"]))
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var target in files?.Select(file => Path.Combine(site, file)) ?? [site])
        {
            start.ArgumentList.Add(target);
        }

        using var process = Process.Start(start)
            ?? throw new GateSetupException($"Java could not be started. {GateSetupException.SetupHint}");
        using var killOnCancel = cancellationToken.Register(() => process.Kill(entireProcessTree: true));
        // vnu writes its JSON report to standard error.
        var report = process.StandardError.ReadToEndAsync(cancellationToken);
        var console = process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var json = await report;
        await console;
        return Parse(site, json);
    }

    internal static IReadOnlyList<GateProblem> Parse(string site, string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            throw new GateSetupException($"The Nu Html Checker did not answer in JSON: {json.Split('\n')[0]}");
        }
        using (document)
        {
            var problems = new List<GateProblem>();
            foreach (var message in document.RootElement.GetProperty("messages").EnumerateArray())
            {
                var type = Text(message, "type");
                if (!FailingTypes.Contains(type))
                {
                    continue;
                }
                var page = PagePath(site, Text(message, "url"));
                var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
                var column = message.TryGetProperty("firstColumn", out var c) ? c.GetInt32()
                    : message.TryGetProperty("lastColumn", out var lc) ? lc.GetInt32() : 0;
                var extract = Text(message, "extract").ReplaceLineEndings(" ").Trim();
                var where = line > 0 ? $"line {line}, column {column}" : "";
                var text = Text(message, "message").TrimEnd('.');
                problems.Add(GateChecks.HtmlValid.Problem(page, where, extract.Length > 0 ? $"{text} (near \"{extract}\")" : text));
            }
            return problems;
        }
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static string PagePath(string site, string url)
    {
        if (!url.StartsWith(FileUrlPrefix, StringComparison.Ordinal))
        {
            return url;
        }
        var path = Uri.UnescapeDataString(url[FileUrlPrefix.Length..]);
        return Path.GetRelativePath(site, path).Replace('\\', '/');
    }

    private static string? FindJava()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Prepend(home is { Length: > 0 } ? Path.Combine(home, "bin") : "")
            .Where(directory => directory.Length > 0)
            .Select(directory => Path.Combine(directory, JavaExecutable));
        return candidates.FirstOrDefault(File.Exists);
    }
}
