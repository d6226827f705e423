namespace SendSite.Rendering.Markdown.Images;

/// <summary>What a body's image target came to: the checked file to publish, or why it is refused (exactly one is set).</summary>
internal sealed record ImageLookup(BodyImage? Image, TargetFileProblem? Problem)
{
    public static ImageLookup Found(BodyImage image) => new(image, null);

    public static ImageLookup Refused(string code, string message, string fix) => new(null, new TargetFileProblem(code, message, fix));
}
