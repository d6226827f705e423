using SendSite.Diagnostics;
using SendSite.Domain.Content;

namespace SendSite.Rules.Validation;

/// <summary>An inspection team has at most one lead inspector from each inspectorate (Ofsted leads; CQC has its own lead).</summary>
public static class TeamRules
{
    public static void Check(Report report, DiagnosticBag diagnostics)
    {
        foreach (var group in report.Team.Where(m => m.IsLead).GroupBy(m => m.Inspectorate).Where(g => g.Count() > 1))
        {
            diagnostics.Add(Diagnostic.Error(report.Source.At("team"), DiagnosticCodes.TwoLeadInspectors,
                $"The team has {group.Count()} lead inspectors from {(group.Key == Inspectorate.Cqc ? "CQC" : "Ofsted")}.",
                "Each inspectorate has one lead inspector: set role: inspector on the others, as the report lists them."));
        }
    }
}
