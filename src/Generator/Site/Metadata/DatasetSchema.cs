using System.Text.Json.Nodes;

namespace SendSite.Site.Metadata;

/// <summary>
/// The open data as a schema.org Dataset with one DataDownload per format. temporalCoverage runs from the
/// first inspection's start to the newest publication, both taken from the rows (so it is deterministic).
/// No licence is named: site.yml has no field for one, and a licence must be the publisher's decision.
/// </summary>
public static class DatasetSchema
{
    public static JsonObject Of(
        string name,
        string description,
        string absoluteUrl,
        JsonObject publisher,
        IReadOnlyList<DataDownloadLink> downloads,
        IReadOnlyList<string> variables,
        string? temporalCoverage)
    {
        var thing = JsonLd.Thing("Dataset");
        thing["name"] = name;
        thing["description"] = description;
        thing["url"] = absoluteUrl;
        thing["isAccessibleForFree"] = true;
        thing["creator"] = publisher.DeepClone();
        thing["publisher"] = publisher;
        thing["variableMeasured"] = new JsonArray([.. variables.Select(v => (JsonNode)JsonValue.Create(v))]);
        if (temporalCoverage is not null)
        {
            thing["temporalCoverage"] = temporalCoverage;
        }
        var distribution = new JsonArray();
        foreach (var download in downloads)
        {
            var item = JsonLd.Nested("DataDownload");
            item["contentUrl"] = download.AbsoluteUrl;
            item["encodingFormat"] = download.MediaType;
            distribution.Add(item);
        }
        thing["distribution"] = distribution;
        return thing;
    }
}
