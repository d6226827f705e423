namespace SendSite.Input.Yaml;

/// <summary>
/// A Markdown file cut at its front matter. Line numbers are 1-based lines of the whole file, so a position
/// inside <see cref="Yaml"/> or <see cref="Body"/> maps back to the file the author edits.
/// </summary>
/// <param name="Yaml">The text between the two delimiter lines (may be empty).</param>
/// <param name="YamlStartLine">The file line on which <see cref="Yaml"/> starts.</param>
/// <param name="Source">The whole text that was split.</param>
/// <param name="BodyOffset">Where the body starts in <see cref="Source"/>: everything after the closing delimiter line.</param>
/// <param name="BodyStartLine">The file line on which <see cref="Body"/> starts.</param>
public sealed record FrontMatter(string Yaml, int YamlStartLine, string Source, int BodyOffset, int BodyStartLine)
{
    /// <summary>
    /// Everything after the closing delimiter line. A copy, made only when asked for: loading keeps where a body
    /// is, not its text, so a build of a hundred thousand documents does not hold them all at once.
    /// </summary>
    public string Body => Source[BodyOffset..];

    /// <summary>How many characters the body has.</summary>
    public int BodyLength => Source.Length - BodyOffset;

    /// <summary>What to add to a line number inside <see cref="Yaml"/> to get the file's line number.</summary>
    public int YamlLineOffset => YamlStartLine - 1;

    /// <summary>What to add to a line number inside <see cref="Body"/> to get the file's line number.</summary>
    public int BodyLineOffset => BodyStartLine - 1;
}
