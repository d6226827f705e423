namespace SendSite.Tools.Import;

/// <summary>What import does with one inspection's file.</summary>
public enum ImportChangeKind
{
    Created,
    Updated,
    Unchanged,

    /// <summary>A report written by hand (no <c>source: ofsted-mi</c>) is never overwritten by data.</summary>
    KeptWrittenByHand,
}
