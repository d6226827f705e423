namespace SendSite.Tests.Support;

/// <summary>
/// A small, valid input folder written to disk, to which a test adds or breaks files. Three fictional areas:
/// one inspected with inconsistent outcomes, one with widespread failings (and a monitoring inspection), one not yet inspected.
/// </summary>
public static class SampleInput
{
    public const string SiteYml = """
        title: Test SEND site
        base_url: https://example.org/send/
        publisher: Test publisher
        contact_email: help@example.org
        sample_data: true
        sample_notice: Everything here is made up for tests.
        """;

    public const string AreasYml = """
        areas:
          - slug: northby
            name: Northby
            code: E99000101
            region: North West
            council: Northby Council
            icb: NHS Northby Integrated Care Board
            aliases: [City of Northby]
            owners: ["@example/northby"]
          - slug: southmere
            name: Southmere
            official_name: Southmere, City of
            code: E99000102
            region: South West
            council: Southmere City Council
            icb: NHS Southmere Integrated Care Board
            former_names:
              - name: Old Southmere
                slug: old-southmere
                until: 2023-03-31
          - slug: eastwold
            name: Eastwold
            code: E99000103
            region: East of England
            council: Eastwold County Council
            icb: NHS Eastwold Integrated Care Board
        """;

    public const string NorthbyReport = """
        ---
        area: northby
        kind: full-inspection
        inspection_start: 2024-03-04
        inspection_end: 2024-03-08
        published: 2024-05-10T09:30:00Z
        status: approved
        outcome: inconsistent
        areas_for_improvement:
          - Leaders should make sure plans are reviewed on time.
        ---
        ## What is it like to be a child or young person with SEND in this area?

        Children wait too long for assessments.
        """;

    public const string SouthmereReport = """
        ---
        area: southmere
        kind: full-inspection
        inspection_start: 2024-01-15
        inspection_end: 2024-01-19
        published: 2024-03-01T09:30:00Z
        status: approved
        outcome: widespread-failings
        areas_for_priority_action:
          - number: 1
            responsible: [Southmere City Council, NHS Southmere Integrated Care Board]
            text: Leaders must reduce waiting times.
          - number: 2
            responsible: [Southmere City Council]
            text: Leaders must improve plans.
        ---
        ## Information about the local area partnership

        Southmere is a made-up place.
        """;

    public const string SouthmereMonitoring = """
        ---
        area: southmere
        kind: monitoring-inspection
        inspection_start: 2025-09-01
        inspection_end: 2025-09-03
        published: 2025-10-10T09:30:00Z
        status: approved
        follows: 2024-01-15-full-inspection
        findings:
          - priority_action: 1
            progress: effective
            summary: Waiting times are shorter.
          - priority_action: 2
            progress: not-effective
            summary: Plans are still late.
        ---
        ## Main findings

        Some progress.
        """;

    public const string SouthmerePlan = """
        ---
        area: southmere
        kind: priority-action-plan
        title: Southmere priority action plan
        responds_to: 2024-01-15-full-inspection
        submitted: 2024-04-10
        published: 2024-05-20
        status: approved
        ---
        ## Our priorities

        We will reduce waiting times.
        """;

    public const string AboutPage = """
        ---
        title: About this site
        footer: true
        order: 1
        ---
        ## Who publishes this site

        A test publisher.
        """;

    /// <summary>Writes the valid sample into <paramref name="folder"/>/input and returns that path.</summary>
    public static string WriteTo(TempFolder folder)
    {
        folder.Write("input/site.yml", SiteYml);
        folder.Write("input/areas.yml", AreasYml);
        folder.Write("input/reports/northby/2024-03-04-full-inspection.md", NorthbyReport);
        folder.Write("input/reports/southmere/2024-01-15-full-inspection.md", SouthmereReport);
        folder.Write("input/reports/southmere/2025-09-01-monitoring-inspection.md", SouthmereMonitoring);
        folder.Write("input/plans/southmere/2024-05-20-priority-action-plan.md", SouthmerePlan);
        folder.Write("input/pages/about.md", AboutPage);
        return folder.Combine("input");
    }
}
