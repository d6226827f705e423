using System.CommandLine;
using System.Diagnostics;
using SendSite.Diagnostics;
using SendSite.Engine;
using SendSite.Tools.Import;

namespace SendSite.Tools.Commands;

/// <summary>
/// `import`: Ofsted's "Area SEND inspections and outcomes in England: management information" (.ods, or a CSV
/// saved from it) into report files, or the 2016-2022 framework's statistics into input/earlier-inspections.yml.
/// Every row is checked first; with any problem nothing is written.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Ofsted's management information (.ods or .csv) or the 2016-2022 statistics (.ods), as downloaded from gov.uk." };
        var input = CommonOptions.Input();
        var timings = CommonOptions.Timings();
        var command = new Command("import", "Creates or updates one report per inspection in Ofsted's management information, or each area's 2016-2022 inspection from Ofsted's statistics.") { file, input, timings };
        command.SetAction(parsed =>
        {
            var inputFolder = parsed.GetValue(input)!;
            var filePath = parsed.GetValue(file)!;
            var inputProblems = new DiagnosticBag();
            var fileProblems = new DiagnosticBag();
            var stages = new StageTimings();
            var clock = Stopwatch.StartNew();
            var summary = stages.Measure("import", () => ReportImporter.Run(inputFolder, filePath, inputProblems, fileProblems));
            DiagnosticPrinter.Print(inputProblems.Sorted, inputFolder, DiagnosticPrinter.Text, Console.Error);
            DiagnosticPrinter.Print(fileProblems.Sorted, "", DiagnosticPrinter.Text, Console.Error);
            if (summary is null)
            {
                var all = inputProblems.Sorted.Concat(fileProblems.Sorted).ToList();
                Console.Error.WriteLine($"Nothing was imported ({DiagnosticPrinter.Summary(all)}): fix the problems above and import again.");
                return ExitCodes.Failure;
            }
            foreach (var line in summary.Lines())
            {
                Console.Out.WriteLine(line);
            }
            if (parsed.GetValue(timings))
            {
                stages.Print(Console.Error, clock.Elapsed);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
