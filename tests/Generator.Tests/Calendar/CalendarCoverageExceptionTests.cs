using SendSite.Domain.Calendar;
using Xunit;

namespace SendSite.Tests.Calendar;

public class CalendarCoverageExceptionTests
{
    [Fact]
    public void The_message_names_the_year_and_the_file_to_add_it_to()
    {
        var error = new CalendarCoverageException(2031, 2018, 2030);

        Assert.Equal(
            "The working-day calendar has no bank holidays for 2031 (it covers 2018 to 2030). " +
            "Add the England and Wales bank holidays for 2031 to src/Generator/Data/bank-holidays-england-and-wales.yml.",
            error.Message);
        Assert.Equal(2031, error.Year);
    }
}
