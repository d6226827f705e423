namespace SendSite.Input.Schema;

/// <summary>
/// Suggests what the author probably meant: the candidate closest in edit distance (a transposed pair counts as
/// one edit), ignoring case, or one the value is the start of ('monitoring' for 'monitoring-inspection').
/// </summary>
public static class NearestMatch
{
    private const int ShortestUsefulPrefix = 4;
    private const int MostEditsAllowed = 3;

    public static string? Find(string value, IEnumerable<string> candidates)
    {
        var typed = value.Trim().ToLowerInvariant();
        if (typed.Length == 0)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var lower = candidate.ToLowerInvariant();
            var distance = Distance(typed, lower);
            var allowed = Math.Clamp(Math.Min(typed.Length, lower.Length) / 3, 1, MostEditsAllowed);
            var isPrefix = typed.Length >= ShortestUsefulPrefix && lower.StartsWith(typed, StringComparison.Ordinal);
            if ((distance <= allowed || isPrefix) && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int Distance(string first, string second)
    {
        var beforePrevious = new int[second.Length + 1];
        var previous = new int[second.Length + 1];
        var current = new int[second.Length + 1];
        for (var column = 0; column <= second.Length; column++)
        {
            previous[column] = column;
        }

        for (var row = 1; row <= first.Length; row++)
        {
            current[0] = row;
            for (var column = 1; column <= second.Length; column++)
            {
                var cost = first[row - 1] == second[column - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[column] + 1, current[column - 1] + 1), previous[column - 1] + cost);
                if (row > 1 && column > 1 && first[row - 1] == second[column - 2] && first[row - 2] == second[column - 1])
                {
                    best = Math.Min(best, beforePrevious[column - 2] + 1);
                }

                current[column] = best;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[second.Length];
    }
}
