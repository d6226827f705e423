using SendSite.Rendering.Templates;

namespace SendSite.Site.Session;

/// <summary>
/// A broken theme or missing npm packages: the publisher's to fix, told in words, not as a stack trace. Pipelines run
/// in parallel, so the mistake usually arrives inside an <see cref="AggregateException"/>.
/// </summary>
public static class SetupMistakes
{
    /// <summary>The setup mistake <paramref name="e"/> is or holds, or null when it is something else.</summary>
    public static Exception? Find(Exception e) => e switch
    {
        ThemeException or ThemeAssetsMissingException => e,
        AggregateException all => all.Flatten().InnerExceptions.FirstOrDefault(i => i is ThemeException or ThemeAssetsMissingException),
        _ => null,
    };
}
