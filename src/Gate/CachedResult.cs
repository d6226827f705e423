namespace SendSite.Gate;

/// <summary>One page's result as the gate's cache keeps it (one JSON file, named by its key).</summary>
/// <param name="Page">The page, site-relative: a check that the file found is for the page asked about.</param>
/// <param name="Deep">The Tab walk, skip link and no-JavaScript checks ran too, not only axe and reflow.</param>
/// <param name="Dependencies">Every file the page loaded, by URL path, with its SHA-256 then; all must still match.</param>
/// <param name="Problems">What was found, before the exceptions file was applied.</param>
public sealed record CachedResult(string Page, bool Deep, IReadOnlyDictionary<string, string> Dependencies, IReadOnlyList<GateProblem> Problems);
