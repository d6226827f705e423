using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SendSite.Input.Yaml;

/// <summary>
/// Sits between the YAML parser and YamlStream and notes every key given twice in one mapping, in the same
/// single pass that builds the tree. YamlStream stops at the first repeated key (other YAML libraries silently
/// keep the last one); after such a stop, <see cref="ReadToEnd"/> walks the rest so every repeat is reported.
/// </summary>
internal sealed class DuplicateKeyWatcher(IParser inner) : IParser
{
    private readonly Stack<OpenCollection> open = new();
    private readonly List<YamlDuplicateKey> duplicates = [];

    public IReadOnlyList<YamlDuplicateKey> Duplicates => duplicates;

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the last event read ended: the parser got at least this far.</summary>
    public Mark LastGood { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        LastGood = inner.Current?.End ?? LastGood;
        Observe(inner.Current);
        return true;
    }

    /// <summary>Reads the remaining events; a syntax error further on ends the walk (the reader reports it).</summary>
    public void ReadToEnd()
    {
        try
        {
            while (MoveNext())
            {
            }
        }
        catch (YamlException)
        {
            // The duplicates found up to here stand; the error itself is not this watcher's to report.
        }
    }

    private void Observe(ParsingEvent? parsingEvent)
    {
        switch (parsingEvent)
        {
            case Scalar scalar:
                NodeStarts(scalar.Value, scalar.Start);
                break;
            case AnchorAlias alias:
                NodeStarts(null, alias.Start);
                break;
            case MappingStart mapping:
                NodeStarts(null, mapping.Start);
                open.Push(new OpenCollection(isMapping: true));
                break;
            case SequenceStart sequence:
                NodeStarts(null, sequence.Start);
                open.Push(new OpenCollection(isMapping: false));
                break;
            case MappingEnd or SequenceEnd:
                open.Pop();
                break;
        }
    }

    /// <summary>In a mapping, nodes alternate key, value, key, value; only scalar keys can be compared.</summary>
    private void NodeStarts(string? scalarText, Mark start)
    {
        if (open.Count == 0 || !open.Peek().IsMapping)
        {
            return;
        }

        var mapping = open.Peek();
        if (mapping.NextIsKey && scalarText is not null && !mapping.Keys.TryAdd(scalarText, start))
        {
            duplicates.Add(new YamlDuplicateKey(scalarText, start, mapping.Keys[scalarText]));
        }

        mapping.NextIsKey = !mapping.NextIsKey;
    }
}
