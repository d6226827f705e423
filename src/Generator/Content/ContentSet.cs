namespace SendSite.Content;

/// <summary>Everything read from input/, as typed records, before any rule about what is published.</summary>
public sealed record ContentSet(
    SiteSettings Settings,
    IReadOnlyList<Area> Areas,
    IReadOnlyList<Report> Reports,
    IReadOnlyList<Plan> Plans,
    IReadOnlyList<ContentPage> Pages);
