namespace SendSite.Rendering.Markdown;

/// <summary>One heading of a rendered body, for the page's contents list: its level (2-6), plain text and anchor id.</summary>
public sealed record HeadingInfo(int Level, string Text, string Id);
