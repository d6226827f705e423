using SendSite.Tests.Support;

namespace SendSite.Tests.Finder;

/// <summary>
/// An England-size input: the 153 current areas of src/Generator/Data/england-local-areas.yml and no reports
/// or plans, to test the finder on real names at full size (nothing about any area's findings is made up).
/// </summary>
public static class EnglandInput
{
    private const string AbolishedSection = "\nabolished:";

    public static string WriteTo(TempFolder folder)
    {
        var registry = File.ReadAllText(RepositoryRoot.Combine("src", "Generator", "Data", "england-local-areas.yml")).ReplaceLineEndings("\n");
        var end = registry.IndexOf(AbolishedSection, StringComparison.Ordinal);
        // The registry's list of abolished codes is not part of the areas schema yet.
        folder.Write("england/areas.yml", end < 0 ? registry : registry[..end] + "\n");
        folder.Write("england/site.yml", SampleInput.SiteYml);
        folder.Write("england/pages/what-the-outcomes-mean.md", FinderInput.OutcomesPage);
        return folder.Combine("england");
    }
}
