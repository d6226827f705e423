using SendSite.Input.Schema;
using Xunit;

namespace SendSite.Tests.Validation.Schema;

public sealed class SchemaPatternsTests
{
    [Theory]
    [InlineData(@"^[a-z]+$", @"^[a-z]+\z")]
    [InlineData(@"^\d{4}$", @"^[0-9]{4}\z")]
    [InlineData(@"^[\d-]+$", @"^[0-9-]+\z")]
    [InlineData(@"^[$]\$", @"^[$]\$")]
    [InlineData(@"^@[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?$", @"^@[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?\z")]
    public void Translates_ecma_anchors_and_digits(string pattern, string expected)
    {
        Assert.Equal(expected, SchemaPatterns.ToDotNet(pattern));
    }

    [Fact]
    public void A_trailing_line_break_does_not_match_an_anchored_pattern()
    {
        Assert.DoesNotMatch(SchemaPatterns.Get("^[a-z]+$"), "aldermoor\n");
        Assert.Matches(SchemaPatterns.Get("^[a-z]+$"), "aldermoor");
    }

    [Fact]
    public void Non_ascii_digits_are_not_digits()
    {
        Assert.DoesNotMatch(SchemaPatterns.Get(@"^\d{4}$"), "\u0662\u0660\u0662\u0665");
    }

    [Fact]
    public void The_same_pattern_is_built_once()
    {
        Assert.Same(SchemaPatterns.Get("^x$"), SchemaPatterns.Get("^x$"));
    }
}
