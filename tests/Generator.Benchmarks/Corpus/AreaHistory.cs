namespace SendSite.Benchmarks.Corpus;

/// <summary>
/// An area's inspections and plans from 2018 to late 2026, made up with the area's own random stream so that
/// every area can be written in parallel and still come out the same. A full inspection comes every 12 to 26
/// months; after widespread failings comes a priority action plan (on time: within 35 working days for
/// submission and 70 for publication) and a monitoring inspection about 18 months later; some full
/// inspections get a strategic plan. Some recent reports are still under embargo at the benchmark's clock,
/// and an area's very last report is sometimes a draft.
/// </summary>
public sealed record AreaHistory(IReadOnlyList<PlannedReport> Reports, IReadOnlyList<PlannedPlan> Plans)
{
    /// <summary>No inspection starts after this day, so the calendar (bank holidays to 2030) covers every deadline.</summary>
    private static readonly DateOnly LastStart = new(2026, 10, 26);

    public static AreaHistory Create(Random random)
    {
        var reports = new List<PlannedReport>();
        var plans = new List<PlannedPlan>();
        var start = Monday(new DateOnly(2018, 4, 2).AddDays(random.Next(420)));
        while (start <= LastStart)
        {
            var outcome = PickOutcome(random);
            var full = Report("full-inspection", start, 4, outcome, null, outcome == "widespread-failings" ? 2 + random.Next(4) : 0, random);
            reports.Add(full);
            var next = Monday(start.AddDays(400 + random.Next(480)));
            if (outcome == "widespread-failings")
            {
                var reportDay = DateOnly.FromDateTime(full.Published.UtcDateTime);
                // 20 and 42 calendar days are always inside 35 and 70 working days.
                plans.Add(new PlannedPlan("priority-action-plan", full, reportDay.AddDays(20), reportDay.AddDays(42)));
                var monitoringStart = Monday(start.AddDays(400 + random.Next(180)));
                if (monitoringStart <= LastStart)
                {
                    reports.Add(Report("monitoring-inspection", monitoringStart, 2, null, full.Id, full.PriorityActions, random));
                    next = Monday(monitoringStart.AddDays(200 + random.Next(200)));
                }
            }
            if (random.Next(100) < 22)
            {
                var reportDay = DateOnly.FromDateTime(full.Published.UtcDateTime);
                plans.Add(new PlannedPlan("strategic-plan", full, null, reportDay.AddDays(60 + random.Next(60))));
            }
            start = next;
        }
        if (reports.Count > 0 && random.Next(100) < 6 && !plans.Any(p => p.RespondsTo == reports[^1]))
        {
            reports[^1] = reports[^1] with { Draft = true };
        }
        return new AreaHistory(reports, plans);
    }

    private static PlannedReport Report(string kind, DateOnly start, int visitDays, string? outcome, string? follows, int priorityActions, Random random)
    {
        var end = start.AddDays(visitDays);
        var publishedDay = end.AddDays(35 + random.Next(35));
        while (publishedDay.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            publishedDay = publishedDay.AddDays(1);
        }
        var published = new DateTimeOffset(publishedDay.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero);
        return new PlannedReport(kind, start, end, published, outcome, follows, priorityActions, Draft: false);
    }

    private static string PickOutcome(Random random) => random.Next(100) switch
    {
        < 42 => "typically-positive",
        < 78 => "inconsistent",
        _ => "widespread-failings",
    };

    private static DateOnly Monday(DateOnly day)
    {
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(1);
        }
        return day;
    }
}
