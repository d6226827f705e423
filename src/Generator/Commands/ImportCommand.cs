using System.CommandLine;
using SendSite.Diagnostics;
using SendSite.Import;

namespace SendSite.Commands;

/// <summary>
/// `import`: Ofsted's "Area SEND inspections and outcomes in England: management information" CSV into
/// report files. Every row is checked first; with any problem nothing is written.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var csv = new Argument<string>("csv") { Description = "The management information CSV, as downloaded from gov.uk." };
        var input = CommonOptions.Input();
        var command = new Command("import", "Creates or updates one report per inspection in Ofsted's management information CSV.") { csv, input };
        command.SetAction(parsed =>
        {
            var inputFolder = parsed.GetValue(input)!;
            var csvPath = parsed.GetValue(csv)!;
            var inputProblems = new DiagnosticBag();
            var csvProblems = new DiagnosticBag();
            var summary = ReportImporter.Run(inputFolder, csvPath, inputProblems, csvProblems);
            DiagnosticPrinter.Print(inputProblems.Sorted, inputFolder, DiagnosticPrinter.Text, Console.Error);
            DiagnosticPrinter.Print(csvProblems.Sorted, "", DiagnosticPrinter.Text, Console.Error);
            if (summary is null)
            {
                var all = inputProblems.Sorted.Concat(csvProblems.Sorted).ToList();
                Console.Error.WriteLine($"Nothing was imported ({DiagnosticPrinter.Summary(all)}): fix the problems above and import again.");
                return ExitCodes.Failure;
            }
            foreach (var line in summary.Lines())
            {
                Console.Out.WriteLine(line);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
