using YamlDotNet.Serialization;

namespace SendSite.Gate;

/// <summary>The shape of gate-exceptions.yml: a documented list under one key.</summary>
internal sealed class GateExceptionsFile
{
    [YamlMember(Alias = "exceptions")]
    public List<GateExceptionEntry>? Exceptions { get; set; }
}
