namespace SendSite.Domain.Content;

/// <summary>
/// An inspection under the 2016-2022 framework ("local area SEND inspection"), from input/earlier-inspections.yml.
/// That framework had no graded outcome: inspectors either required a written statement of action (WSoA) for
/// significant weaknesses or did not, and a revisit judged progress on each weakness. <see cref="Code"/> and
/// <see cref="Name"/> are the area as inspected, which may since have been abolished; <see cref="Areas"/> are
/// the current areas whose pages show it (the area itself, or an abolished area's successors).
/// </summary>
public sealed record EarlierInspection(
    string Code,
    string Name,
    IReadOnlyList<string> Areas,
    Uri? OfstedPage,
    DateOnly InspectionStart,
    DateOnly Published,
    bool WrittenStatementRequired,
    int? SignificantWeaknesses,
    EarlierRevisit? Revisit,
    SourceMap Source);
