using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SendSite.Gate;

/// <summary>
/// Writes the gate's report folder: report.md for people (grouped by page, with links to help) and
/// report.json for machines (CI annotations, dashboards). Both list problems in the same sorted order.
/// </summary>
public static class GateReportWriter
{
    public const string MarkdownFile = "report.md";
    public const string JsonFile = "report.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(string reportDirectory, GateResult result)
    {
        Directory.CreateDirectory(reportDirectory);
        File.WriteAllText(Path.Combine(reportDirectory, JsonFile), ToJson(result) + "\n");
        File.WriteAllText(Path.Combine(reportDirectory, MarkdownFile), ToMarkdown(result));
    }

    public static string ToJson(GateResult result) => JsonSerializer.Serialize(new
    {
        result.Passed,
        PagesScanned = result.PagesScanned.Count,
        result.PagesOpened,
        PagesPerSecond = Math.Round(result.PagesPerSecond, 2),
        result.Problems,
        result.Excepted,
        Pages = result.PagesScanned,
        result.Walks,
    }, Json);

    public static string ToMarkdown(GateResult result)
    {
        var text = new StringBuilder()
            .AppendLine("# Accessibility gate report")
            .AppendLine()
            .AppendLine(result.Passed
                ? $"**Passed.** {result.PagesScanned.Count} pages checked ({result.PagesOpened} opened in the browser, the rest from the gate's cache), no problems found."
                : $"**Failed.** {result.Problems.Count} problems on {result.Problems.Select(p => p.Page).Distinct().Count()} pages; {result.PagesScanned.Count} pages scanned.")
            .AppendLine();

        foreach (var page in result.Problems.GroupBy(problem => problem.Page))
        {
            text.AppendLine($"## {(page.Key.Length == 0 ? "The whole site" : page.Key)}").AppendLine();
            AppendTable(text, page);
        }
        if (result.Excepted.Count > 0)
        {
            text.AppendLine("## Allowed by the reviewed exceptions file").AppendLine();
            AppendTable(text, result.Excepted, withPage: true);
        }
        AppendWalks(text, result.Walks);
        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, IEnumerable<GateProblem> problems, bool withPage = false)
    {
        text.AppendLine(withPage ? "| Page | Rule | WCAG | Element | Problem |" : "| Rule | WCAG | Element | Problem |")
            .AppendLine(withPage ? "|---|---|---|---|---|" : "|---|---|---|---|");
        foreach (var problem in problems)
        {
            var rule = problem.HelpUrl.Length == 0 ? Cell(problem.Rule) : $"[{Cell(problem.Rule)}]({problem.HelpUrl})";
            var element = problem.Selector.Length == 0 ? "" : $"`{Cell(problem.Selector)}`";
            var page = withPage ? $"| {Cell(problem.Page)} " : "";
            text.AppendLine($"{page}| {rule} | {Cell(problem.Criterion)} | {element} | {Cell(problem.Message)} |");
        }
        text.AppendLine();
    }

    /// <summary>Which page was Tab-walked for which structure, so a reader can see what stood for what.</summary>
    private static void AppendWalks(StringBuilder text, IReadOnlyList<WalkedPage> walks)
    {
        if (walks.Count == 0)
        {
            return;
        }
        text.AppendLine("## Pages walked with the keyboard")
            .AppendLine()
            .AppendLine("Axe and the reflow check ran on every page checked. The Tab walk, the skip link and the no-JavaScript check ran on one page of each template and set of components, standing for the pages like it.")
            .AppendLine()
            .AppendLine("| Page | Template | Stands for | Components |")
            .AppendLine("|---|---|---|---|");
        foreach (var walk in walks)
        {
            var components = walk.Components.Count == 0 ? "" : string.Join(", ", walk.Components.Select(component => $"`{Cell(component)}`"));
            text.AppendLine($"| {Cell(walk.Page)} | {Cell(walk.Template)} | {walk.PagesLikeIt} {(walk.PagesLikeIt == 1 ? "page" : "pages")} | {components} |");
        }
        text.AppendLine();
    }

    private static string Cell(string value) => value.Replace("|", "\\|").ReplaceLineEndings(" ");
}
