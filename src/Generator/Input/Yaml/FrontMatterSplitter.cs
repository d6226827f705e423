using System.Diagnostics.CodeAnalysis;
using SendSite.Diagnostics;

namespace SendSite.Input.Yaml;

/// <summary>
/// Finds the front matter of a Markdown file: a first line <c>---</c> (after an optional byte order mark),
/// the YAML, then a line <c>---</c> or <c>...</c>. Delimiter lines may carry trailing spaces, since editors
/// and diff tools make those invisible. Works on LF and CRLF files alike.
/// </summary>
public static class FrontMatterSplitter
{
    private const string Delimiter = "---";
    private const string DocumentEnd = "...";
    private const char ByteOrderMark = '\uFEFF';

    private const string ExpectedShape =
        "Start the file with a line that is exactly '---', then the fields as 'name: value' lines, " +
        "then another line '---', then the text. For example: '---' / 'title: About this site' / '---' / '# About'.";

    public static bool TrySplit(
        string text,
        string file,
        [NotNullWhen(true)] out FrontMatter? frontMatter,
        [NotNullWhen(false)] out Diagnostic? problem)
    {
        frontMatter = null;
        // A byte order mark is skipped, not cut off, so offsets stay offsets into the text the caller has.
        var skipped = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
        var lines = new LineReader(skipped == 1 ? text[1..] : text);

        if (!lines.TryNext(out var first) || !IsDelimiter(first.Text, Delimiter))
        {
            problem = MissingOpening(lines, first, file);
            return false;
        }

        var yamlStart = lines.Position;
        var yamlStartLine = first.Number + 1;
        while (lines.TryNext(out var line))
        {
            if (IsDelimiter(line.Text, Delimiter) || IsDelimiter(line.Text, DocumentEnd))
            {
                var yaml = lines.Source[yamlStart..line.Start];
                frontMatter = new FrontMatter(yaml, yamlStartLine, text, lines.Position + skipped, line.Number + 1);
                problem = null;
                return true;
            }
        }

        problem = MissingClosing(lines.Source, file);
        return false;
    }

    private static bool IsDelimiter(ReadOnlySpan<char> line, string delimiter) =>
        line.TrimEnd(" \t").SequenceEqual(delimiter);

    private static Diagnostic MissingOpening(LineReader lines, TextLine first, string file)
    {
        if (first.Text.IsWhiteSpace() && lines.Source.AsSpan().TrimStart().StartsWith(Delimiter))
        {
            return Diagnostic.Error(
                SourceLocation.StartOf(file),
                DiagnosticCodes.MissingFrontMatter,
                "the front matter must start on the very first line, but the file starts with blank lines",
                "Remove the blank lines above the first '---'.");
        }

        return Diagnostic.Error(
            SourceLocation.StartOf(file),
            DiagnosticCodes.MissingFrontMatter,
            "the file does not start with front matter: its first line is not '---'",
            ExpectedShape);
    }

    /// <summary>
    /// Points at the line most likely meant as the closing delimiter (e.g. '----' or '-- -'), or at the opening
    /// line when nothing looks like one, so the author is taken to where the fix goes.
    /// </summary>
    private static Diagnostic MissingClosing(string source, string file)
    {
        var lines = new LineReader(source);
        lines.TryNext(out _);
        while (lines.TryNext(out var line))
        {
            if (LooksLikeMistypedDelimiter(line.Text))
            {
                return Diagnostic.Error(
                    new SourceLocation(file, line.Number, 1),
                    DiagnosticCodes.MissingFrontMatter,
                    $"the front matter is not closed: this line is '{line.Text.Trim().ToString()}', not '---'",
                    "End the front matter with a line that is exactly '---' (three hyphens, nothing else).");
            }
        }

        return Diagnostic.Error(
            SourceLocation.StartOf(file),
            DiagnosticCodes.MissingFrontMatter,
            "the front matter that starts here is never closed: no line '---' follows it",
            "Add a line that is exactly '---' after the last field, before the text. " + ExpectedShape);
    }

    /// <summary>Two or more hyphens, or a typographic dash an editor put in place of '---'.</summary>
    private static bool LooksLikeMistypedDelimiter(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length is 0 or > 20 || !(trimmed.StartsWith("--") || trimmed[0] is '\u2014' or '\u2013'))
        {
            return false;
        }

        foreach (var character in trimmed)
        {
            if (character is not ('-' or ' ' or '\u2014' or '\u2013'))
            {
                return false;
            }
        }

        return true;
    }
}
