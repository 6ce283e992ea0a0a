using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace SalesSuite.Health.Application.Charts;

/// <summary>
/// Server-rendered SVG charts (no script): they scale to their container (viewBox, width 100 %), so they stay readable
/// on a 390 px phone, and carry a title for screen readers. Colours come from the CSS classes chart-* in site.css.
/// </summary>
internal static class SvgChart
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>A small line of values (nulls are gaps), e.g. an indicator's last 12 weeks.</summary>
    public static IHtmlContent Sparkline(IReadOnlyList<double?> values, string title, int width = 120, int height = 28)
    {
        var svg = Open(width, height, title, "chart chart-spark");
        var known = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        if (known.Count > 0)
        {
            var (min, max) = (known.Min(), known.Max());
            var span = max - min < 1e-9 ? 1 : max - min;
            var step = values.Count > 1 ? (width - 4) / (double)(values.Count - 1) : 0;
            var points = values.Select((v, i) => v is { } x
                    ? $"{F(2 + i * step)},{F(height - 3 - (x - min) / span * (height - 6))}"
                    : null)
                .Where(p => p is not null);
            svg.Append($"<polyline class=\"chart-line\" fill=\"none\" points=\"{string.Join(' ', points)}\"/>");
        }
        return Close(svg);
    }

    /// <summary>Horizontal bars with their labels and values (e.g. a funnel, or delay per step).</summary>
    public static IHtmlContent Bars(IReadOnlyList<(string Label, double Value, string Text, string? Css)> bars, string title, int width = 360)
    {
        const int row = 26;
        var height = Math.Max(row, bars.Count * row);
        var svg = Open(width, height, title, "chart chart-bars");
        var max = bars.Count == 0 ? 1 : Math.Max(1e-9, bars.Max(b => b.Value));
        var labelWidth = width * 0.38;
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, text, css) = bars[i];
            var y = i * row;
            var w = Math.Max(1, (width - labelWidth - 70) * value / max);
            svg.Append($"<text class=\"chart-label\" x=\"0\" y=\"{y + 17}\">{Esc(label)}</text>");
            svg.Append($"<rect class=\"chart-bar {Esc(css ?? "")}\" x=\"{F(labelWidth)}\" y=\"{y + 5}\" width=\"{F(w)}\" height=\"16\" rx=\"2\"/>");
            svg.Append($"<text class=\"chart-value\" x=\"{F(labelWidth + w + 4)}\" y=\"{y + 17}\">{Esc(text)}</text>");
        }
        return Close(svg);
    }

    /// <summary>A weekly series with its week labels under the axis (e.g. median days in a stage by week).</summary>
    public static IHtmlContent Line(IReadOnlyList<string> labels, IReadOnlyList<double?> values, string title, string unit,
        int width = 360, int height = 140)
    {
        var svg = Open(width, height, title, "chart chart-trend");
        const int left = 34, bottom = 20, top = 8;
        var known = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        var max = known.Count == 0 ? 1 : Math.Max(1e-9, known.Max());
        var plotH = height - bottom - top;
        var step = values.Count > 1 ? (width - left - 6) / (double)(values.Count - 1) : 0;
        svg.Append($"<text class=\"chart-axis\" x=\"0\" y=\"{top + 8}\">{Esc(Format(max))}{Esc(unit)}</text>");
        svg.Append($"<line class=\"chart-grid\" x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{width}\" y2=\"{height - bottom}\"/>");
        var points = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            var x = left + i * step;
            if (values[i] is { } v)
            {
                var y = top + plotH - v / max * plotH;
                points.Add($"{F(x)},{F(y)}");
                svg.Append($"<circle class=\"chart-dot\" cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"2.5\">")
                    .Append($"<title>{Esc(labels[i])}: {Esc(Format(v))}{Esc(unit)}</title></circle>");
            }
            if (i % Math.Max(1, values.Count / 6) == 0)
            {
                svg.Append($"<text class=\"chart-axis\" x=\"{F(x)}\" y=\"{height - 4}\" text-anchor=\"middle\">{Esc(labels[i])}</text>");
            }
        }
        if (points.Count > 1)
        {
            svg.Append($"<polyline class=\"chart-line\" fill=\"none\" points=\"{string.Join(' ', points)}\"/>");
        }
        return Close(svg);
    }

    public static string Format(double value) => value >= 100 ? value.ToString("0", Inv) : value.ToString("0.#", Inv);

    private static StringBuilder Open(int width, int height, string title, string css) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<svg class=\"{css}\" viewBox=\"0 0 {width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" ")
            .Append($"aria-label=\"{Esc(title)}\"><title>{Esc(title)}</title>");

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string F(double v) => v.ToString("0.##", Inv);

    private static string Esc(string s) => WebUtility.HtmlEncode(s);
}
