using YamlDotNet.Serialization;

namespace SendSite.Gate;

/// <summary>The shape of one entry in gate-exceptions.yml as YamlDotNet reads it, before it is checked.</summary>
internal sealed class AcceptedProblemEntry
{
    [YamlMember(Alias = "rule")]
    public string? Rule { get; set; }

    [YamlMember(Alias = "selector")]
    public string? Selector { get; set; }

    [YamlMember(Alias = "reason")]
    public string? Reason { get; set; }

    [YamlMember(Alias = "page")]
    public string? Page { get; set; }
}
