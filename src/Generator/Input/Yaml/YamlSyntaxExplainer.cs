using YamlDotNet.Core;

namespace SendSite.Input.Yaml;

/// <summary>
/// Rewrites YamlDotNet's parser errors ("While scanning a plain scalar value, found invalid mapping") as what
/// the author did and how to fix it, pointing at the character to change. The common mistakes in hand-written
/// front matter are: tabs for indentation, ': ' inside an unquoted value, a line without its colon, a quote
/// inside a quoted value, lines not lined up, and unclosed brackets or quotes.
/// </summary>
internal static class YamlSyntaxExplainer
{
    public const string GeneralFix =
        "Each field is 'name: value' on its own line; list items are '- item' lines indented under their field; " +
        "put a value in quotes if it contains ': ' or starts with a special character.";

    public static YamlSyntaxProblem Explain(YamlException exception, string yaml)
    {
        var lines = yaml.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        var line = (int)exception.Start.Line;
        var column = (int)exception.Start.Column;
        var text = LineText(lines, line);
        var reason = exception.Message;

        if (exception is AnchorNotFoundException)
        {
            return UndefinedAlias(lines, line, column);
        }

        if (reason.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return TabIndentation(lines, line, column);
        }

        if (reason.Contains("found invalid mapping", StringComparison.Ordinal))
        {
            return ColonInValueOrIndentation(text, line, column);
        }

        if (reason.Contains("did not find expected key", StringComparison.Ordinal))
        {
            return NotAField(text, line, column);
        }

        if (reason.Contains("did not find expected '-' indicator", StringComparison.Ordinal))
        {
            return new(line, column,
                "this line is a field, but the lines above it are list items ('- ...') at the same indentation",
                "Indent the fields of a list item under its '- ', or start a new field at the indentation of the field that holds the list.");
        }

        if (reason.Contains("did not find expected ',' or ']'", StringComparison.Ordinal))
        {
            return Unclosed(lines, line, column, '[', ']', "a list in square brackets");
        }

        if (reason.Contains("did not find expected ',' or '}'", StringComparison.Ordinal))
        {
            return Unclosed(lines, line, column, '{', '}', "a set of fields in curly brackets");
        }

        if (reason.Contains("quoted scalar", StringComparison.Ordinal) && reason.Contains("end of stream", StringComparison.Ordinal))
        {
            return new(line, column,
                "a quoted value is never closed: its closing quote is missing",
                "Add the closing quote at the end of the value, using the same kind of quote it starts with.");
        }

        if (reason.Contains("cannot start any token", StringComparison.Ordinal))
        {
            var character = column - 1 < text.Length ? text[column - 1] : ' ';
            return new(line, column,
                $"a value cannot start with '{character}' unless it is in quotes",
                "Put the whole value in quotes, e.g. \"" + character + "...\".");
        }

        if (reason.Contains("Block sequence entries are not allowed", StringComparison.Ordinal))
        {
            return new(line, column,
                "a list item ('- ') cannot start on the same line as its field's name",
                "Put each '- item' on its own line, indented under the field, or write the list as [first, second].");
        }

        return new(line, column, "the YAML cannot be read here: " + PlainReason(reason), GeneralFix);
    }

    public static string LineText(string[] lines, int line) =>
        line >= 1 && line <= lines.Length ? lines[line - 1] : string.Empty;

    private static YamlSyntaxProblem TabIndentation(string[] lines, int line, int column)
    {
        var firstLine = Math.Max(line, 1);
        for (var index = firstLine - 1; index < lines.Length; index++)
        {
            var indentation = lines[index].Length - lines[index].TrimStart(' ', '\t').Length;
            var tab = lines[index].IndexOf('\t', 0, indentation);
            if (tab >= 0)
            {
                return new(index + 1, tab + 1,
                    "this line is indented with a tab; YAML allows only spaces for indentation",
                    "Replace the tab with spaces, lining the line up with the others at its level (two spaces per level).");
            }
        }

        return new(line, column,
            "a tab is used where YAML allows only spaces",
            "Replace the tab with spaces; if the tab is part of the value, put the value in quotes.");
    }

    private static YamlSyntaxProblem ColonInValueOrIndentation(string text, int line, int column)
    {
        var keyEnd = text.IndexOf(": ", StringComparison.Ordinal);
        if (keyEnd >= 0 && keyEnd + 1 < column - 1)
        {
            var key = text[..keyEnd].Trim();
            var value = text[(keyEnd + 2)..].Trim();
            return new(line, column,
                $"the value of '{key}' contains ': ', which YAML reads as the start of another field",
                $"Put the whole value in quotes: {key}: {Quote(value)}");
        }

        var indentation = text.Length - text.TrimStart(' ').Length;
        return new(line, indentation + 1,
            "this line is indented more than the field above it, so it belongs to no field",
            "Line it up with the fields it belongs with. If it continues the value above, put that whole value in quotes, or use '>' for text over several lines.");
    }

    private static YamlSyntaxProblem NotAField(string text, int line, int column)
    {
        var indentation = text.Length - text.TrimStart(' ').Length;
        if (column - 1 > indentation)
        {
            var before = text[..Math.Min(column - 1, text.Length)];
            if (before.Contains('\'') || before.Contains('"'))
            {
                return new(line, column,
                    "there is more text after the closing quote of this value",
                    "If the value itself contains a quote, put it in the other kind of quotes (\"it's\"), or double a single quote inside single quotes ('it''s').");
            }

            return new(line, column,
                "there is unexpected text after the value",
                "Remove it, or put the whole value in quotes.");
        }

        var content = text.TrimStart(' ');
        if (content.StartsWith('-'))
        {
            return new(line, column,
                "a list item ('- ...') is here, where a field was expected",
                "Put list items under their field, indented: 'responsible:' then '  - first item'. Check the indentation of this line.");
        }

        if (!content.Contains(':'))
        {
            return new(line, column,
                "this line has no colon, so it is not a 'name: value' field",
                "Write it as 'name: value', with a colon and a space after the name. If it continues the value on the line above, put that whole value in quotes.");
        }

        return new(line, column,
            "this line is not lined up with the fields above it",
            "Indent it by the same number of spaces as the other fields at its level.");
    }

    private static YamlSyntaxProblem Unclosed(string[] lines, int line, int column, char open, char close, string what)
    {
        for (var index = Math.Min(line, lines.Length) - 1; index >= 0; index--)
        {
            var at = lines[index].LastIndexOf(open);
            if (at >= 0)
            {
                return new(index + 1, at + 1,
                    $"{what} that starts here is not closed with '{close}'",
                    $"Add '{close}' at the end, or write the value in quotes if the '{open}' is part of the text.");
            }
        }

        return new(line, column, $"{what} is not closed with '{close}'", $"Add the missing '{close}'.");
    }

    private static YamlSyntaxProblem UndefinedAlias(string[] lines, int line, int column)
    {
        for (var index = 0; index < lines.Length; index++)
        {
            var at = lines[index].IndexOf(": *", StringComparison.Ordinal);
            var star = at >= 0 ? at + 2 : lines[index].TrimStart(' ').StartsWith("- *", StringComparison.Ordinal) ? lines[index].IndexOf('*') : -1;
            if (star >= 0)
            {
                return new(index + 1, star + 1,
                    "a value starting with '*' is read as a reference to an anchor ('&name') that does not exist",
                    "Put the value in quotes, e.g. \"*" + lines[index][(star + 1)..].Trim() + "\".");
            }
        }

        return new(line, column,
            "a value starting with '*' is read as a reference to an anchor that does not exist",
            "Put the value in quotes.");
    }

    /// <summary>Double quotes unless the value holds one; then single quotes, with inner ones doubled.</summary>
    private static string Quote(string value) =>
        value.Contains('"') ? "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'" : "\"" + value + "\"";

    private static string PlainReason(string reason)
    {
        var comma = reason.IndexOf(", ", StringComparison.Ordinal);
        var text = reason.StartsWith("While ", StringComparison.Ordinal) && comma > 0 ? reason[(comma + 2)..] : reason;
        return text.TrimEnd('.');
    }
}
