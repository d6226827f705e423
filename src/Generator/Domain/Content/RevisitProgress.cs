namespace SendSite.Domain.Content;

/// <summary>
/// What a revisit under the 2016-2022 framework found: whether the area had made sufficient progress in
/// addressing all, some or none of the significant weaknesses of its written statement of action (Ofsted's
/// "Yes", "Some" and "No"). Not an outcome of the 2023 framework, and never shown as one.
/// </summary>
public enum RevisitProgress
{
    All,
    Some,
    None,
}
