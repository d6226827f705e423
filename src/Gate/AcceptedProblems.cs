using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace SendSite.Gate;

/// <summary>
/// The reviewed list of accepted failures (themes/default/gate-exceptions.yml). Each needs a rule, a selector
/// and a reason; anything less is refused so nothing slips through unexplained.
/// </summary>
public sealed class AcceptedProblems
{
    public const string DefaultRelativePath = "themes/default/gate-exceptions.yml";

    private AcceptedProblems(IReadOnlyList<AcceptedProblem> items, string source)
    {
        Items = items;
        Source = source;
    }

    public static AcceptedProblems None { get; } = new([], "");

    public IReadOnlyList<AcceptedProblem> Items { get; }

    /// <summary>The file they came from, for messages; empty when there is none.</summary>
    public string Source { get; }

    /// <summary>Loads the given file, or when none is given the default one above the current directory, if any.</summary>
    public static AcceptedProblems Load(string? file)
    {
        var path = file ?? FindDefault();
        if (path is null)
        {
            return None;
        }
        if (!File.Exists(path))
        {
            throw new GateSetupException($"The exceptions file {path} does not exist.");
        }

        AcceptedProblemsFile? parsed;
        try
        {
            parsed = new DeserializerBuilder().Build().Deserialize<AcceptedProblemsFile?>(File.ReadAllText(path));
        }
        catch (YamlException ex)
        {
            throw new GateSetupException(
                $"{path}:{ex.Start.Line}:{ex.Start.Column}: the exceptions file is not valid: {ex.InnerException?.Message ?? ex.Message}");
        }

        var items = new List<AcceptedProblem>();
        var entries = parsed?.Exceptions ?? [];
        for (var index = 0; index < entries.Count; index++)
        {
            var entry = entries[index];
            var missing = new[] { ("rule", entry.Rule), ("selector", entry.Selector), ("reason", entry.Reason) }
                .Where(field => string.IsNullOrWhiteSpace(field.Item2))
                .Select(field => field.Item1)
                .ToList();
            if (missing.Count > 0)
            {
                throw new GateSetupException(
                    $"{path}: exception {index + 1} has no {string.Join(", ", missing)}; every exception needs a rule, a selector and a written reason.");
            }
            items.Add(new AcceptedProblem(entry.Rule!.Trim(), entry.Selector!.Trim(), entry.Reason!.Trim(), entry.Page?.Trim() ?? ""));
        }
        return new AcceptedProblems(items, path);
    }

    public bool Covers(GateProblem problem) => Items.Any(item => item.Covers(problem));

    /// <summary>Exceptions that matched nothing: likely fixed, so they should leave the file.</summary>
    public IEnumerable<AcceptedProblem> Unused(IEnumerable<GateProblem> excepted) =>
        Items.Where(item => !excepted.Any(item.Covers));

    private static string? FindDefault()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, DefaultRelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
