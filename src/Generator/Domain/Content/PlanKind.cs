namespace SendSite.Domain.Content;

public enum PlanKind
{
    /// <summary>Published or updated by every area after a full inspection.</summary>
    StrategicPlan,
    /// <summary>Required after the "widespread and/or systemic failings" outcome, with deadlines in working days.</summary>
    PriorityActionPlan,
}
