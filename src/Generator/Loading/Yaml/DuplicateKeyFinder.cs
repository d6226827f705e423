using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SendSite.Loading.Yaml;

/// <summary>
/// Finds every key given twice in one mapping by walking the parser's events. YamlStream stops at the first
/// duplicate (and other YAML libraries silently keep the last one), so this reports all of them at once.
/// </summary>
internal static class DuplicateKeyFinder
{
    public static IReadOnlyList<YamlDuplicateKey> Find(string yaml)
    {
        var duplicates = new List<YamlDuplicateKey>();
        var open = new Stack<OpenCollection>();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case Scalar scalar:
                        NodeStarts(open, scalar.Value, scalar.Start, duplicates);
                        break;
                    case AnchorAlias alias:
                        NodeStarts(open, null, alias.Start, duplicates);
                        break;
                    case MappingStart mapping:
                        NodeStarts(open, null, mapping.Start, duplicates);
                        open.Push(new OpenCollection(isMapping: true));
                        break;
                    case SequenceStart sequence:
                        NodeStarts(open, null, sequence.Start, duplicates);
                        open.Push(new OpenCollection(isMapping: false));
                        break;
                    case MappingEnd or SequenceEnd:
                        open.Pop();
                        break;
                }
            }
        }
        catch (YamlException)
        {
            // A syntax error further on is reported by the reader itself; the duplicates found so far stand.
        }

        return duplicates;
    }

    /// <summary>In a mapping, nodes alternate key, value, key, value; only scalar keys can be compared.</summary>
    private static void NodeStarts(Stack<OpenCollection> open, string? scalarText, Mark start, List<YamlDuplicateKey> duplicates)
    {
        if (open.Count == 0 || !open.Peek().IsMapping)
        {
            return;
        }

        var mapping = open.Peek();
        if (mapping.NextIsKey && scalarText is not null)
        {
            if (mapping.Keys.TryGetValue(scalarText, out var first))
            {
                duplicates.Add(new YamlDuplicateKey(scalarText, start, first));
            }
            else
            {
                mapping.Keys.Add(scalarText, start);
            }
        }

        mapping.NextIsKey = !mapping.NextIsKey;
    }
}
