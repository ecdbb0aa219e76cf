using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Infrastructure;

namespace TradeApi.Official;

/// A bad row of an import: the line it starts on and what is wrong with it.
public sealed record RowError(int Line, string Problem);

// The bad rows of an import read whole before anything is written (official figures, exchange rates): every one counted, the first
// MaxListed kept; and the answers a refused or unreadable import gives, the same for every import.
public sealed class RowErrors
{
    /// <summary>Bad rows listed in a refused import; the rest are counted.</summary>
    public const int MaxListed = 1000;

    private readonly List<RowError> _listed = [];

    public IReadOnlyList<RowError> Listed => _listed;

    public int Count { get; private set; }

    public void Add(int line, string problem)
    {
        Count++;
        if (_listed.Count < MaxListed) _listed.Add(new RowError(line, problem));
    }

    /// 400: nothing imported, the bad rows listed by line (`errors`) and counted (`errorCount`).
    public static ProblemHttpResult Refused(IReadOnlyList<RowError> listed, int count) =>
        Problems.Of(Problems.InvalidBody, $"{count} bad row(s); nothing was imported",
            new Dictionary<string, object?>
            {
                ["errors"] = listed.Select(e => new { line = e.Line, problem = e.Problem }).ToList(),
                ["errorCount"] = count,
            });

    /// 400 for a body that cannot be read as text: a broken gzip stream or bytes that are not UTF-8.
    public static ProblemHttpResult Unreadable(Exception e) =>
        Problems.Of(Problems.InvalidBody, e is InvalidDataException
            ? "the body starts like gzip but is not a valid gzip stream; nothing was imported"
            : "the body is not valid UTF-8; nothing was imported");
}
