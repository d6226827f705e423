using Xunit;
namespace SendSite.Tests.Gate;

/// <summary>Every test class in this collection shares <see cref="ChromiumFixture"/>'s browser.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
