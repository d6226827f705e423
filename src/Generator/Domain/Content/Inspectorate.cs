namespace SendSite.Domain.Content;

/// <summary>The two inspectorates that inspect area SEND arrangements jointly.</summary>
public enum Inspectorate
{
    Ofsted,
    Cqc,
}
