using SendSite.Diagnostics;

namespace SendSite.Domain.Content;

/// <summary>One area a thematic report visited, and where its slug is written, so an unknown slug is reported on its own line.</summary>
public sealed record VisitedArea(string Slug, SourceLocation At);
