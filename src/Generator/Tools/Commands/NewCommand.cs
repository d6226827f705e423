using System.CommandLine;
using System.Globalization;
using SendSite.Domain.Calendar;
using SendSite.Domain.Content;
using SendSite.Input.Loading;
using SendSite.Tools.Authoring;

namespace SendSite.Tools.Commands;

/// <summary>
/// `new plan --area SLUG --kind strategic-plan|priority-action-plan [--date yyyy-mm-dd] [--now ISO] [--input input]`:
/// starts a plan file with every field it needs, correctly named and placed, for an author to fill in.
/// </summary>
public static class NewCommand
{
    public static Command Create(TextWriter? output = null)
    {
        var input = CommonOptions.Input();
        var area = new Option<string>("--area") { Description = "Your area's slug, as in areas.yml, e.g. st-elverys.", Required = true };
        var kind = new Option<string>("--kind") { Description = "strategic-plan or priority-action-plan.", Required = true };
        kind.AcceptOnlyFromAmong(FileNames.PlanKinds);
        var date = new Option<string?>("--date") { Description = "The day the plan will be published, yyyy-mm-dd (the file name starts with it). Default: --now's date." };
        var now = CommonOptions.Now();
        var plan = new Command("plan", "Creates input/plans/<area>/<yyyy-mm-dd>-<kind>.md from the template, ready to fill in.")
        {
            input, area, kind, date, now,
        };
        plan.SetAction(parsed =>
        {
            var log = output ?? Console.Out;
            if (!CommonOptions.TryParseNow(parsed.GetValue(now), out var clock, out var error))
            {
                Console.Error.WriteLine($"error: {error}");
                return ExitCodes.Usage;
            }
            var day = DisplayDates.UkDate(clock);
            if (parsed.GetValue(date) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                Console.Error.WriteLine($"error: --date '{text}' is not a date written as yyyy-mm-dd, e.g. 2026-11-23.");
                return ExitCodes.Usage;
            }
            var inputFolder = parsed.GetValue(input)!;
            var result = NewPlan.Create(inputFolder, parsed.GetValue(area)!, parsed.GetValue(kind)!, day, WorkingDayCalendar.EnglandAndWales);
            if (!result.Created)
            {
                Console.Error.WriteLine($"error: {result.Message}");
                return ExitCodes.Failure;
            }
            var shown = Path.Combine(inputFolder, result.RelativePath!).Replace('\\', '/');
            log.WriteLine(result.Message);
            log.WriteLine($"Next: open {shown}, replace every \"{PlanPlaceholders.Marker}\", then run `send-site validate` (or `send-site serve` to see it as it will look).");
            return ExitCodes.Success;
        });
        return new Command("new", "Starts a new content file from a template.") { plan };
    }
}
