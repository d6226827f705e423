namespace SendSite.Domain.Content;

/// <summary>A numbered area for priority action, addressed to the bodies that must act.</summary>
public sealed record PriorityAction(int Number, IReadOnlyList<string> Responsible, string Text);
