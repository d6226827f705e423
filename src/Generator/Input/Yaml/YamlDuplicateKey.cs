using YamlDotNet.Core;

namespace SendSite.Input.Yaml;

/// <summary>A key given a second time in the same mapping, with where it was first given.</summary>
internal sealed record YamlDuplicateKey(string Key, Mark Repeated, Mark First);
