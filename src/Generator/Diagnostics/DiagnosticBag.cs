using System.Collections.Concurrent;

namespace SendSite.Diagnostics;

/// <summary>
/// Collects every problem of a run so all of them are reported at once. Safe to add to from parallel loaders;
/// <see cref="Sorted"/> gives a stable order (file, line, column, code) so output is deterministic.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> items = [];

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            items.Add(diagnostic);
        }
    }

    public bool HasErrors => items.Any(d => d.Severity == Severity.Error);

    public IReadOnlyList<Diagnostic> Sorted =>
        [.. items.OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
