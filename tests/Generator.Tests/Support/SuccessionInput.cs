namespace SendSite.Tests.Support;

/// <summary>
/// The sample input after a rename, a merge and a split: Southmere was Old Southmere (a rename, as in
/// <see cref="SampleInput"/>), Northby absorbed Northby Moor and Northby Vale (a merge), and Old Wold was split
/// into Eastwold and Westwold on 1 April 2025, with its one report kept in Eastwold's folder.
/// </summary>
public static class SuccessionInput
{
    public const string AreasYml = """
        areas:
          - slug: northby
            name: Northby
            code: E99000101
            region: North West
            council: Northby Council
            icb: NHS Northby Integrated Care Board
            former_names:
              - name: Northby Moor
                slug: northby-moor
                until: 2022-03-31
              - name: Northby Vale
                slug: northby-vale
                until: 2022-03-31
          - slug: southmere
            name: Southmere
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
            icb: NHS Wold Integrated Care Board
            former_names:
              - name: Old Wold
                slug: old-wold
                until: 2025-03-31
                code: E99000105
          - slug: westwold
            name: Westwold
            code: E99000104
            region: East of England
            council: Westwold Council
            icb: NHS Wold Integrated Care Board
            former_names:
              - name: Old Wold
                slug: old-wold
                until: 2025-03-31
                code: E99000105
        """;

    public const string OldWoldReportPath = "input/reports/eastwold/2023-05-08-full-inspection.md";

    public const string OldWoldReport = """
        ---
        area: eastwold
        former_area: old-wold
        kind: full-inspection
        inspection_start: 2023-05-08
        inspection_end: 2023-05-12
        published: 2023-07-04T09:30:00Z
        status: approved
        outcome: typically-positive
        areas_for_improvement:
          - Leaders should check plans are reviewed on time.
        ---
        ## Information about the local area partnership

        Old Wold was a made-up county.
        """;

    /// <summary>Old addresses that were published before the changes, and must keep working after them.</summary>
    public static readonly string[] OldUrls =
    [
        "/areas/northby-moor/",
        "/areas/northby-vale/",
        "/areas/northby-vale/reports/2024-03-04-full-inspection/",
        "/areas/old-southmere/",
        "/areas/old-southmere/feed.xml",
        "/areas/old-southmere/plans/2024-05-20-priority-action-plan/",
        "/areas/old-southmere/reports/2024-01-15-full-inspection/",
        "/areas/old-wold/",
        "/areas/old-wold/feed.xml",
        "/areas/old-wold/reports/2023-05-08-full-inspection/",
    ];

    public static string WriteTo(TempFolder folder)
    {
        var input = SampleInput.WriteTo(folder);
        folder.Write("input/areas.yml", AreasYml);
        folder.Write(OldWoldReportPath, OldWoldReport);
        return input;
    }
}
