namespace SendSite.Input.Yaml;

/// <summary>One line of a text without its line break: its 1-based number and where it starts in the text.</summary>
internal readonly ref struct TextLine(ReadOnlySpan<char> text, int number, int start)
{
    public ReadOnlySpan<char> Text { get; } = text;

    public int Number { get; } = number;

    public int Start { get; } = start;
}
