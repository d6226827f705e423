using System.CommandLine;
using System.Text;
using SendSite.Domain.Calendar;
using SendSite.Input.Loading;
using SendSite.Tools.Authoring.FromIssue;

namespace SendSite.Tools.Commands;

/// <summary>
/// `plan from-issue --body-file FILE --comment-file FILE [--outputs FILE] [--input input]`: makes a plan file from
/// the body of an issue written with the "Submit a plan" form and validates it. The body is read from a file, never
/// the command line, so the workflow never puts an officer's words into a shell. Writes the reply for the issue to
/// --comment-file, and for the workflow appends valid=, area=, plan_file= and owners= lines to --outputs (the file
/// named by $GITHUB_OUTPUT); those values come from areas.yml and the generated file name, not from the body.
/// </summary>
public static class PlanCommand
{
    public static Command Create(TextWriter? output = null)
    {
        var input = CommonOptions.Input();
        var bodyFile = new Option<string>("--body-file") { Description = "A file holding the issue's body, as GitHub wrote it.", Required = true };
        var commentFile = new Option<string>("--comment-file") { Description = "Where to write the reply to the issue (Markdown).", Required = true };
        var outputs = new Option<string?>("--outputs") { Description = "A file to append name=value lines to, for the workflow ($GITHUB_OUTPUT)." };
        var fromIssue = new Command("from-issue", "Makes a plan file from an issue written with the plan form, validates it, and writes the reply.")
        {
            input, bodyFile, commentFile, outputs,
        };
        fromIssue.SetAction(parsed =>
        {
            var log = output ?? Console.Out;
            var inputFolder = parsed.GetValue(input)!;
            string body;
            try
            {
                // Read as bytes with a bound, so a huge file is refused without being held as text.
                var info = new FileInfo(parsed.GetValue(bodyFile)!);
                body = info.Length > PlanFromIssue.MaxBodyLength * 4L
                    ? new string('x', PlanFromIssue.MaxBodyLength + 1)
                    : Encoding.UTF8.GetString(File.ReadAllBytes(info.FullName));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: the issue's body cannot be read: {e.Message}");
                return ExitCodes.Usage;
            }
            // The clock, read once: the site is validated as a build now would publish it.
            var result = PlanFromIssue.Create(inputFolder, body, WorkingDayCalendar.EnglandAndWales, DateTimeOffset.UtcNow);
            File.WriteAllText(parsed.GetValue(commentFile)!, IssueComment.Write(result));
            if (parsed.GetValue(outputs) is { } outputsFile)
            {
                var planFile = result.RelativePath is null ? "" : $"{inputFolder.TrimEnd('/')}/{result.RelativePath}";
                File.AppendAllText(outputsFile,
                    $"valid={(result.Valid ? "true" : "false")}\narea={result.Area?.Slug}\nplan_file={planFile}\nowners={string.Join(' ', result.Area?.Owners ?? [])}\n");
            }
            log.WriteLine(result.Valid
                ? $"Wrote {Path.Combine(inputFolder, result.RelativePath!).Replace('\\', '/')}: the plan is valid."
                : $"The plan was not made: {result.Problems.Count(p => !p.IsWarning)} problems, listed in the reply.");
            return result.Valid ? ExitCodes.Success : ExitCodes.Failure;
        });
        return new Command("plan", "Works with plans sent by local areas.") { fromIssue };
    }
}
