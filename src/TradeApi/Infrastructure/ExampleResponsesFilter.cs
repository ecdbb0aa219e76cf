using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TradeApi.Infrastructure;

// An example body for each operation's success and problem responses, shaped like what the seeded service answers.
public sealed class ExampleResponsesFilter : IOperationFilter
{
    private const string Provenance = """
        {"documentId":"e635c6167558418a","title":"Aleksandr Lukashenko meets with Kazakhstan Prime Minister Serik Akhmetov","publishedOn":null,"start":1084,"end":1141,"quote":"In 2012 Belarus-Kazakhstan trade was close to $1 billion."}
        """;
    private const string Country = """{"iso3":"BLR","iso2":"BY","name":"Belarus","aliases":["Republic of Belarus","Byelorussia"],"demonyms":["Belarusian"]}""";
    private const string Kaz = """{"iso3":"KAZ","iso2":"KZ","name":"Kazakhstan","aliases":["Republic of Kazakhstan"],"demonyms":["Kazakh","Kazakhstani"]}""";
    private const string Stated = """{"pair":"BLR-KAZ","reporter":"BLR","partner":"KAZ","flow":"total","year":2012,"value":1000000000,"currency":"USD","source":"stated","qualifier":"approximately","dataset":null,"provenance":""" + Provenance + ""","id":1}""";
    private const string Official = """{"pair":"BLR-KAZ","reporter":"BLR","partner":"KAZ","flow":"total","year":2012,"value":925922000,"currency":"USD","source":"official","qualifier":null,"dataset":"imf-dots-2000-2020","provenance":null,"id":null}""";
    private const string Summary = """{"key":"BLR-KAZ","a":""" + Country + ""","b":""" + Kaz + ""","firstYear":2000,"lastYear":2020,"statedVolumes":1,"officialRows":84,"targets":2,"latest":{"year":2020,"value":828198000,"currency":"USD","source":"official"}}""";
    private const string Target = """
        {"target":{"id":2,"pair":"BLR-KAZ","reporter":"BLR","partner":"KAZ","flow":"total","kind":"relative","value":2000000000,"currency":"USD","multiplier":2,"baseValue":1000000000,"baseYear":2012,"byYear":null,"horizon":"in the next few years","qualifier":"at_least","speaker":"Serik Akhmetov","statedAsReached":false,
        "provenance":{"documentId":"e635c6167558418a","title":"Aleksandr Lukashenko meets with Kazakhstan Prime Minister Serik Akhmetov","publishedOn":null,"start":2593,"end":2700,"quote":"“We have a huge potential and we should at least double it in the next few years,” believes Serik Akhmetov."}},
        "evaluation":{"status":"missed","basis":"official","deadline":2018,"deadlineAssumed":true,"latest":{"year":2020,"value":828198000,"currency":"USD","source":"official","reporter":"BLR"},"progress":0.4141,"achievedIn":null,"explanation":"official figure for 2018 was below the target at its deadline"}}
        """;

    private static readonly Dictionary<string, string> Success = new()
    {
        ["ListCountries"] = """{"items":[""" + Country + """],"limit":1,"nextCursor":"QkxS","hasMore":true}""",
        ["GetCountry"] = Country,
        ["ListPairs"] = """{"items":[""" + Summary + """],"limit":100,"nextCursor":null,"hasMore":false}""",
        ["GetPair"] = """{"pair":""" + Summary + ""","conflictTolerance":0.10,"years":[{"year":2012,"stated":[""" + Stated + """],"official":[""" + Official + """],"conflict":false}]}""",
        ["ListPairVolumes"] = """{"pair":"BLR-KAZ","items":[""" + Official + "," + Stated + """]}""",
        ["ListPairTargets"] = """{"pair":"BLR-KAZ","items":[""" + Target + """]}""",
        ["ListDocuments"] = """{"items":[{"id":"e635c6167558418a","title":"Aleksandr Lukashenko meets with Kazakhstan Prime Minister Serik Akhmetov","publishedOn":null,"source":"data/documents/00-belarus-kazakhstan-2013.txt","ingestedAt":"2026-11-27T20:00:00+00:00","volumes":1,"targets":2}],"limit":100,"nextCursor":null,"hasMore":false}""",
        ["GetDocument"] = """{"id":"e635c6167558418a","title":"Aleksandr Lukashenko meets with Kazakhstan Prime Minister Serik Akhmetov","publishedOn":null,"source":"data/documents/00-belarus-kazakhstan-2013.txt","ingestedAt":"2026-11-27T20:00:00+00:00","text":"Aleksandr Lukashenko meets with …","volumes":[],"targets":[]}""",
        ["Live"] = """{"status":"live","detail":null}""",
        ["Ready"] = """{"status":"ready","detail":"schema version 1"}""",
        ["Ready503"] = """{"status":"unavailable","detail":"the database cannot be opened or written"}""",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is null || operation.OperationId is null) return;
        foreach (var (code, response) in operation.Responses)
        {
            if (response.Content is null) continue;
            foreach (var media in response.Content.Values.OfType<OpenApiMediaType>())
            {
                if (code == "200" && Success.TryGetValue(operation.OperationId, out var json)) media.Example = JsonNode.Parse(json);
                else if (code == "503" && Success.TryGetValue(operation.OperationId + "503", out var down)) media.Example = JsonNode.Parse(down);
                else if (code == "503")
                    media.Example = JsonNode.Parse("""{"title":"Database busy","status":503,"detail":"the database is busy or unavailable; retry after the number of seconds in Retry-After"}""");
                else if (code is "400" or "404")
                    media.Example = JsonNode.Parse($$"""{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.{{(code == "400" ? 1 : 5)}}","title":"{{(code == "400" ? "Bad request" : "Not found")}}","status":{{code}},"detail":"{{(code == "400" ? "from (2015) is after to (2010); give from <= to" : "unknown country 'XYZ'; use ISO 3166-1 alpha-2 (BY) or alpha-3 (BLR), or an English name (Belarus)")}}"}""");
            }
        }
    }
}
