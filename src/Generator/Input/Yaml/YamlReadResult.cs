using SendSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SendSite.Input.Yaml;

/// <summary>
/// What <see cref="YamlDocumentReader"/> found: the root node when the YAML could be read (even with warnings),
/// and every problem. <see cref="Root"/> is null when nothing usable was read.
/// </summary>
public sealed record YamlReadResult(YamlNode? Root, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
