using YamlDotNet.Serialization;

namespace SendSite.Gate;

/// <summary>The shape of gate-exceptions.yml: a documented list under one key.</summary>
internal sealed class AcceptedProblemsFile
{
    [YamlMember(Alias = "exceptions")]
    public List<AcceptedProblemEntry>? Exceptions { get; set; }
}
