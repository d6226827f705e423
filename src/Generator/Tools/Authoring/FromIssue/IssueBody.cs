using SendSite.Rules.IssueForm;

namespace SendSite.Tools.Authoring.FromIssue;

/// <summary>
/// Reads the body GitHub writes for an issue made with a form: for each field in order, "### Label", a blank
/// line, then the answer, or "_No response_" when it was left empty. An answer may itself hold "### " headings,
/// so a heading ends an answer only when it is the label of a field still to come: fields are matched in the
/// form's order, never by searching the whole body.
/// </summary>
public static class IssueBody
{
    public const string NoResponse = "_No response_";

    public static IssueAnswers Read(string body, IReadOnlyList<FormField> fields)
    {
        var lines = body.ReplaceLineEndings("\n").Split('\n');
        var starts = new List<(FormField Field, int Line)>();
        var missing = new List<FormField>();
        var from = 0;
        foreach (var field in fields)
        {
            var heading = "### " + field.Label;
            var at = Array.FindIndex(lines, from, line => line.TrimEnd() == heading);
            if (at < 0)
            {
                missing.Add(field);
                continue;
            }
            starts.Add((field, at));
            from = at + 1;
        }
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < starts.Count; i++)
        {
            var first = starts[i].Line + 1;
            var end = i + 1 < starts.Count ? starts[i + 1].Line : lines.Length;
            var answer = string.Join('\n', lines[first..end].Select(l => l.TrimEnd())).Trim('\n', ' ');
            values[starts[i].Field.Id] = answer.Length == 0 || answer == NoResponse ? null : answer;
        }
        return new IssueAnswers(values, missing);
    }
}
