using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>
/// Inline server-rendered SVG for the headquarters views (no script library): percent bars and the store map. Every
/// label is HTML-encoded; colours are CSS classes; each bar and dot links to the records behind it and has a
/// <c>&lt;title&gt;</c>. A 400-unit viewBox keeps the text readable on a 390 px phone.
/// </summary>
internal static class HqSvg
{
    private const int Width = 400;
    private const int LabelWidth = 130;
    private const int ValueWidth = 52;
    private const int Row = 26;
    private const int BarHeight = 16;
    private const int LegendRow = 22;

    /// <summary>One bar per line: the rate as a share of the full width, coloured by <see cref="HqMath.Rag"/>.</summary>
    public static HtmlString Bars(string id, string title, IReadOnlyList<(string Label, decimal? Rate, string Href)> bars)
    {
        var height = (Math.Max(1, bars.Count) * Row) + 8;
        var plot = Width - LabelWidth - ValueWidth;
        var svg = Open(id, title, Width, height, "chart hq-chart");
        foreach (var t in new[] { 0m, 0.5m, 1m })
        {
            var x = LabelWidth + ((double)t * plot);
            svg.Append(Fmt($"<line class=\"chart-grid\" x1=\"{x}\" y1=\"2\" x2=\"{x}\" y2=\"{height - 4}\"/>"));
        }
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, rate, href) = bars[i];
            var y = 4 + (i * Row);
            var text = Percent(rate);
            svg.Append(Fmt($"<a href=\"{Encode(href)}\"><title>{Encode(label)}: {Encode(text)}</title>"))
                .Append(Fmt($"<text class=\"chart-label\" x=\"{LabelWidth - 6}\" y=\"{y + 13}\" text-anchor=\"end\">{Encode(Fit(label, 20))}</text>"))
                .Append(Fmt($"<rect class=\"chart-bar {HqMath.Rag(rate)}\" x=\"{LabelWidth}\" y=\"{y}\" "))
                .Append(Fmt($"width=\"{Math.Max(1, (double)(rate ?? 0) * plot)}\" height=\"{BarHeight}\"/>"))
                .Append(Fmt($"<text class=\"chart-value\" x=\"{Width - ValueWidth + 4}\" y=\"{y + 13}\">{Encode(text)}</text></a>"));
        }
        return new HtmlString(svg.Append("</svg>").ToString());
    }

    /// <summary>The stores as dots on an equirectangular projection fitted to them, with a legend.</summary>
    public static HtmlString Map(string id, string title, IReadOnlyList<MapDot> dots, IReadOnlyList<(string Css, string Label)> legend)
    {
        var projection = new MapProjection(dots.Select(d => (d.Latitude, d.Longitude)).ToList());
        var items = LegendLayout(legend.Select(l => l.Label).ToList());
        var legendHeight = LegendRow * (items.Count == 0 ? 1 : items[^1].Row + 1);
        var height = projection.Height + legendHeight;
        var svg = Open(id, title, Width, height, "chart hq-map");
        svg.Append(Fmt($"<rect class=\"hq-map-bg\" x=\"0\" y=\"0\" width=\"{Width}\" height=\"{projection.Height}\"/>"));
        foreach (var dot in dots)
        {
            var (x, y) = projection.Project(dot.Latitude, dot.Longitude);
            svg.Append(Fmt($"<a href=\"{Encode(dot.Href)}\" data-testid=\"map-dot\">"))
                .Append(Fmt($"<circle class=\"hq-dot {dot.Css}\" cx=\"{x}\" cy=\"{y}\" r=\"8\">"))
                .Append(Fmt($"<title>{Encode(dot.Tooltip)}</title></circle></a>"));
        }
        for (var i = 0; i < legend.Count; i++)
        {
            var (css, label) = legend[i];
            var (lx, row) = items[i];
            var ly = projection.Height + 6 + (row * LegendRow);
            svg.Append(Fmt($"<circle class=\"hq-dot {css}\" cx=\"{lx + 6}\" cy=\"{ly + 6}\" r=\"6\"/>"))
                .Append(Fmt($"<text class=\"chart-label\" x=\"{lx + 16}\" y=\"{ly + 10}\">{Encode(label)}</text>"));
        }
        return new HtmlString(svg.Append("</svg>").ToString());
    }

    /// <summary>
    /// Where each legend item starts (x) and on which row: an item that would cross the right edge of the viewBox
    /// starts a new row, so a long English legend wraps instead of being clipped on a phone.
    /// </summary>
    internal static IReadOnlyList<(double X, int Row)> LegendLayout(IReadOnlyList<string> labels)
    {
        const double left = 8;
        var placed = new List<(double X, int Row)>(labels.Count);
        var (x, row) = (left, 0);
        foreach (var label in labels)
        {
            var width = 16 + label.Sum(c => c > 0x2E80 ? 12.0 : 7.0);
            if (x > left && x + width > Width - left)
            {
                (x, row) = (left, row + 1);
            }
            placed.Add((x, row));
            x += width + 8;
        }
        return placed;
    }

    public static string Percent(decimal? rate) =>
        rate is { } r ? Math.Round(r * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "—";

    private static StringBuilder Open(string id, string title, double width, double height, string css) =>
        new StringBuilder()
            .Append(Fmt($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"{css}\" viewBox=\"0 0 {width} {height}\" role=\"img\" "))
            .Append(Fmt($"aria-labelledby=\"{Encode(id)}-title\" id=\"{Encode(id)}\">"))
            .Append(Fmt($"<title id=\"{Encode(id)}-title\">{Encode(title)}</title>"));

    private static string Fit(string label, int units)
    {
        var used = 0;
        for (var i = 0; i < label.Length; i++)
        {
            used += label[i] > 0x2E80 ? 2 : 1;
            if (used > units)
            {
                return label[..Math.Max(1, i - 1)] + "…";
            }
        }
        return label;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Fmt(FormattableString text) =>
        string.Format(CultureInfo.InvariantCulture, text.Format, text.GetArguments().Select(a => a is double d ? Math.Round(d, 1) : a).ToArray());
}
