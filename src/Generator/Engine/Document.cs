namespace SendSite.Engine;

/// <summary>
/// One file of the built site. Immutable: a step that changes a document returns a new one with <c>with</c>.
/// Exactly one of <see cref="Text"/> (written as UTF-8), <see cref="SourcePath"/> (copied as it is) or
/// <see cref="Render"/> (text made when the file is written) is set. Pages made per report, plan or area are
/// deferred: the pipeline says where each goes, and the writer makes and writes them one at a time in parallel,
/// so no more than a handful of pages (and their Markdown bodies) are in memory at once.
/// </summary>
public sealed record Document(string Destination, string? Text, string? SourcePath)
{
    /// <summary>Makes the text when the document is written; it must give the same text every time it is called.</summary>
    public Func<string>? Render { get; init; }

    public static Document FromText(string destination, string text) => new(destination, text, null);

    public static Document CopyOf(string destination, string sourcePath) => new(destination, null, sourcePath);

    /// <summary>A document whose text is made only when it is written (and then dropped).</summary>
    public static Document Deferred(string destination, Func<string> render) => new(destination, null, null) { Render = render };

    public bool IsHtml => Destination.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>The text to write: the text held, or the deferred text made now; null for a copied file.</summary>
    public string? TextNow() => Text ?? Render?.Invoke();
}
