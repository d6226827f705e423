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
        PagesPerSecond = Math.Round(result.PagesPerSecond, 2),
        result.Problems,
        result.Excepted,
        Pages = result.PagesScanned,
    }, Json);

    public static string ToMarkdown(GateResult result)
    {
        var text = new StringBuilder()
            .AppendLine("# Accessibility gate report")
            .AppendLine()
            .AppendLine(result.Passed
                ? $"**Passed.** {result.PagesScanned.Count} pages scanned, no problems found."
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

    private static string Cell(string value) => value.Replace("|", "\\|").ReplaceLineEndings(" ");
}
