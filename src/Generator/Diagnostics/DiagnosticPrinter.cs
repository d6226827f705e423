using System.Text.Json;

namespace SendSite.Diagnostics;

/// <summary>
/// Prints diagnostics for people (text: one line each plus how to fix), for machines (json), or as GitHub
/// workflow commands that annotate the exact lines of a pull request (github). Paths are printed as the
/// input folder was given plus the file's path inside it, so editors and CI can open them.
/// </summary>
public static class DiagnosticPrinter
{
    public const string Text = "text";
    public const string Json = "json";
    public const string GitHub = "github";
    public static readonly string[] Formats = [Text, Json, GitHub];

    public static void Print(IReadOnlyList<Diagnostic> diagnostics, string inputFolder, string format, TextWriter writer)
    {
        string PathOf(Diagnostic d) => DisplayPath(inputFolder, d.Location.File);
        switch (format)
        {
            case Json:
                var items = diagnostics.Select(d => new
                {
                    file = PathOf(d),
                    line = d.Location.Line,
                    column = d.Location.Column,
                    severity = d.Severity == Severity.Error ? "error" : "warning",
                    code = d.Code,
                    message = d.Message,
                    fix = d.Fix,
                });
                writer.WriteLine(JsonSerializer.Serialize(items, new JsonSerializerOptions { WriteIndented = true }));
                break;
            case GitHub:
                foreach (var d in diagnostics)
                {
                    var level = d.Severity == Severity.Error ? "error" : "warning";
                    writer.WriteLine($"::{level} file={PathOf(d)},line={d.Location.Line},col={d.Location.Column},title={d.Code}::{Escape(d.Message + "\n" + d.Fix)}");
                }
                break;
            default:
                foreach (var d in diagnostics)
                {
                    // Messages quote what authors wrote; an escape sequence among it must not act on the terminal.
                    writer.WriteLine($"{Printable(PathOf(d))}:{d.Location.Line}:{d.Location.Column}: {(d.Severity == Severity.Error ? "error" : "warning")} {d.Code}: {Printable(d.Message)}");
                    writer.WriteLine($"    how to fix: {Printable(d.Fix)}");
                }
                break;
        }
    }

    /// <summary>
    /// The input folder as given plus the file's path inside it. A file outside the input folder (such as
    /// ../.github/CODEOWNERS) is named from the current folder instead, so CI annotations land on it.
    /// </summary>
    private static string DisplayPath(string inputFolder, string file)
    {
        var combined = Path.Combine(inputFolder, file);
        if (!file.StartsWith("../", StringComparison.Ordinal))
        {
            return combined.Replace('\\', '/');
        }
        var full = Path.GetFullPath(combined);
        var current = Directory.GetCurrentDirectory();
        var shown = full.StartsWith(current + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? Path.GetRelativePath(current, full) : full;
        return shown.Replace('\\', '/');
    }

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        return $"{errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}";
    }

    // GitHub workflow commands end at a newline; these escapes keep a message in one annotation.
    /// <summary>Control characters (ESC of ANSI sequences, bell, ...) written as \uXXXX; line breaks and tabs kept.</summary>
    public static string Printable(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\n' or '\t'))
            ? string.Concat(text.Select(c => char.IsControl(c) && c is not ('\n' or '\t') ? $"\\u{(int)c:X4}" : c.ToString()))
            : text;

    private static string Escape(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
}
