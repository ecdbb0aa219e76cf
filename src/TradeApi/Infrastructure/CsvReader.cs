using System.Text;

namespace TradeApi.Infrastructure;

// Reading CSV, beside the writer in Csv.cs: a .csv or .csv.gz body opened as text within limits, RFC 4180 records of bounded length,
// and one record cut into fields. The import rules (which columns, which rows) are the resource's, in Official/OfficialImport.cs.

/// <summary>The input is larger than the import accepts (raw or decompressed).</summary>
public sealed class InputTooLargeException(string message) : Exception(message);

/// <summary>A record longer than <see cref="CsvInput.MaxRecordChars"/>; <see cref="LinesIntoRecord"/> counts the lines read into it.</summary>
public sealed class CsvRecordTooLongException(int linesIntoRecord) : Exception
{
    public int LinesIntoRecord { get; } = linesIntoRecord;
}

public static class CsvInput
{
    /// <summary>Largest decompressed input read (a gzip bomb stops here): the full IMF matrix is 37.6 MB.</summary>
    public const long MaxTextBytes = 1L << 30;

    /// Opens a .csv or .csv.gz stream as text; gzip is recognised by its first two bytes, not by a name or a header.
    public static async Task<TextReader> OpenTextAsync(Stream raw, CancellationToken ct = default)
    {
        var head = new byte[2];
        var n = 0;
        while (n < 2 && await raw.ReadAsync(head.AsMemory(n, 2 - n), ct) is var read and > 0) n += read;
        Stream stream = new PrefixedStream(head.AsMemory(0, n), raw);
        var gzip = n == 2 && head[0] == 0x1f && head[1] == 0x8b;
        if (gzip) stream = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress);
        // A gzip that expands far more than any CSV of figures does (the IMF matrix: 3.5 times) is refused as it expands: a 1 MB
        // body of compressed newlines would otherwise cost a core a minute to read as a gigabyte of empty lines.
        stream = new CountingStream(stream, MaxTextBytes, "decompressed input", gzip ? raw as CountingStream : null);
        return new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
    }

    // One RFC 4180 record: a quoted field may hold line breaks, so lines are joined while a quote is open.
    public static async ValueTask<(string? Text, int Lines)> ReadRecordAsync(CsvLineReader reader, CancellationToken ct)
    {
        var text = await reader.ReadLineAsync(ct);
        if (text is null || !text.Contains('"')) return (text, 1);
        var lines = 1;
        while (text.AsSpan().Count('"') % 2 == 1 && await reader.ReadLineAsync(ct) is { } more)
        {
            lines++;
            if (text.Length + more.Length > MaxRecordChars) throw new CsvRecordTooLongException(lines);
            text += "\n" + more;
        }
        return (text, lines);
    }

    /// <summary>Longest record read (a Comtrade bulk row is under 1,000 characters): a body of one endless line is refused, not buffered.</summary>
    public const int MaxRecordChars = 64 * 1024;
}

// Lines of at most CsvInput.MaxRecordChars, read in blocks: TextReader.ReadLine would grow one string for as long as no line break comes.
public sealed class CsvLineReader(TextReader inner)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private int _start, _end;
    private bool _done;

    public async ValueTask<string?> ReadLineAsync(CancellationToken ct)
    {
        System.Text.StringBuilder? longer = null;
        while (true)
        {
            var i = Array.IndexOf(_buffer, '\n', _start, _end - _start);
            if (i >= 0)
            {
                var line = Take(longer, i);
                _start = i + 1;
                return line;
            }
            if (_done)
            {
                if (_start == _end && longer is null) return null;
                var last = Take(longer, _end);
                _start = _end;
                return last;
            }
            // Keep what is left of the block, then read more.
            if (_end - _start > 0)
            {
                longer ??= new System.Text.StringBuilder();
                longer.Append(_buffer, _start, _end - _start);
                if (longer.Length > CsvInput.MaxRecordChars) throw new CsvRecordTooLongException(1);
            }
            _start = 0;
            _end = await inner.ReadAsync(_buffer.AsMemory(), ct);
            if (_end == 0) _done = true;
        }
    }

    private string Take(System.Text.StringBuilder? longer, int end)
    {
        var length = end - _start;
        if (end > _start && _buffer[end - 1] == '\r') length--;
        if (longer is null) return new string(_buffer, _start, Math.Max(0, length));
        longer.Append(_buffer, _start, Math.Max(0, length));
        if (longer.Length > 0 && longer[^1] == '\r') longer.Length--;
        if (longer.Length > CsvInput.MaxRecordChars) throw new CsvRecordTooLongException(1);
        return longer.ToString();
    }
}

// One line cut into fields: spans of the line, or unescaped strings when it has quotes.
public sealed class CsvFields
{
    private readonly Range[] _ranges = new Range[256];
    private string _line = "";
    private List<string>? _quoted;
    public int Count { get; private set; }

    public void Load(string line)
    {
        _line = line;
        if (line.Contains('"'))
        {
            _quoted = CsvResult.Split(line);
            Count = _quoted.Count;
        }
        else
        {
            _quoted = null;
            Count = line.AsSpan().Split(_ranges, ',');
        }
    }

    public ReadOnlySpan<char> this[int i] => i < 0 || i >= Count ? default : (_quoted is null ? _line.AsSpan(_ranges[i]) : _quoted[i].AsSpan()).Trim();
}

/// A stream read through a prefix already taken from it (the bytes a format check peeked at).
internal sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream inner) : Stream
{
    private ReadOnlyMemory<byte> _prefix = prefix;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_prefix.IsEmpty) return inner.Read(buffer);
        var n = Math.Min(buffer.Length, _prefix.Length);
        _prefix.Span[..n].CopyTo(buffer);
        _prefix = _prefix[n..];
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
    {
        if (_prefix.IsEmpty) return inner.ReadAsync(buffer, ct);
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) => ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// Counts the bytes read through it and stops at a limit; reading a decompressed stream, also at MaxExpansion times the compressed
/// bytes read so far (past a first ExpansionSlack).
internal sealed class CountingStream(Stream inner, long limit, string what, CountingStream? compressed = null) : Stream
{
    public const int MaxExpansion = 50;
    public const long ExpansionSlack = 16L << 20;

    public long Count { get; private set; }

    /// When set, every byte read through the stream is added to it.
    public System.Security.Cryptography.IncrementalHash? Hash { get; init; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Hash?.AppendData(buffer[..n]);
        return Counted(n);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
    {
        var n = await inner.ReadAsync(buffer, ct);
        Hash?.AppendData(buffer.Span[..n]);
        return Counted(n);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) => ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

    private int Counted(int n)
    {
        Count += n;
        if (Count > limit) throw new InputTooLargeException($"the {what} exceeds the limit of {limit:N0} bytes");
        if (compressed is not null && Count > ExpansionSlack + MaxExpansion * compressed.Count)
            throw new InputTooLargeException($"the decompressed input is more than {MaxExpansion} times the gzip body ({Count:N0} bytes from {compressed.Count:N0}), far more than any CSV of figures");
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => Count; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
