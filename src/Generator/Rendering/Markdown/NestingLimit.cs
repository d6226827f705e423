using SendSite.Diagnostics;

namespace SendSite.Rendering.Markdown;

/// <summary>
/// Refuses Markdown nested deeper than any real report needs, before Markdig sees it. Markdig throws (with no file
/// or line) past about 128 levels, and its time grows with the square of a list's depth (a 3,000-level list took
/// 49 s), so one linear pass over the text finds the first line that goes too deep: block quotes and list items
/// (tracked by their indentation, as CommonMark nests them), unclosed link brackets, and runs of emphasis markers.
/// </summary>
public static class NestingLimit
{
    public const int MostLevels = 32;

    /// <summary>The error for the first place the body nests deeper than <see cref="MostLevels"/>, or null.</summary>
    public static Diagnostic? Check(string markdown, string sourceFile, int firstBodyLine)
    {
        var listContentColumns = new Stack<int>();
        var bracketDepth = 0;
        var lineNumber = 0;
        foreach (var line in markdown.AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace())
            {
                bracketDepth = 0; // a blank line ends the paragraph, and any link that was open in it
                lineNumber++;
                continue;
            }
            var (column, quotes) = Quotes(line);
            var indent = Indentation(line, ref column);
            while (listContentColumns.Count > 0 && listContentColumns.Peek() > indent)
            {
                listContentColumns.Pop();
            }
            var depth = quotes + listContentColumns.Count;
            // After the indentation, list markers and quote markers may follow one another: "- > - x" nests three.
            while (depth <= MostLevels)
            {
                if (ListMarkerWidth(line[column..]) is var marker && marker > 0)
                {
                    // A list item opens a container whose content starts after its marker.
                    listContentColumns.Push(indent + marker);
                    indent += marker;
                    column += marker;
                }
                else if (column < line.Length && line[column] == '>')
                {
                    column += column + 1 < line.Length && line[column + 1] == ' ' ? 2 : 1;
                }
                else
                {
                    break;
                }
                depth++;
            }
            if (depth > MostLevels)
            {
                return TooDeep(sourceFile, firstBodyLine + lineNumber, 1, $"quotes and lists nested {depth} levels deep");
            }
            for (var i = column; i < line.Length; i++)
            {
                var character = line[i];
                if (character == '\\')
                {
                    i++;
                }
                else if (character == '[' && ++bracketDepth > MostLevels)
                {
                    return TooDeep(sourceFile, firstBodyLine + lineNumber, i + 1, $"more than {MostLevels} link brackets open at once");
                }
                else if (character == ']' && bracketDepth > 0)
                {
                    bracketDepth--;
                }
                else if (character is '*' or '_' or '~' && RunLength(line, i) is var run && run > MostLevels && !IsRule(line, character))
                {
                    return TooDeep(sourceFile, firstBodyLine + lineNumber, i + 1, $"{run} emphasis markers in a row");
                }
            }
            lineNumber++;
        }
        return null;
    }

    /// <summary>The error for a body Markdig itself found too deeply nested (in a way the line scan does not count).</summary>
    public static Diagnostic TooDeepForMarkdig(string sourceFile, int firstBodyLine) =>
        TooDeep(sourceFile, firstBodyLine, 1, "Markdig could not parse its nesting");

    private static Diagnostic TooDeep(string file, int line, int column, string what) =>
        Diagnostic.Error(new SourceLocation(file, line, column), DiagnosticCodes.NestedTooDeep,
            $"The Markdown here is nested too deeply ({what}; at most {MostLevels} levels are allowed).",
            "Flatten it: use fewer levels of lists or quotes, close the brackets, or write the markers as text (\\* or \\[).");

    /// <summary>Block quote markers at the start of the line, and the column after them.</summary>
    private static (int Column, int Quotes) Quotes(ReadOnlySpan<char> line)
    {
        var column = 0;
        var quotes = 0;
        while (true)
        {
            var start = column;
            while (column < line.Length && column - start < 4 && line[column] == ' ')
            {
                column++;
            }
            if (column < line.Length && line[column] == '>')
            {
                quotes++;
                column++;
                continue;
            }
            return (start, quotes);
        }
    }

    /// <summary>The indentation in columns (a tab to the next multiple of 4), moving past it.</summary>
    private static int Indentation(ReadOnlySpan<char> line, ref int column)
    {
        var width = 0;
        while (column < line.Length && line[column] is ' ' or '\t')
        {
            width = line[column] == '\t' ? (width / 4 + 1) * 4 : width + 1;
            column++;
        }
        return width;
    }

    /// <summary>The width of a list marker and the spaces after it ("- ", "12. "), or 0 when the text does not start with one.</summary>
    private static int ListMarkerWidth(ReadOnlySpan<char> text)
    {
        var width = 0;
        if (text.Length > 0 && text[0] is '-' or '*' or '+')
        {
            width = 1;
        }
        else
        {
            while (width < text.Length && width < 9 && char.IsAsciiDigit(text[width]))
            {
                width++;
            }
            if (width == 0 || width >= text.Length || text[width] is not ('.' or ')'))
            {
                return 0;
            }
            width++;
        }
        if (width == text.Length)
        {
            return width;
        }
        if (text[width] is not (' ' or '\t'))
        {
            return 0;
        }
        var spaces = 0;
        while (width + spaces < text.Length && text[width + spaces] == ' ' && spaces < 4)
        {
            spaces++;
        }
        return width + Math.Max(spaces, 1);
    }

    /// <summary>A thematic break or a fence (a line of one marker, spaces allowed) nests nothing, however long.</summary>
    private static bool IsRule(ReadOnlySpan<char> line, char marker)
    {
        foreach (var character in line)
        {
            if (character != marker && character is not (' ' or '\t'))
            {
                return false;
            }
        }
        return true;
    }

    private static int RunLength(ReadOnlySpan<char> line, int start)
    {
        var end = start;
        while (end < line.Length && line[end] == line[start])
        {
            end++;
        }
        return end - start;
    }
}
