namespace SendSite.Content;

/// <summary>
/// The Markdown body of a file and where it starts, so problems found while rendering point at the
/// right line of the right file.
/// </summary>
public sealed record MarkdownBody(string File, string Text, int FirstLine);
