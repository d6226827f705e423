using System.Text;

namespace SendSite.Tools.Authoring.FromIssue;

/// <summary>
/// The reply to an issue, in GitHub's Markdown. Problems can quote what the officer typed, so every message is
/// escaped: Markdown punctuation loses its meaning, HTML cannot open a tag, "@name" cannot mention anyone, and
/// each message is cut short, so a reply can never carry a link, a script or a page of someone else's text.
/// </summary>
public static class IssueComment
{
    private const int MaxMessageLength = 600;

    public static string Write(FromIssueResult result)
    {
        var text = new StringBuilder();
        var errors = result.Problems.Where(p => !p.IsWarning).ToList();
        var warnings = result.Problems.Where(p => p.IsWarning).ToList();
        if (result.Valid)
        {
            text.Append("Thank you. Your plan has been checked and has no problems.\n\n")
                .Append("It has been made into the file `").Append(result.RelativePath).Append("`. ")
                .Append("If you are one of your area's team on GitHub, a pull request (a proposed change to the site) with that file is linked below, ")
                .Append("with a preview of the site you can download once its checks have run. Someone from your area's team then approves it.\n");
        }
        else
        {
            text.Append("Thank you. Your plan could not be made into a page yet, because of ")
                .Append(errors.Count == 1 ? "one problem" : $"{errors.Count} problems").Append(":\n\n");
            foreach (var problem in errors)
            {
                AppendProblem(text, problem);
            }
            text.Append("\nTo fix them, edit this issue: select the three dots (...) at the top right of it, then Edit. ")
                .Append("Change the boxes named above and select \"Update comment\". Your plan is then checked again and a new reply is added.\n");
        }
        if (warnings.Count > 0)
        {
            text.Append("\nThings to check (they do not stop the plan):\n\n");
            foreach (var problem in warnings)
            {
                AppendProblem(text, problem);
            }
        }
        return text.ToString();
    }

    private static void AppendProblem(StringBuilder text, FieldProblem problem)
    {
        text.Append("- ");
        if (problem.Field is not null)
        {
            text.Append("**").Append(Escape(problem.Field)).Append("**: ");
        }
        text.Append(Escape(problem.Message)).Append(" How to fix it: ").Append(Escape(problem.Fix)).Append('\n');
    }

    /// <summary>Plain text that GitHub shows as written: one line, no Markdown, no HTML, no mentions.</summary>
    public static string Escape(string value)
    {
        var line = string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        if (line.Length > MaxMessageLength)
        {
            line = line[..MaxMessageLength] + " (cut short)";
        }
        var escaped = new StringBuilder(line.Length + 16);
        foreach (var c in line)
        {
            if (c == '@')
            {
                escaped.Append("@\u2060"); // a word joiner: shown as nothing, but "@name" is no longer a mention
            }
            else if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '<' or '>' or '#' or '|' or '!' or '~' or '&' or ':' or '{' or '}')
            {
                escaped.Append('\\').Append(c);
            }
            else if (!char.IsControl(c))
            {
                escaped.Append(c);
            }
        }
        return escaped.ToString();
    }
}
