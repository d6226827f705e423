using System.Collections.Frozen;

namespace SendSite.Rendering.Markdown.RawHtml;

/// <summary>What to write in Markdown instead of a given HTML tag, so the message tells the author exactly how to fix it.</summary>
internal static class HtmlTagAdvice
{
    private const string Otherwise =
        "Use Markdown instead: the site adds all styling itself, so remove the tag and keep only the words.";

    private const string Embedded =
        "Remove it: scripts, styles, frames and embedded content cannot be published on this site.";

    private static readonly FrozenDictionary<string, string> AdviceByTag = new Dictionary<string, string>
    {
        ["a"] = "Write a Markdown link instead: [link text](https://example.org/page).",
        ["b"] = "Write **bold text** instead.",
        ["strong"] = "Write **bold text** instead.",
        ["i"] = "Write *emphasised text* instead.",
        ["em"] = "Write *emphasised text* instead.",
        ["br"] = "Start a new paragraph with an empty line instead, or end the line with a backslash (\\).",
        ["p"] = "Separate paragraphs with an empty line instead.",
        ["img"] = "Write a Markdown image instead: ![What the image shows](image.png).",
        ["h1"] = "Write a Markdown heading instead, starting at level 2: ## Heading.",
        ["h2"] = "Write a Markdown heading instead: ## Heading.",
        ["h3"] = "Write a Markdown heading instead: ### Heading.",
        ["h4"] = "Write a Markdown heading instead: #### Heading.",
        ["ul"] = "Write a Markdown list instead, one item per line starting with '- '.",
        ["ol"] = "Write a numbered Markdown list instead, one item per line starting with '1. '.",
        ["li"] = "Write a Markdown list instead, one item per line starting with '- ' or '1. '.",
        ["table"] = "Write a Markdown table instead: | Heading | Heading | then |---|---| then one row per line.",
        ["script"] = Embedded,
        ["style"] = Embedded,
        ["iframe"] = Embedded,
        ["object"] = Embedded,
        ["embed"] = Embedded,
        ["svg"] = Embedded,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string For(string tagName) => AdviceByTag.GetValueOrDefault(tagName, Otherwise);
}
