using YamlDotNet.Core;

namespace SendSite.Input.Yaml;

/// <summary>A mapping or sequence being walked by <see cref="DuplicateKeyWatcher"/>, with the keys seen so far.</summary>
internal sealed class OpenCollection(bool isMapping)
{
    public bool IsMapping { get; } = isMapping;

    public bool NextIsKey { get; set; } = true;

    public Dictionary<string, Mark> Keys { get; } = new(StringComparer.Ordinal);
}
