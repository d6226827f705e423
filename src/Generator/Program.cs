using System.CommandLine;
using SendSite.Tools.Commands;

// Thin entry point: each command lives in Commands/ and says what it does there.
var root = new RootCommand("Builds the area SEND inspections site from input/ and gates it on accessibility.")
{
    BuildCommand.Create(),
    ValidateCommand.Create(),
    CheckCommand.Create(),
    NewCommand.Create(),
    CodeOwnersCommand.Create(),
    IssueFormCommand.Create(),
    PlanCommand.Create(),
    ServeCommand.Create(),
    InitCommand.Create(),
    ImportCommand.Create(),
};
return await ExitCodes.InvokeAsync(root, args);
