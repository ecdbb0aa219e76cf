using System.Text.Json;

namespace TradeApi.Facts;

// The attributes of a fact as JSON: kept as the original beside a correction, and as before/after in the history.
public static class ReviewJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    public static string Text<T>(T attributes) => JsonSerializer.Serialize(attributes, Options);

    public static VolumeAttributes? Volume(string? json) => json is null ? null : JsonSerializer.Deserialize<VolumeAttributes>(json, Options);

    public static TargetAttributes? Target(string? json) => json is null ? null : JsonSerializer.Deserialize<TargetAttributes>(json, Options);

    /// A fact's attributes with its review state and reason, for the history.
    public static string Snapshot<T>(T attributes, string state, string? reason)
    {
        var node = JsonSerializer.SerializeToNode(attributes, Options)!.AsObject();
        node["review"] = state;
        node["reason"] = reason;
        return node.ToJsonString(Options);
    }

    /// A stored snapshot read back as its kind's record.
    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
