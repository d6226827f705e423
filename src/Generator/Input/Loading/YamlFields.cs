using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace SendSite.Input.Loading;

/// <summary>
/// Reads typed values out of a YAML mapping that has already passed its schema, so a value here is present
/// and well-formed whenever the schema says it must be. Keeps the loaders free of YAML plumbing.
/// </summary>
public sealed class YamlFields(YamlMappingNode mapping)
{
    public YamlNode? Node(string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public string? Text(string key) => Node(key) is YamlScalarNode scalar ? scalar.Value : null;

    public string RequiredText(string key) =>
        Text(key) ?? throw new InvalidOperationException($"'{key}' should have been required by the schema.");

    public bool Flag(string key, bool fallback = false) =>
        Text(key) is { } value ? value == "true" : fallback;

    public int? Number(string key) =>
        Text(key) is { } value && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    public DateOnly? Date(string key) =>
        Text(key) is { } value && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public DateTimeOffset? Instant(string key) =>
        Text(key) is { } value && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;

    public IReadOnlyList<string> TextList(string key) =>
        Node(key) is YamlSequenceNode sequence ? [.. sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "")] : [];

    public IReadOnlyList<YamlFields> MappingList(string key) =>
        Node(key) is YamlSequenceNode sequence ? [.. sequence.Children.OfType<YamlMappingNode>().Select(m => new YamlFields(m))] : [];
}
