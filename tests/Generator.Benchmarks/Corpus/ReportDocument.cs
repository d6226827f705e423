using System.Globalization;
using System.Text;

namespace SendSite.Benchmarks.Corpus;

/// <summary>
/// The Markdown file of one report: front matter as report.schema.json wants it, then a body of 2,000 to
/// 6,000 words with the sections of a real report (headings, lists, a table, numbered priority actions).
/// </summary>
public static class ReportDocument
{
    public static string Write(FictionalArea area, PlannedReport report, PlannedReport? followed, Random random)
    {
        var text = new StringBuilder(40_000);
        var composer = new TextComposer(area, random, text);
        var improvements = Enumerable.Range(0, 2 + random.Next(3)).Select(_ => composer.Fill(composer.Pick(Phrases.Sentences))).ToList();
        var actions = Enumerable.Range(0, report.Kind == "full-inspection" ? report.PriorityActions : 0).Select(i => Phrases.Actions[i % Phrases.Actions.Length]).Select(composer.Fill).ToList();

        text.Append("---\n# yaml-language-server: $schema=../../../src/Generator/Schemas/report.schema.json\n");
        text.Append("area: ").Append(area.Slug).Append('\n');
        text.Append("kind: ").Append(report.Kind).Append('\n');
        text.Append("inspection_start: ").Append(Day(report.Start)).Append('\n');
        text.Append("inspection_end: ").Append(Day(report.End)).Append('\n');
        text.Append("published: ").Append(report.Published.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("status: ").Append(report.Draft ? "draft" : "approved").Append('\n');
        if (report.Outcome is { } outcome)
        {
            text.Append("outcome: ").Append(outcome).Append('\n');
        }
        if (report.Follows is { } follows)
        {
            text.Append("follows: ").Append(follows).Append('\n');
            text.Append("findings:\n");
            for (var i = 1; i <= (followed?.PriorityActions ?? 0); i++)
            {
                var effective = random.Next(100) < 60;
                text.Append("  - priority_action: ").Append(i).Append('\n');
                text.Append("    progress: ").Append(effective ? "effective" : "not-effective").Append('\n');
                text.Append("    summary: ").Append(Yaml.Quote(effective
                    ? "The partnership is taking effective action, and families can see the difference."
                    : "The partnership is not yet taking effective action, and waits remain too long.")).Append('\n');
            }
        }
        text.Append("areas_for_improvement:\n");
        foreach (var improvement in improvements)
        {
            text.Append("  - ").Append(Yaml.Quote(improvement)).Append('\n');
        }
        if (actions.Count > 0)
        {
            text.Append("areas_for_priority_action:\n");
            for (var i = 0; i < actions.Count; i++)
            {
                text.Append("  - number: ").Append(i + 1).Append('\n');
                text.Append("    responsible:\n      - ").Append(area.Council).Append('\n');
                if (i % 2 == 0)
                {
                    text.Append("      - ").Append(area.Icb).Append('\n');
                }
                text.Append("    text: ").Append(Yaml.Quote($"Leaders must urgently {actions[i]}.")).Append('\n');
            }
        }
        text.Append("---\n");

        var target = (report.Kind == "full-inspection" ? 2000 + random.Next(4001) : 2000 + random.Next(1501)) - composer.Words;
        composer.Heading(2, "Information about the local area partnership");
        composer.Paragraph(3, 5);
        composer.Paragraph(2, 4);
        composer.FiguresTable();
        composer.Heading(2, report.Kind == "full-inspection"
            ? "What is it like to be a child or young person with SEND in this area?"
            : "What has improved since the full inspection?");
        composer.Paragraph(4, 7);
        if (actions.Count > 0)
        {
            composer.Heading(2, "Areas for priority action");
            composer.Paragraph(1, 2);
            composer.Numbered(actions.Select(a => $"Leaders must {a}.").ToList());
        }
        composer.Heading(2, "What is the area partnership doing that is effective?");
        composer.Bullets(Enumerable.Range(0, 3 + random.Next(3)).Select(_ => composer.Pick(Phrases.Strengths)).Distinct(StringComparer.Ordinal).ToList());
        composer.Heading(2, "What does the area partnership need to do better?");
        var themes = 0;
        while (composer.Words < target)
        {
            var heading = Phrases.ExperienceHeadings[themes % Phrases.ExperienceHeadings.Length];
            composer.Heading(3, themes < Phrases.ExperienceHeadings.Length ? heading : $"{heading} (continued)");
            composer.Paragraph(4, 8);
            composer.Paragraph(3, 6);
            if (themes % 3 == 1)
            {
                composer.Bullets(Enumerable.Range(0, 3).Select(_ => composer.Pick(Phrases.Sentences)).ToList());
            }
            themes++;
        }
        composer.Heading(2, "Areas for improvement");
        composer.Numbered(improvements);
        return text.ToString();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
