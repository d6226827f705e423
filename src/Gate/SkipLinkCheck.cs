namespace SendSite.Gate;

/// <summary>
/// The first Tab stop is a skip link (<c>a.govuk-skip-link</c>, or any <c>a[href^="#"]</c>) to the main content,
/// and following it with Enter moves the keyboard past the header.
/// </summary>
public static class SkipLinkCheck
{
    private const int TargetMissing = 0;
    private const int TargetNotMain = 1;

    public static async Task<IReadOnlyList<GateProblem>> RunAsync(PageProbe probe, string sitePath)
    {
        await probe.StartAsync();
        await probe.PressAsync(PageProbe.TabKey);
        var first = await probe.FocusedSkipLinkAsync();
        if (!first.IsSkipLink)
        {
            var found = first.Key.Length == 0 ? "nothing gets focus" : $"the first element to get focus is {first.Key}";
            return [GateChecks.SkipLink.Problem(sitePath, first.Key, $"the first Tab should reach a skip link to the main content, but {found}")];
        }

        switch (await probe.SkipTargetStateAsync(first.TargetId))
        {
            case TargetMissing:
                return [GateChecks.SkipLink.Problem(sitePath, first.Key, $"the skip link points at #{first.TargetId}, which is not on the page")];
            case TargetNotMain:
                return [GateChecks.SkipLink.Problem(sitePath, first.Key, $"the skip link points at #{first.TargetId}, which is not the main element or inside it")];
        }

        await probe.PressAsync(PageProbe.EnterKey);
        if (await probe.FocusIsPastSkipTargetAsync(first.TargetId))
        {
            return [];
        }
        // A target that cannot take focus still moves where the next Tab starts from: that is enough.
        await probe.PressAsync(PageProbe.TabKey);
        return await probe.FocusIsPastSkipTargetAsync(first.TargetId)
            ? []
            : [GateChecks.SkipLink.Problem(sitePath, first.Key, "following the skip link with Enter leaves keyboard focus before the main content")];
    }
}
