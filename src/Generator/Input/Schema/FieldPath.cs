namespace SendSite.Input.Schema;

/// <summary>
/// Names a value the way an author can find it: <c>areas_for_priority_action[2].responsible</c>. List items are
/// counted from 1 (the second item is [2]), as people count them; the line number pins it down exactly.
/// </summary>
internal readonly record struct FieldPath(string Text, string FieldName)
{
    public static FieldPath Root { get; } = new(string.Empty, string.Empty);

    public bool IsRoot => Text.Length == 0;

    public FieldPath Property(string name) => new(IsRoot ? name : Text + "." + name, name);

    public FieldPath Item(int zeroBasedIndex) => new($"{Text}[{zeroBasedIndex + 1}]", FieldName);

    public override string ToString() => IsRoot ? "the top level" : Text;
}
