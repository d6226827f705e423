using SendSite.Tests.Support;

namespace SendSite.Tests.Finder;

/// <summary>
/// The sample input with more fictional areas for the finder: a county split in two (both list the old
/// name), a "St"/"Saint" name with an apostrophe, an accented alias and a board shared by two areas.
/// </summary>
public static class FinderInput
{
    public const string ExtraAreas = """
          - slug: fellside-east
            name: Fellside East
            code: E99000104
            region: North West
            council: Fellside East Council
            icb: NHS Coldharbour and Fellside Integrated Care Board
            former_names:
              - name: Fellshire
                until: 2023-03-31
          - slug: fellside-west-and-furrow
            name: Fellside West and Furrow
            code: E99000105
            region: North West
            council: Fellside West and Furrow Council
            icb: NHS Coldharbour and Fellside Integrated Care Board
            former_names:
              - name: Fellshire
                until: 2023-03-31
          - slug: st-brannocks
            name: St Brannock's
            official_name: St. Brannock's
            code: E99000106
            region: North West
            council: St Brannock's Metropolitan Borough Council
            icb: NHS Coldharbour and Fellside Integrated Care Board
          - slug: bishops-averley
            name: Bishops Averley
            code: E99000107
            region: South East
            council: Bishops Averley & District Council
            icb: NHS Averley Integrated Care Board
            aliases: [Évêque Averley]
        """;

    public const string OutcomesPage = """
        ---
        title: What the outcomes mean
        order: 2
        ---
        ## The three outcomes

        A test page.
        """;

    /// <summary>Writes the sample input plus <see cref="ExtraAreas"/> into <paramref name="folder"/>/input.</summary>
    public static string WriteTo(TempFolder folder)
    {
        var input = SampleInput.WriteTo(folder);
        folder.Write("input/areas.yml", SampleInput.AreasYml.TrimEnd() + "\n" + ExtraAreas);
        // The home page links to this page, so the gate's link check needs it.
        folder.Write("input/pages/what-the-outcomes-mean.md", OutcomesPage);
        return input;
    }
}
