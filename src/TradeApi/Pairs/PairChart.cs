using System.Globalization;
using System.Security;
using System.Text;
using TradeApi.Targets;

namespace TradeApi.Pairs;

/// What a pair's chart shows: one official series, the stated figures, and the targets with a level.
public sealed record ChartData(string Pair, string Reporter, string Partner, string Currency,
    IReadOnlyList<SeriesPoint> Official, IReadOnlyList<SeriesPoint> Stated, IReadOnlyList<TargetView> Targets,
    [property: System.ComponentModel.Description("Per stated point, whether its verdict against the official record is overstated or understated.")] IReadOnlyList<bool> StatedConflicts);

// The pair's chart as SVG, drawn on the server: usable in an <img>, a README or a report. Official totals as a line, stated figures
// as dots (ringed when the claim check finds them overstated or understated), each target with a level as a dashed line from the
// year it was stated to its deadline, labelled with its status. Axes, a legend, the currency, and a <title> and <desc> for screen
// readers (the desc says the figures in words).
public static class PairChart
{
    private const int Left = 70, Right = 20, Top = 40, Bottom = 56;

    public static string Svg(ChartData d, int width, int height)
    {
        var c = CultureInfo.InvariantCulture;
        var levels = d.Targets.Where(t => t.Target.Value is not null && t.Target.Currency == d.Currency).ToList();
        int Start(TargetView t) => t.Target.Provenance.PublishedOn?.Year ?? t.Target.BaseYear ?? t.Evaluation.Deadline ?? 0;
        var years = d.Official.Select(p => p.Year).Concat(d.Stated.Select(p => p.Year))
            .Concat(levels.SelectMany(t => new[] { Start(t), t.Evaluation.Deadline ?? Start(t) })).Where(y => y > 0).ToList();
        var max = d.Official.Select(p => p.Value).Concat(d.Stated.Select(p => p.Value)).Concat(levels.Select(t => t.Target.Value!.Value)).DefaultIfEmpty(0).Max();
        var (x0, x1) = years.Count == 0 ? (2000, 2020) : (years.Min(), Math.Max(years.Max(), years.Min() + 1));
        var step = Nice(max <= 0 ? 1 : max / 4);
        var yMax = step * Math.Max(1, Math.Ceiling(max / step));
        double X(int year) => Left + (width - Left - Right) * (year - x0) / (double)(x1 - x0);
        double Y(decimal v) => height - Bottom - (height - Top - Bottom) * (double)(v / yMax);

        var title = $"{d.Pair}: trade in {d.Currency}, {x0}-{x1}";
        var desc = new StringBuilder();
        desc.Append(c, $"Official two-way totals reported by {d.Reporter}: {(d.Official.Count == 0 ? "none" : string.Join(", ", d.Official.Select(p => $"{p.Year} {Money(p.Value, d.Currency)}")))}. ");
        desc.Append(c, $"Stated in documents: {(d.Stated.Count == 0 ? "none" : string.Join(", ", d.Stated.Select(p => $"{p.Year} {Money(p.Value, d.Currency)}")))}. ");
        foreach (var t in levels)
            desc.Append(c, $"Target {Money(t.Target.Value!.Value, d.Currency)} by {t.Evaluation.Deadline?.ToString(c) ?? "no year"}: {t.Evaluation.Status.Replace('_', ' ')}. ");

        var svg = new StringBuilder();
        svg.Append(c, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-labelledby="chart-title chart-desc" font-family="sans-serif" font-size="12">""");
        svg.Append(c, $"<title id=\"chart-title\">{E(title)}</title><desc id=\"chart-desc\">{E(desc.ToString().Trim())}</desc>");
        svg.Append(c, $"<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>");
        svg.Append(c, $"<text x=\"{Left}\" y=\"22\" font-size=\"15\" font-weight=\"bold\" fill=\"#222\">{E(title)}</text>");
        // Axes and grid.
        for (var v = 0m; v <= yMax; v += step)
        {
            var y = Y(v);
            svg.Append(c, $"<line x1=\"{Left}\" y1=\"{y:F1}\" x2=\"{width - Right}\" y2=\"{y:F1}\" stroke=\"#e3e3e3\"/>");
            svg.Append(c, $"<text x=\"{Left - 6}\" y=\"{y + 4:F1}\" text-anchor=\"end\" fill=\"#444\">{E(Money(v, d.Currency))}</text>");
        }
        var every = Math.Max(1, (int)Math.Ceiling((x1 - x0) / Math.Max(1.0, (width - Left - Right) / 48.0)));
        for (var year = x0; year <= x1; year += every)
            svg.Append(c, $"<text x=\"{X(year):F1}\" y=\"{height - Bottom + 18}\" text-anchor=\"middle\" fill=\"#444\">{year}</text>");
        svg.Append(c, $"<line x1=\"{Left}\" y1=\"{height - Bottom}\" x2=\"{width - Right}\" y2=\"{height - Bottom}\" stroke=\"#888\"/>");
        svg.Append(c, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{height - Bottom}\" stroke=\"#888\"/>");
        // Targets: dashed from the statement to the deadline, labelled.
        foreach (var t in levels)
        {
            var y = Y(t.Target.Value!.Value);
            var (a, b) = (Start(t), t.Evaluation.Deadline ?? Start(t));
            svg.Append(c, $"<g class=\"target\" data-status=\"{E(t.Evaluation.Status)}\"><line x1=\"{X(a):F1}\" y1=\"{y:F1}\" x2=\"{X(Math.Max(a, b)):F1}\" y2=\"{y:F1}\" stroke=\"#b3541e\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
            svg.Append(c, $"<text x=\"{X(Math.Max(a, b)):F1}\" y=\"{y - 6:F1}\" text-anchor=\"end\" fill=\"#b3541e\">{E($"target {Money(t.Target.Value.Value, d.Currency)} by {b}: {t.Evaluation.Status.Replace('_', ' ')}")}</text></g>");
        }
        // Official line.
        if (d.Official.Count > 0)
        {
            svg.Append("<polyline class=\"official\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\" points=\"");
            svg.AppendJoin(' ', d.Official.Select(p => string.Create(c, $"{X(p.Year):F1},{Y(p.Value):F1}")));
            svg.Append("\"/>");
            foreach (var p in d.Official)
                svg.Append(c, $"<circle class=\"official-point\" cx=\"{X(p.Year):F1}\" cy=\"{Y(p.Value):F1}\" r=\"2.5\" fill=\"#1f5fa8\"><title>{E($"{p.Year} official {Money(p.Value, d.Currency)}")}</title></circle>");
        }
        // Stated dots, ringed in red when their verdict against the official record (either side's figure) is that they disagree.
        foreach (var (p, conflict) in d.Stated.Zip(d.StatedConflicts))
        {
            svg.Append(c, $"<circle class=\"stated-point{(conflict ? " conflict" : "")}\" data-year=\"{p.Year}\" cx=\"{X(p.Year):F1}\" cy=\"{Y(p.Value):F1}\" r=\"5\" fill=\"#e8a21a\" stroke=\"{(conflict ? "#c0142b" : "#7a5206")}\" stroke-width=\"{(conflict ? 3 : 1)}\"><title>{E($"{p.Year} stated {Money(p.Value, d.Currency)}{(conflict ? " (conflicts with the official figure)" : "")}")}</title></circle>");
        }
        // Legend.
        var ly = height - 16;
        svg.Append(c, $"<g class=\"legend\"><line x1=\"{Left}\" y1=\"{ly - 4}\" x2=\"{Left + 24}\" y2=\"{ly - 4}\" stroke=\"#1f5fa8\" stroke-width=\"2\"/><text x=\"{Left + 30}\" y=\"{ly}\" fill=\"#222\">official ({E(d.Reporter)} reports)</text>");
        svg.Append(c, $"<circle cx=\"{Left + 190}\" cy=\"{ly - 4}\" r=\"5\" fill=\"#e8a21a\" stroke=\"#7a5206\"/><text x=\"{Left + 200}\" y=\"{ly}\" fill=\"#222\">stated</text>");
        svg.Append(c, $"<line x1=\"{Left + 260}\" y1=\"{ly - 4}\" x2=\"{Left + 284}\" y2=\"{ly - 4}\" stroke=\"#b3541e\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/><text x=\"{Left + 290}\" y=\"{ly}\" fill=\"#222\">target</text></g>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// 1, 2 or 5 times a power of ten, at least v.
    private static decimal Nice(decimal v)
    {
        var p = 1m;
        while (p * 10 <= v) p *= 10;
        while (p > v && p > 0.01m) p /= 10;
        foreach (var m in new[] { 1m, 2m, 5m, 10m })
            if (p * m >= v) return p * m;
        return p * 10;
    }

    /// "USD 925.9M", "USD 2B", "USD 0".
    public static string Money(decimal v, string currency)
    {
        var c = CultureInfo.InvariantCulture;
        var (d, unit) = v >= 1e9m ? (v / 1e9m, "B") : v >= 1e6m ? (v / 1e6m, "M") : v >= 1e3m ? (v / 1e3m, "K") : (v, "");
        return $"{currency} {decimal.Round(d, 1).ToString("0.#", c)}{unit}";
    }

    private static string E(string s) => SecurityElement.Escape(s) ?? "";
}
