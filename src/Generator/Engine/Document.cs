namespace SendSite.Engine;

/// <summary>
/// One file of the built site. Immutable: a step that changes a document returns a new one with <c>with</c>.
/// Exactly one of <see cref="Text"/> (written as UTF-8) or <see cref="SourcePath"/> (copied as it is) is set.
/// </summary>
public sealed record Document(string Destination, string? Text, string? SourcePath)
{
    public static Document FromText(string destination, string text) => new(destination, text, null);

    public static Document CopyOf(string destination, string sourcePath) => new(destination, null, sourcePath);

    public bool IsHtml => Destination.EndsWith(".html", StringComparison.Ordinal);
}
