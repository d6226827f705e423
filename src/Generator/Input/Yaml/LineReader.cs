namespace SendSite.Input.Yaml;

/// <summary>
/// Walks a text line by line without copying it. A line ends at LF; a CR before the LF is not part of the
/// line, so CRLF files read exactly like LF files.
/// </summary>
internal ref struct LineReader(string source)
{
    private int lineNumber;

    public string Source { get; } = source;

    /// <summary>Where the next line starts (just after the last line break read).</summary>
    public int Position { get; private set; }

    public bool TryNext(out TextLine line)
    {
        if (Position >= Source.Length && !(Position == 0 && lineNumber == 0))
        {
            line = default;
            return false;
        }

        var start = Position;
        var newline = Source.IndexOf('\n', start);
        var end = newline < 0 ? Source.Length : newline;
        Position = newline < 0 ? Source.Length : newline + 1;
        var contentEnd = end > start && Source[end - 1] == '\r' ? end - 1 : end;
        lineNumber++;
        line = new TextLine(Source.AsSpan(start, contentEnd - start), lineNumber, start);
        return true;
    }
}
