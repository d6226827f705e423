using System.CommandLine;
using System.Diagnostics;
using SendSite.Diagnostics;
using SendSite.Engine;
using SendSite.Site.Building;

namespace SendSite.Tools.Commands;

/// <summary>`validate`: reports every content problem at once, with file, line, column and how to fix it.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var format = new Option<string>("--format")
        {
            Description = "text (for people), json (for tools) or github (annotations on pull requests).",
            DefaultValueFactory = _ => DiagnosticPrinter.Text,
        };
        format.AcceptOnlyFromAmong(DiagnosticPrinter.Formats);
        var timings = CommonOptions.Timings();
        // Links between files go to what is published at this moment, as in a build at the same --now.
        var now = CommonOptions.Now();
        var command = new Command("validate", "Checks the input folder and reports every problem at once.") { input, format, timings, now };
        command.SetAction(parsed =>
        {
            if (!CommonOptions.TryParseNow(parsed.GetValue(now), out var at, out var nowError))
            {
                Console.Error.WriteLine($"error: {nowError}");
                return ExitCodes.Usage;
            }
            var inputFolder = parsed.GetValue(input)!;
            var diagnostics = new DiagnosticBag();
            var clock = Stopwatch.StartNew();
            var stages = new StageTimings();
            ContentCheck.Run(inputFolder, diagnostics, at, stages);
            var sorted = diagnostics.Sorted;
            var chosen = parsed.GetValue(format)!;
            DiagnosticPrinter.Print(sorted, inputFolder, chosen, Console.Out);
            if (chosen != DiagnosticPrinter.Json)
            {
                Console.Error.WriteLine(diagnostics.HasErrors
                    ? $"{inputFolder}: {DiagnosticPrinter.Summary(sorted)}. Fix the errors above and run validate again."
                    : $"{inputFolder}: valid ({DiagnosticPrinter.Summary(sorted)}).");
            }
            if (parsed.GetValue(timings))
            {
                // On stderr, so that --format json output stays one JSON document.
                stages.Print(Console.Error, clock.Elapsed);
            }
            return diagnostics.HasErrors ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }
}
