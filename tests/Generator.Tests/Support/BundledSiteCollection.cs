namespace SendSite.Tests.Support;

/// <summary>The test classes that share one build of the bundled site.</summary>
[CollectionDefinition(Name)]
public sealed class BundledSiteCollection : ICollectionFixture<BundledSiteBuild>
{
    public const string Name = "bundled site build";
}
