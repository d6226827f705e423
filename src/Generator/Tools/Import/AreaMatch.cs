using SendSite.Domain.Content;

namespace SendSite.Tools.Import;

/// <summary>The areas a name could mean, each with the name of it that matched (its name, official name, an alias or a former name).</summary>
public sealed record AreaMatch(IReadOnlyList<(Area Area, string MatchedName)> Candidates)
{
    public Area? Single => Candidates.Count == 1 ? Candidates[0].Area : null;
}
