namespace SendSite.Rendering.Markdown.Pages;

/// <summary>
/// What a body's link with a path on the site came to: the page to link to, why it is refused, or neither. Neither
/// means the words stay and the link goes (<see cref="WordsOnly"/>), or the target names no file of the input
/// folder and is left as the author wrote it (<see cref="NoFile"/>), judged by <see cref="LinkTargetPolicy"/> alone.
/// </summary>
internal sealed record PageLinkLookup(BodyPageLink? Page, TargetFileProblem? Problem, bool WordsOnly)
{
    public static PageLinkLookup NoFile { get; } = new(null, null, WordsOnly: false);

    /// <summary>
    /// A link from a body that publishes no page to another that publishes none: nothing of either reaches the site, so
    /// nothing is wrong yet (two reports under the same embargo may link to each other); the link is not written.
    /// </summary>
    public static PageLinkLookup NotYet { get; } = new(null, null, WordsOnly: true);

    public static PageLinkLookup Found(BodyPageLink page) => new(page, null, WordsOnly: false);

    public static PageLinkLookup Refused(string code, string message, string fix) =>
        new(null, new TargetFileProblem(code, message, fix), WordsOnly: false);
}
