using System.Globalization;
using System.Text;

namespace SendSite.Benchmarks.Corpus;

/// <summary>
/// The Markdown file of one plan: front matter as plan.schema.json wants it, then 1,000 to 3,000 words with
/// one numbered priority per section, lists of actions, owners and a table of milestones.
/// </summary>
public static class PlanDocument
{
    public static string Write(FictionalArea area, PlannedPlan plan, Random random)
    {
        var text = new StringBuilder(20_000);
        var composer = new TextComposer(area, random, text);
        var priority = plan.Kind == "priority-action-plan";
        var title = priority
            ? $"{area.Name} priority action plan {plan.Published.Year}"
            : $"{area.Name} SEND strategic plan {plan.Published.Year} to {plan.Published.Year + 3}";
        text.Append("---\n# yaml-language-server: $schema=../../../src/Generator/Schemas/plan.schema.json\n");
        text.Append("area: ").Append(area.Slug).Append('\n');
        text.Append("kind: ").Append(plan.Kind).Append('\n');
        text.Append("title: ").Append(Yaml.Quote(title)).Append('\n');
        text.Append("summary: ").Append(Yaml.Quote(priority
            ? $"What {area.Name} will do about each area for priority action the inspectors named."
            : $"Our longer-term plan for children and young people with SEND in {area.Name}.")).Append('\n');
        text.Append("responds_to: ").Append(plan.RespondsTo.Id).Append('\n');
        if (plan.Submitted is { } submitted)
        {
            text.Append("submitted: ").Append(Day(submitted)).Append('\n');
        }
        text.Append("published: ").Append(Day(plan.Published)).Append('\n');
        text.Append("status: approved\n");
        text.Append("---\n");

        var target = 1000 + random.Next(2001);
        composer.Paragraph(3, 5);
        var sections = priority ? Math.Max(plan.RespondsTo.PriorityActions, 1) : 4 + random.Next(3);
        for (var i = 1; i <= sections || composer.Words < target; i++)
        {
            var action = composer.Fill(Phrases.Actions[(i - 1) % Phrases.Actions.Length]);
            composer.Heading(2, $"Priority {i}: {char.ToUpperInvariant(action[0])}{action[1..].Split(',')[0]}");
            composer.Paragraph(2, 4);
            text.Append("What we will do:\n\n");
            composer.Bullets(Enumerable.Range(0, 3 + random.Next(3)).Select(_ => composer.Pick(Phrases.Sentences)).ToList());
            text.Append("Owner: the SEND improvement lead, ").Append(area.Council).Append(".\n\n");
            text.Append("| Milestone | By |\n| --- | --- |\n");
            for (var m = 1; m <= 3; m++)
            {
                text.Append("| Milestone ").Append(m).Append(" for priority ").Append(i).Append(" | ")
                    .Append(plan.Published.AddMonths(4 * m).ToString("MMMM yyyy", CultureInfo.InvariantCulture)).Append(" |\n");
            }
            text.Append('\n');
        }
        composer.Heading(2, "How families can get involved");
        composer.Bullets(["Join the parent carer forum.", "Come to a termly open meeting, in person or online.", "Email send-plan@example.org with ideas or worries."]);
        return text.ToString();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
