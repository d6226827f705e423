using SendSite.Tools.Commands;

namespace SendSite.Tests.Commands;

public sealed class UsageMessageTests
{
    [Fact]
    public void A_number_too_large_for_its_option_is_said_without_a_dotnet_type_name()
    {
        var plain = UsageMessage.Plain("Cannot parse argument '99999999999' for option '--search-shard-pages' as expected type 'System.Nullable`1[System.Int32]'.");

        Assert.Equal("--search-shard-pages '99999999999' is not a whole number from 1 to 2147483647.", plain);
    }

    [Fact]
    public void Control_characters_in_the_value_are_shown_escaped_and_other_messages_pass_through()
    {
        Assert.DoesNotContain('\u001b', UsageMessage.Plain("Cannot parse argument '\u001b[31m' for option '--x' as expected type 'System.Int32'."));
        Assert.Equal("Unrecognized command or argument 'x'.", UsageMessage.Plain("Unrecognized command or argument 'x'."));
    }
}
