namespace SendSite.Tools.Authoring;

/// <summary>One section of a plan's body: the words after "Priority n: " in its heading (none for a priority action), and its text.</summary>
public sealed record PlanSection(string? Heading, string Text);
