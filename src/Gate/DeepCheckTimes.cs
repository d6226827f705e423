namespace SendSite.Gate;

/// <summary>Where one deep scan's time went: the skip link, the Tab walk (its page load included) and the load without JavaScript.</summary>
public sealed record DeepCheckTimes(TimeSpan SkipLink, TimeSpan TabWalk, TimeSpan NoScript)
{
    public static DeepCheckTimes None { get; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    public TimeSpan Total => SkipLink + TabWalk + NoScript;
}
