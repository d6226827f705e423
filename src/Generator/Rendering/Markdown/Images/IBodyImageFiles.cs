namespace SendSite.Rendering.Markdown.Images;

/// <summary>
/// Where a body's relative image targets (no scheme: `chart.png`, `../images/chart.png`, `/images/chart.png`)
/// lead: to checked files of the input folder (<see cref="InputImageFiles"/>), or nowhere, for text that is not a
/// file of the input folder, such as an issue form's answer (<see cref="NoImageFiles"/>). Thread-safe.
/// </summary>
internal interface IBodyImageFiles
{
    /// <param name="target">The image's target as Markdig read it.</param>
    /// <param name="sourceFile">The Markdown file's path in the input folder (forward slashes), or the name of the text.</param>
    ImageLookup Find(string target, string sourceFile);
}
