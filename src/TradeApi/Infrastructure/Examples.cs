namespace TradeApi.Infrastructure;

// The problems of the contract: for each operation and status, a problem the service really answers with, in the words it writes.
// (Success bodies, CSV and request examples are each resource's, attached to its routes: OperationExamples.)
public static class Examples
{
    public static readonly Microsoft.AspNetCore.Mvc.ProblemDetails UnknownCountryInPair =
        Problems.Details(Problems.UnknownCountry, "unknown country 'XYZ' in pair 'BLR-XYZ'; use ISO 3166-1 alpha-2 or alpha-3 codes, or English names");

    /// A problem an operation really answers with for a status, with the detail the service writes.
    public static Microsoft.AspNetCore.Mvc.ProblemDetails Problem(string operationId, string status)
    {
        var (kind, detail, errors) = (operationId, status) switch
        {
            (_, "400") when operationId.StartsWith("Patch", StringComparison.Ordinal) => (Problems.InvalidBody, "review: a rejection needs a reason",
                new Dictionary<string, string[]> { ["review"] = ["a rejection needs a reason"] }),
            (_, "400") when operationId is "IngestDocument" or "ExtractFacts" or "CheckText" => (Problems.InvalidBody, "text is required and must not be empty", null),
            ("ImportOfficial" or "ImportRates", "400") => (Problems.InvalidBody, "2 bad row(s); nothing was imported", null),
            (_, "400") when operationId.Contains("Pair") => (Problems.InvalidParameter, "flow: 'export' is not one of total, exports, imports",
                new Dictionary<string, string[]> { ["flow"] = ["'export' is not one of total, exports, imports"] }),
            ("GetDocument" or "DeleteDocument" or "CheckDocument", "400") => (Problems.InvalidParameter, "id: 'abc' is not a document id; ids are 16 lowercase hex digits, as listed by GET /api/v1/documents",
                new Dictionary<string, string[]> { ["id"] = ["'abc' is not a document id; ids are 16 lowercase hex digits, as listed by GET /api/v1/documents"] }),
            (_, "400") => (Problems.InvalidParameter, "limit: must be between 1 and 1000", new Dictionary<string, string[]> { ["limit"] = ["must be between 1 and 1000"] }),
            (_, "401") => (Problems.Unauthorized, "the X-Api-Key header is missing; writes need an API key", null),
            (_, "404") when operationId.Contains("Pair") => (Problems.UnknownPairData,
                "no facts for pair BLR-FRA: no document and no official dataset has any; GET /api/v1/pairs lists the pairs that have", null),
            ("GetCountry" or "ListCountryPartners", "404") => (Problems.UnknownCountry, $"unknown country 'XYZ'; {CountryAttribute.Accepted}", null),
            ("DeleteOfficialDataset", "404") => (Problems.NotFound, "no official dataset named 'imf-2019'", null),
            ("GetProblemType", "404") => (Problems.NotFound, "no problem type 'oops'; GET /problems lists them", null),
            (_, "404") => (Problems.NotFound, "no document with id 0123456789abcdef", null),
            (_, "412") => (Problems.PreconditionFailed, "the volume changed since that ETag (it is at revision 3 now); GET it again and reapply the change", null),
            (_, "428") => (Problems.PreconditionRequired, "send If-Match with the fact's ETag (from GET of the fact), so a change made meanwhile is not overwritten", null),
            (_, "406") => (Problems.NotAcceptable, "cannot answer 'application/xml'; this operation produces application/json and text/csv (or format=csv)", null),
            (_, "413") => (Problems.PayloadTooLarge, "the body is 2097152 bytes; the limit is 1048576 bytes", null),
            (_, "414") => (Problems.UriTooLong, "the query string is 9000 characters; the limit is 8192", null),
            (_, "415") => (Problems.UnsupportedMediaType,
                "Content-Type 'application/x-www-form-urlencoded' is not accepted; send the document as text/plain (first line is the title) or application/json {title, text, publishedOn, source}", null),
            (_, "429") => (Problems.RateLimited, "the rate limit for this client is reached; retry after 12 second(s)", null),
            _ => (Problems.Busy, "the database is busy or unavailable; retry after the number of seconds in Retry-After", (Dictionary<string, string[]>?)null),
        };
        var problem = Problems.Details(kind, detail);
        if (errors is not null) problem.Extensions["errors"] = errors;
        if (operationId is "ImportOfficial" or "ImportRates" && status == "400")
        {
            problem.Extensions["errors"] = operationId == "ImportRates"
                ? new[] { new { line = 3, problem = "unitsPerUsd '-1' is not a number from 0.000001 to below 10^12" }, new { line = 4, problem = "USD needs no rate (it is 1 by definition)" } }
                : new[] { new { line = 3, problem = "refYear '20x9' is not a year between 1900 and 2100" }, new { line = 7, problem = "reporterISO 'XXX' is not an ISO 3166-1 country code" } };
            problem.Extensions["errorCount"] = 2;
        }
        problem.Extensions["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00";
        return problem;
    }
}
