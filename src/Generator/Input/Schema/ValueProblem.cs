namespace SendSite.Input.Schema;

/// <summary>What is wrong with one value, before it is given its place in a file.</summary>
internal sealed record ValueProblem(string Code, string Message, string Fix);
