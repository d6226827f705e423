namespace SendSite.Loading.Yaml;

/// <summary>
/// A Markdown file cut at its front matter. Line numbers are 1-based lines of the whole file, so a position
/// inside <see cref="Yaml"/> or <see cref="Body"/> maps back to the file the author edits.
/// </summary>
/// <param name="Yaml">The text between the two delimiter lines (may be empty).</param>
/// <param name="YamlStartLine">The file line on which <see cref="Yaml"/> starts.</param>
/// <param name="Body">Everything after the closing delimiter line.</param>
/// <param name="BodyStartLine">The file line on which <see cref="Body"/> starts.</param>
public sealed record FrontMatter(string Yaml, int YamlStartLine, string Body, int BodyStartLine)
{
    /// <summary>What to add to a line number inside <see cref="Yaml"/> to get the file's line number.</summary>
    public int YamlLineOffset => YamlStartLine - 1;

    /// <summary>What to add to a line number inside <see cref="Body"/> to get the file's line number.</summary>
    public int BodyLineOffset => BodyStartLine - 1;
}
