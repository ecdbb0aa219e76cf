using System.IO.Compression;
using System.Net.Http.Headers;
using System.Net;
using System.Text.Json;
using System.Text;

namespace TradeApi.Tests;

// The API as its three kinds of users meet it (issue 10): a client generator, an analyst in Swagger UI, a script pulling CSV.
public class ConventionsTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    private async Task<JsonElement> Problem(string url, HttpStatusCode status, string type)
    {
        var r = await factory.CreateClient().GetAsync(url);
        Assert.Equal(status, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var body = await Json(r);
        Assert.Equal(type, body.GetProperty("type").GetString());
        return body;
    }

    // --- Parameters: declared once, every mistake named ---

    [Theory]
    [InlineData("/api/v1/volumes?reporterCode=112", "reporterCode", "is not a parameter of this operation; it takes review, minConfidence, reporter, partner, country")]
    [InlineData("/api/v1/volumes?from=abc", "from", "'abc' is not an integer")]
    [InlineData("/api/v1/volumes?from=", "from", "is empty; give an integer or leave the parameter out")]
    [InlineData("/api/v1/volumes?from=2020&from=2019", "from", "is given 2 times; give it once")]
    [InlineData("/api/v1/volumes?year=1800", "year", "must be a year between 1900 and 2100")]
    [InlineData("/api/v1/volumes?flow=export", "flow", "'export' is not one of total, exports, imports")]
    [InlineData("/api/v1/volumes?country=BLR,XYZ", "country", "unknown country 'XYZ'")]
    [InlineData("/api/v1/volumes?count=maybe", "count", "'maybe' is not true or false")]
    [InlineData("/api/v1/pairs/BLR-KAZ/volumes?from=2015&to=2010", "from", "2015 is after to (2010); give from <= to")]
    [InlineData("/api/v1/volumes?from=2015&to=2010", "from", "2015 is after to (2010); give from <= to")]
    [InlineData("/api/v1/pairs/BLR-KAZ/chart.svg?from=2015&to=2010", "from", "2015 is after to (2010); give from <= to")]
    [InlineData("/api/v1/pairs/BLR-KAZ/series?reporter=FRA", "reporter", "FRA is not a country of the pair BLR-KAZ")]
    [InlineData("/api/v1/pairs/BLR-KAZ/targets?status=late", "status", "'late' is not one of achieved, on_track, behind, missed, no_data")]
    [InlineData("/api/v1/countries?sort=size", "sort", "'size' is not one of iso3, -iso3, name, -name")]
    [InlineData("/api/v1/pairs?cursor=%25%25", "cursor", "is not one this API issued")]
    [InlineData("/health/live?verbose=1", "verbose", "which takes none")]
    public async Task EveryBadParameterIsNamedInErrors(string url, string parameter, string message)
    {
        var body = await Problem(url, HttpStatusCode.BadRequest, "/problems/invalid-parameter");
        var errors = body.GetProperty("errors").GetProperty(parameter);
        Assert.Contains(errors.EnumerateArray(), e => e.GetString()!.Contains(message, StringComparison.Ordinal));
        Assert.StartsWith(parameter + ": ", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ImportWithoutDatasetSaysDatasetIsRequired()
    {
        var r = await factory.Writer().PostAsync("/api/v1/official", new StringContent("refYear,reporterISO,partnerISO,flowCode,primaryValue\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var body = await Json(r);
        Assert.Equal("is required", body.GetProperty("errors").GetProperty("dataset")[0].GetString());
    }

    [Fact]
    public async Task AFormPostSaysWhichBodiesAreAccepted()
    {
        var r = await factory.Writer().PostAsync("/api/v1/documents", new FormUrlEncodedContent([new("text", "Trade reached $1 billion.")]));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.StatusCode);
        var body = await Json(r);
        Assert.Equal("/problems/unsupported-media-type", body.GetProperty("type").GetString());
        Assert.Equal("Content-Type 'application/x-www-form-urlencoded' is not accepted here; send application/json or text/plain or application/x-ndjson", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AJsonBodyOfTheWrongShapeNamesNoInternalType()
    {
        var r = await factory.Writer().PostAsync("/api/v1/documents", new StringContent("{\"title\":123}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var text = await r.Content.ReadAsStringAsync();
        Assert.DoesNotContain("TradeApi.", text);
        Assert.Equal("/problems/invalid-body", (await Json(r)).GetProperty("type").GetString());
        Assert.Contains("at $.title", text);
    }

    [Fact]
    public async Task AnUnknownCountryAndAPairWithoutFactsAreDifferentProblems()
    {
        await Problem("/api/v1/pairs/BLR-XYZ/volumes", HttpStatusCode.NotFound, "/problems/unknown-country");
        await Problem("/api/v1/countries/XYZ", HttpStatusCode.NotFound, "/problems/unknown-country");
        var none = await Problem("/api/v1/pairs/FRA-PER", HttpStatusCode.NotFound, "/problems/unknown-pair-data");
        Assert.Contains("no facts for pair FRA-PER", none.GetProperty("detail").GetString());
        await Problem("/api/v1/pairs/BLR", HttpStatusCode.BadRequest, "/problems/invalid-parameter");
        await Problem("/api/v1/documents/0123456789abcdef", HttpStatusCode.NotFound, "/problems/not-found");
    }

    [Fact]
    public async Task EveryProblemTypeIsDocumentedAtItsUri()
    {
        var client = factory.CreateClient();
        var kinds = (await Json(await client.GetAsync("/problems"))).EnumerateArray().ToList();
        Assert.True(kinds.Count >= 15);
        Assert.Equal(kinds.Count, kinds.Select(k => k.GetProperty("type").GetString()).Distinct().Count());
        foreach (var slug in new[] { "unknown-country", "unknown-pair-data", "invalid-parameter", "unsupported-media-type", "payload-too-large", "rate-limited", "busy" })
            Assert.Contains(kinds, k => k.GetProperty("type").GetString() == "/problems/" + slug);
        foreach (var kind in kinds)
        {
            var type = kind.GetProperty("type").GetString()!;
            var doc = await Json(await client.GetAsync(type));
            Assert.Equal(type, doc.GetProperty("type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(doc.GetProperty("about").GetString()));
        }
    }

    // --- A series a chart can use as is ---

    [Fact]
    public async Task StatedSeriesOfTheFoundingDocument()
    {
        var body = await Json(await factory.CreateClient().GetAsync("/api/v1/pairs/KAZ-BLR/series?source=stated"));
        Assert.Equal("BLR-KAZ", body.GetProperty("pair").GetString());
        Assert.Equal("KAZ", body.GetProperty("reporter").GetString()); // the first country written
        Assert.Equal("total", body.GetProperty("flow").GetString());
        var point = Assert.Single(body.GetProperty("points").EnumerateArray());
        Assert.Equal(2012, point.GetProperty("year").GetInt32());
        Assert.Equal(1_000_000_000m, point.GetProperty("value").GetDecimal());
        Assert.Equal("approximately", point.GetProperty("qualifier").GetString());
    }

    [OfficialDataFact]
    public async Task OfficialSeriesIsOneReportersOneFlow()
    {
        var body = await Json(await factory.CreateClient().GetAsync("/api/v1/pairs/BLR-KAZ/series?flow=total&source=official&reporter=BLR"));
        var points = body.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(21, points.Count);
        Assert.Equal(Enumerable.Range(2000, 21), points.Select(p => p.GetProperty("year").GetInt32()));
        Assert.Equal(925_922_000m, points.Single(p => p.GetProperty("year").GetInt32() == 2012).GetProperty("value").GetDecimal());
        Assert.Equal(2000, body.GetProperty("firstYear").GetInt32());
        // The pair view with reporter= gives the same figure and only that reporter's rows.
        var volumes = await Json(await factory.CreateClient().GetAsync("/api/v1/pairs/BLR-KAZ/volumes?flow=total&source=official&reporter=BLR&from=2012&to=2012"));
        var row = Assert.Single(volumes.GetProperty("items").EnumerateArray());
        Assert.Equal("BLR", row.GetProperty("reporter").GetString());
        Assert.Equal(925_922_000m, row.GetProperty("value").GetDecimal());
        var csv = await factory.CreateClient().GetStringAsync("/api/v1/pairs/BLR-KAZ/series?reporter=KAZ&flow=exports&from=2010&to=2010&format=csv");
        Assert.Equal("year,value,currency,reporter,partner,flow,source,qualifier,documentId,dataset\r\n2010,35264000,USD,KAZ,BLR,exports,official,,,imf-dots-2000-2020\r\n", csv);
    }

    // --- HTTP done right ---

    [Theory]
    [InlineData("application/json, text/csv;q=0.1", null, "application/json")]
    [InlineData("text/csv", "json", "application/json")]
    [InlineData(null, "CSV", "text/csv")]
    [InlineData("text/*", null, "text/csv")]
    [InlineData("*/*", null, "application/json")]
    [InlineData("text/csv;q=0.9, application/json;q=0.5", null, "text/csv")]
    [InlineData("application/xml, */*;q=0.1", null, "application/json")]
    public async Task NegotiationHonoursQValuesAndFormatWins(string? accept, string? format, string expected)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/pairs/BLR-KAZ/volumes?flow=Total&source=Stated" + (format is null ? "" : "&format=" + format));
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        var r = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(expected, r.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AMediaTypeWeCannotProduceIs406()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/pairs/BLR-KAZ");
        request.Headers.TryAddWithoutValidation("Accept", "application/xml");
        var r = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.NotAcceptable, r.StatusCode);
        var body = await Json(r);
        Assert.Equal("/problems/not-acceptable", body.GetProperty("type").GetString());
        // The pair view has no CSV form, and says so.
        request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/pairs/BLR-KAZ");
        request.Headers.TryAddWithoutValidation("Accept", "text/csv");
        Assert.Equal(HttpStatusCode.NotAcceptable, (await factory.CreateClient().SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task JsonAndCsvAreCompressedWithTheirOwnTags(string coding)
    {
        var client = factory.CreateClient();
        foreach (var url in new[] { "/api/v1/pairs/BLR-KAZ/volumes", "/api/v1/volumes?format=csv&limit=50" })
        {
            var plain = await client.GetAsync(url);
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
            var packed = await client.SendAsync(request);
            Assert.Equal([coding], packed.Content.Headers.ContentEncoding);
            var bytes = await packed.Content.ReadAsByteArrayAsync();
            await using Stream inflate = coding == "br" ? new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress) : new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            Assert.Equal(await plain.Content.ReadAsStringAsync(), await new StreamReader(inflate).ReadToEndAsync());
            Assert.NotEqual(plain.Headers.ETag, packed.Headers.ETag);
            var vary = packed.Headers.Vary.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)).ToList();
            Assert.Contains("Accept", vary);
            Assert.Contains("Accept-Encoding", vary);
            Assert.Contains("Origin", vary);
            Assert.Equal(vary.Count, vary.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
    }

    // --- Conventions ---

    [Fact]
    public async Task CountGivesTheTotalOverAllPages()
    {
        var client = factory.CreateClient();
        var seen = 0;
        long? total = null;
        var url = "/api/v1/countries?limit=40&count=true";
        while (true)
        {
            var page = await Json(await client.GetAsync(url));
            seen += page.GetProperty("items").GetArrayLength();
            total ??= page.GetProperty("total").GetInt64();
            if (page.GetProperty("nextCursor").GetString() is not { } next) break;
            url = "/api/v1/countries?limit=40&count=true&cursor=" + next;
        }
        Assert.Equal(250, total);
        Assert.Equal(total, seen);
        var none = await Json(await client.GetAsync("/api/v1/countries?limit=1"));
        Assert.Equal(JsonValueKind.Null, none.GetProperty("total").ValueKind);
        var volumes = await Json(await client.GetAsync("/api/v1/volumes?source=stated&count=true&limit=1"));
        Assert.True(volumes.GetProperty("total").GetInt64() >= 1);
    }

    [Theory]
    [InlineData("/api/v1/countries?sort=-name&limit=7", "name", true)]
    [InlineData("/api/v1/countries?sort=name&limit=9", "name", false)]
    [InlineData("/api/v1/countries?sort=-iso3&limit=11", "iso3", true)]
    [InlineData("/api/v1/pairs?sort=-latestValue&limit=3", "latestValue", true)]
    [InlineData("/api/v1/pairs?sort=-key&limit=3", "key", true)]
    [InlineData("/api/v1/targets?sort=-id&limit=1", "id", true)]
    public async Task SortedListsPageInTheirOrderWithoutRepeats(string first, string field, bool descending)
    {
        // Pairs of their own, so the sort has several to order also on a clone without the official data (posting again is a no-op).
        foreach (var text in new[] { "Peru and Chile\nIn 2019 trade between Peru and Chile reached $3.2 billion.",
                                     "Fiji and Samoa\nIn 2018 trade between Fiji and Samoa was $40 million." })
            Assert.True((await factory.Writer().PostAsync("/api/v1/documents", new StringContent(text, Encoding.UTF8, "text/plain"))).IsSuccessStatusCode);
        var client = factory.CreateClient();
        var values = new List<JsonElement>();
        var keys = new List<string>();
        string? url = first;
        while (url is not null)
        {
            var r = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            var page = await Json(r);
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                values.Add(field switch
                {
                    "latestValue" => item.GetProperty("latest").ValueKind == JsonValueKind.Null ? JsonDocument.Parse("-1").RootElement : item.GetProperty("latest").GetProperty("value"),
                    "id" => item.GetProperty("target").GetProperty("id"),
                    _ => item.GetProperty(field),
                });
                keys.Add(item.ToString());
            }
            url = r.Headers.TryGetValues("Link", out var link) ? link.Single().Split('>')[0].TrimStart('<') : null;
        }
        Assert.True(values.Count >= 2);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        for (var i = 1; i < values.Count; i++)
        {
            var c = values[i].ValueKind == JsonValueKind.Number
                ? values[i - 1].GetDecimal().CompareTo(values[i].GetDecimal())
                : string.CompareOrdinal(Fold(values[i - 1].GetString()!), Fold(values[i].GetString()!));
            Assert.True(descending ? c >= 0 : c <= 0, $"{values[i - 1]} then {values[i]}");
        }
    }

    private static string Fold(string s) =>
        new string(s.Normalize(NormalizationForm.FormD).Where(ch => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray()).ToUpperInvariant();

    [Fact]
    public async Task VolumesNewestFirstAreTheExactReverse()
    {
        var client = factory.CreateClient();
        async Task<List<string>> All(string query)
        {
            var rows = new List<string>();
            string? url = "/api/v1/volumes?limit=37&" + query;
            while (url is not null)
            {
                var r = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.OK, r.StatusCode);
                rows.AddRange((await Json(r)).GetProperty("items").EnumerateArray().Select(i => i.ToString()));
                url = r.Headers.TryGetValues("Link", out var link) ? link.Single().Split('>')[0].TrimStart('<') : null;
            }
            return rows;
        }
        foreach (var query in new[] { "country=BLR", "country=BLR,KAZ&flow=total", "source=stated", "year=2012" })
        {
            var ascending = await All(query);
            var descending = await All(query + "&sort=-year");
            Assert.NotEmpty(ascending);
            Assert.Equal(Enumerable.Reverse(ascending), descending);
        }
        var first = await Json(await client.GetAsync("/api/v1/volumes?limit=1&sort=-year"));
        // An ascending cursor is not a descending one.
        var ascCursor = (await Json(await client.GetAsync("/api/v1/volumes?limit=1"))).GetProperty("nextCursor").GetString();
        await Problem("/api/v1/volumes?sort=-year&cursor=" + ascCursor, HttpStatusCode.BadRequest, "/problems/invalid-parameter");
        Assert.True(first.GetProperty("items")[0].GetProperty("year").GetInt32() >= 2012);
    }

    [Fact]
    public async Task DocumentsSortNewestFirst()
    {
        var writer = factory.Writer();
        var posted = await writer.PostAsync("/api/v1/documents", new StringContent("Sorting\nTrade between Ghana and Togo reached $2 billion in 2019.", Encoding.UTF8, "text/plain"));
        var id = (await Json(posted)).GetProperty("id").GetString();
        var newest = await Json(await factory.CreateClient().GetAsync("/api/v1/documents?sort=-ingestedAt&limit=1"));
        Assert.Equal(id, newest.GetProperty("items")[0].GetProperty("id").GetString());
        var next = newest.GetProperty("nextCursor").GetString();
        var second = await Json(await factory.CreateClient().GetAsync("/api/v1/documents?sort=-ingestedAt&limit=1&cursor=" + next));
        Assert.NotEqual(id, second.GetProperty("items")[0].GetProperty("id").GetString());
        // A cursor of one sort is refused by another, not misread.
        await Problem("/api/v1/documents?sort=-ingestedAt&cursor=" + Uri.EscapeDataString(Convert.ToBase64String("nobar"u8.ToArray()).TrimEnd('=')),
            HttpStatusCode.BadRequest, "/problems/invalid-parameter");
    }

    [Fact]
    public async Task CommaListsAndRepeatsAreTheUnionOfSingleFilters()
    {
        var client = factory.CreateClient();
        async Task<List<string>> Rows(string query) =>
            (await Json(await client.GetAsync("/api/v1/volumes?limit=1000&" + query))).GetProperty("items").EnumerateArray()
                .Select(i => { var row = System.Text.Json.Nodes.JsonNode.Parse(i.GetRawText())!.AsObject(); row.Remove("side"); return row.ToJsonString(); }).ToList();
        var blr = await Rows("country=BLR");
        var kaz = await Rows("country=KAZ");
        var both = await Rows("country=BLR,KAZ");
        var repeated = await Rows("country=BLR&country=kz");
        Assert.NotEmpty(both);
        Assert.Equal(blr.Union(kaz).Order().ToList(), both.Order().ToList());
        Assert.Equal(both, repeated);
        var reporters = await Rows("reporter=BLR,KAZ&partner=KAZ,BLR&source=stated");
        Assert.All(reporters, r => Assert.Contains("\"pair\":\"BLR-KAZ\"", r));
    }

    [Theory]
    [InlineData("112", "BLR")]
    [InlineData("040", "AUT")]
    [InlineData("Korea, Rep. of", "KOR")]
    [InlineData("Korea, Dem. People's Rep. of", "PRK")]
    [InlineData("China, P.R.: Mainland", "CHN")]
    [InlineData("China, P.R.: Hong Kong", "HKG")]
    [InlineData("Congo, Dem. Rep. of the", "COD")]
    [InlineData("Iran, Islamic Rep. of", "IRN")]
    [InlineData("Kyrgyz Rep.", "KGZ")]
    [InlineData("Bahamas, The", "BHS")]
    public async Task CountriesResolveM49AndStatisticalNames(string input, string iso3)
    {
        var body = await Json(await factory.CreateClient().GetAsync("/api/v1/countries/" + Uri.EscapeDataString(input)));
        Assert.Equal(iso3, body.GetProperty("iso3").GetString());
    }

    [Fact]
    public async Task CsvHasAFileNameAndAnOptionalBom()
    {
        var client = factory.CreateClient();
        var plain = await client.GetAsync("/api/v1/pairs/BLR-KAZ/volumes?format=csv");
        Assert.Equal("attachment; filename=\"pairs-BLR-KAZ-volumes.csv\"", plain.Content.Headers.ContentDisposition?.ToString());
        Assert.Equal((byte)'p', (await plain.Content.ReadAsByteArrayAsync())[0]);
        var bom = await (await client.GetAsync("/api/v1/pairs/BLR-KAZ/volumes?format=csv&bom=true")).Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF, (byte)'p'], bom[..4]);
        var volumes = await client.GetAsync("/api/v1/volumes?format=csv&limit=1");
        Assert.Equal("volumes.csv", volumes.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    // --- A newcomer's first requests ---

    [Fact]
    public async Task TheLandingPointsEverywhereThatWorks()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var root = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/index.html", root.Headers.Location?.ToString()); // the dashboard (wwwroot); /swagger when there is none
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/index.html")).StatusCode);
        Assert.Equal("/api/v1", (await client.GetAsync("/api")).Headers.Location?.ToString());
        var index = await Json(await client.GetAsync("/api/v1"));
        var resources = index.GetProperty("resources").EnumerateArray().ToList();
        Assert.Contains(resources, r => r.GetProperty("href").GetString() == "/api/v1/pairs");
        foreach (var r in resources)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(r.GetProperty("href").GetString())).StatusCode);
        var yaml = await client.GetAsync("/openapi.yaml");
        Assert.Equal(HttpStatusCode.OK, yaml.StatusCode);
        var text = await yaml.Content.ReadAsStringAsync();
        Assert.StartsWith("openapi: '3.1", text);
        Assert.Equal(File.ReadAllText(Path.Combine(TradeApiFactory.RepoRoot(), "openapi.yaml")).ReplaceLineEndings("\n").TrimEnd(), text.ReplaceLineEndings("\n").TrimEnd());
    }

    // --- The contract a generator and a person can trust ---

    private async Task<JsonElement> Document() => await Json(await factory.CreateClient().GetAsync("/swagger/v1/swagger.json"));

    [Fact]
    public async Task ResponseSchemasRequireEveryPropertyAndNameTheirEnums()
    {
        var schemas = (await Document()).GetProperty("components").GetProperty("schemas");
        foreach (var schema in schemas.EnumerateObject())
        {
            if (!schema.Value.TryGetProperty("properties", out var properties) || schema.Name is "ProblemDetails" or "DocumentBody" or "VolumePatch" or "TargetPatch") continue;
            var required = schema.Value.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToHashSet();
            Assert.All(properties.EnumerateObject(), p => Assert.True(required.Contains(p.Name), $"{schema.Name}.{p.Name} is not required"));
        }
        string[] Enum(string schema, string property) =>
            schemas.GetProperty(schema).GetProperty("properties").GetProperty(property).GetProperty("enum").EnumerateArray()
                .Select(e => e.ValueKind == JsonValueKind.Null ? "null" : e.GetString()!).ToArray();
        Assert.Equal(["total", "exports", "imports"], Enum("VolumeRow", "flow"));
        Assert.Equal(["stated", "official"], Enum("VolumeRow", "source"));
        Assert.Equal(["exact", "approximately", "more_than", "less_than", "at_least", "at_most", "null"], Enum("VolumeRow", "qualifier"));
        Assert.Equal(["achieved", "on_track", "behind", "missed", "no_data"], Enum("Evaluation", "status"));
        Assert.Equal(["exports", "imports"], Enum("MirrorYear", "flow"));
        // Official rows have no provenance: the contract says it can be null.
        var provenance = schemas.GetProperty("VolumeRow").GetProperty("properties").GetProperty("provenance").GetProperty("anyOf").EnumerateArray().ToList();
        Assert.Contains(provenance, p => p.TryGetProperty("type", out var t) && t.GetString() == "null");
        Assert.Contains(provenance, p => p.TryGetProperty("$ref", out var r) && r.GetString() == "#/components/schemas/Provenance");
        Assert.Equal(["text"], schemas.GetProperty("DocumentBody").GetProperty("required").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task ParametersHaveEnumsAndEveryResponseAnExample()
    {
        var doc = await Document();
        Assert.Equal("/", doc.GetProperty("servers")[0].GetProperty("url").GetString());
        var tags = doc.GetProperty("tags").EnumerateArray().ToList();
        Assert.Equal("Pairs", tags[0].GetProperty("name").GetString());
        Assert.All(tags, t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("description").GetString())));
        var operations = doc.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()).ToList();
        foreach (var op in operations)
        {
            var id = op.Value.GetProperty("operationId").GetString();
            foreach (var response in op.Value.GetProperty("responses").EnumerateObject())
            {
                if (!response.Value.TryGetProperty("content", out var content)) continue;
                foreach (var media in content.EnumerateObject())
                {
                    Assert.True(media.Value.TryGetProperty("example", out _) || media.Value.TryGetProperty("examples", out _), $"{id} {response.Name} {media.Name} has no example");
                    if (media.Name == "text/csv") Assert.Equal("string", media.Value.GetProperty("schema").GetProperty("type").GetString());
                    if (media.Name == "application/problem+json" && media.Value.TryGetProperty("example", out var ex))
                    {
                        Assert.StartsWith("/problems/", ex.GetProperty("type").GetString());
                        Assert.DoesNotContain("additionalProp", ex.ToString());
                    }
                }
            }
        }
        var series = operations.Single(o => o.Value.GetProperty("operationId").GetString() == "GetPairSeries").Value.GetProperty("parameters").EnumerateArray().ToList();
        var flow = series.Single(p => p.GetProperty("name").GetString() == "flow");
        Assert.Equal(["total", "exports", "imports"], flow.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("total", flow.GetProperty("example").GetString());
        var status = operations.Single(o => o.Value.GetProperty("operationId").GetString() == "ListTargets").Value.GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "status");
        Assert.Equal("array", status.GetProperty("schema").GetProperty("type").GetString());
        Assert.False(status.GetProperty("explode").GetBoolean());
        // A fact's id is an integer in its path, as it is in every body; the history's snapshots are typed per kind of fact.
        foreach (var op in new[] { "GetVolume", "PatchVolume", "GetVolumeHistory", "GetTarget", "PatchTarget", "GetTargetHistory" })
        {
            var id = operations.Single(o => o.Value.GetProperty("operationId").GetString() == op).Value.GetProperty("parameters").EnumerateArray()
                .Single(p => p.GetProperty("name").GetString() == "id").GetProperty("schema");
            Assert.Equal(("integer", "int64"), (id.GetProperty("type").GetString(), id.GetProperty("format").GetString()));
        }
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        var before = schemas.EnumerateObject().Single(x => x.Name.Contains("HistoryEntry") && x.Name.Contains("VolumeSnapshot")).Value.GetProperty("properties").GetProperty("before");
        Assert.Equal("#/components/schemas/VolumeSnapshot", before.GetProperty("$ref").GetString());
    }

    [Fact]
    public async Task SwaggerUiTryItOutValuesWork()
    {
        var doc = await Document();
        var paths = doc.GetProperty("paths");
        // The volumes list starts with country=BLR and year=2012, and that answers the founding document's figure.
        var volumes = paths.GetProperty("/api/v1/volumes").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Where(p => p.TryGetProperty("example", out _)).ToDictionary(p => p.GetProperty("name").GetString()!, p => JsonSerializer.Serialize(p.GetProperty("example")));
        Assert.Equal(new Dictionary<string, string> { ["country"] = "[\"BLR\"]", ["year"] = "2012" }, volumes);
        var page = await Json(await factory.CreateClient().GetAsync("/api/v1/volumes?country=BLR&year=2012"));
        Assert.Contains(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("source").GetString() == "stated" && i.GetProperty("value").GetDecimal() == 1_000_000_000m);
        // The extract operation's example bodies, JSON and text, are accepted and find the 2012 figure.
        var content = paths.GetProperty("/api/v1/extract").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        foreach (var (media, body) in new[] { ("application/json", content.GetProperty("application/json").GetProperty("example").GetRawText()),
                                              ("text/plain", content.GetProperty("text/plain").GetProperty("example").GetString()!) })
        {
            var r = await factory.Writer().PostAsync("/api/v1/extract", new StringContent(body, Encoding.UTF8, media));
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            var facts = await Json(r);
            var volume = Assert.Single(facts.GetProperty("volumes").EnumerateArray());
            Assert.Equal(2012, volume.GetProperty("year").GetInt32());
            Assert.Equal(1_000_000_000m, volume.GetProperty("value").GetDecimal());
            Assert.Equal("relative", Assert.Single(facts.GetProperty("targets").EnumerateArray()).GetProperty("kind").GetString());
        }
    }
}
