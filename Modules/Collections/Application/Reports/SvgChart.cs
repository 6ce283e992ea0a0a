using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>
/// Server-rendered SVG charts: horizontal bars (one series or stacked) and vertical grouped bars, with an axis, a
/// legend and a <c>&lt;title&gt;</c> on the chart and on every bar (screen readers, hover). Every label is
/// HTML-encoded here; colours are CSS classes (<c>s0</c>…<c>s5</c>), never inline styles. A bar with a link opens the
/// records behind it. The markup scales to the width of its container (viewBox), so it works on a phone.
/// </summary>
internal static class SvgChart
{
    private const int Width = 640;
    private const int LabelWidth = 170;
    private const int ValueWidth = 70;
    private const int Row = 28;
    private const int BarHeight = 18;
    private const int Legend = 26;
    private const int Axis = 22;

    /// <summary>One horizontal bar per category; with several series the segments are stacked.</summary>
    public static HtmlString Horizontal(
        string id, string title, IReadOnlyList<ChartSeries> series, IReadOnlyList<ChartBar> bars, Func<decimal, string> format)
    {
        var top = series.Count > 1 ? Legend : 6;
        var height = top + (Math.Max(1, bars.Count) * Row) + Axis;
        var max = NiceMax(bars.Select(b => b.Total).DefaultIfEmpty(0m).Max());
        var plot = Width - LabelWidth - ValueWidth;
        double X(decimal v) => LabelWidth + (double)(v / max) * plot;
        var svg = Open(id, title, height);
        LegendOf(svg, series);
        for (var t = 0; t <= 4; t++)
        {
            var value = max * t / 4;
            var x = X(value);
            svg.Append(Fmt($"<line class=\"grid\" x1=\"{x}\" y1=\"{top}\" x2=\"{x}\" y2=\"{height - Axis}\"/>"));
            svg.Append(Fmt($"<text class=\"tick\" x=\"{x}\" y=\"{height - 6}\" text-anchor=\"middle\">{Encode(format(value))}</text>"));
        }
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = top + (i * Row) + ((Row - BarHeight) / 2.0);
            svg.Append(Fmt($"<text class=\"label\" x=\"{LabelWidth - 6}\" y=\"{y + 13}\" text-anchor=\"end\"><title>{Encode(bar.Label)}</title>"))
                .Append(Encode(Fit(bar.Label, 24))).Append("</text>");
            decimal start = 0;
            for (var s = 0; s < bar.Values.Count && s < series.Count; s++)
            {
                var value = Math.Max(0m, bar.Values[s].Amount);
                var tip = series.Count > 1 ? $"{bar.Label}, {series[s].Name}: {format(value)}" : $"{bar.Label}: {format(value)}";
                Rect(svg, bar.Values[s].Href, $"s{s % 6}", X(start), y, X(start + value) - X(start), BarHeight, tip);
                start += value;
            }
            svg.Append(Fmt($"<text class=\"value\" x=\"{X(start) + 4}\" y=\"{y + 13}\">{Encode(format(bar.Total))}</text>"));
        }
        return Close(svg);
    }

    /// <summary>Vertical bars side by side per category (one per series), e.g. expected vs received per week.</summary>
    public static HtmlString Grouped(
        string id, string title, IReadOnlyList<ChartSeries> series, IReadOnlyList<ChartBar> groups, Func<decimal, string> format)
    {
        const int height = 280;
        const int left = 64;
        const int bottom = 40;
        var top = Legend + 4;
        var max = NiceMax(groups.SelectMany(g => g.Values).Select(v => v.Amount).DefaultIfEmpty(0m).Max());
        var plotHeight = height - top - bottom;
        double Y(decimal v) => height - bottom - ((double)(v / max) * plotHeight);
        var groupWidth = (Width - left - 8) / (double)Math.Max(1, groups.Count);
        var barWidth = groupWidth * 0.8 / Math.Max(1, series.Count);
        var svg = Open(id, title, height);
        LegendOf(svg, series);
        for (var t = 0; t <= 4; t++)
        {
            var value = max * t / 4;
            var y = Y(value);
            svg.Append(Fmt($"<line class=\"grid\" x1=\"{left}\" y1=\"{y}\" x2=\"{Width - 8}\" y2=\"{y}\"/>"));
            svg.Append(Fmt($"<text class=\"tick\" x=\"{left - 4}\" y=\"{y + 4}\" text-anchor=\"end\">{Encode(format(value))}</text>"));
        }
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var x0 = left + (g * groupWidth) + (groupWidth * 0.1);
            for (var s = 0; s < group.Values.Count && s < series.Count; s++)
            {
                var value = Math.Max(0m, group.Values[s].Amount);
                var y = Y(value);
                Rect(svg, group.Values[s].Href, $"s{s % 6}", x0 + (s * barWidth), y, barWidth, height - bottom - y,
                    $"{group.Label}, {series[s].Name}: {format(value)}");
            }
            var cx = left + (g * groupWidth) + (groupWidth / 2);
            svg.Append(Fmt($"<text class=\"label\" x=\"{cx}\" y=\"{height - bottom + 16}\" text-anchor=\"middle\">"))
                .Append(Fmt($"<title>{Encode(group.Label)}</title>"))
                .Append(Encode(Fit(group.Label, 10))).Append("</text>");
        }
        return Close(svg);
    }

    /// <summary>The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above <paramref name="max"/> (1 for an empty chart).</summary>
    public static decimal NiceMax(decimal max)
    {
        if (max <= 0)
        {
            return 1m;
        }
        var magnitude = 1m;
        while (magnitude * 10 <= max)
        {
            magnitude *= 10;
        }
        while (magnitude > max)
        {
            magnitude /= 10;
        }
        foreach (var step in new[] { 1m, 2m, 2.5m, 5m, 10m })
        {
            if (step * magnitude >= max)
            {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /// <summary>Shortens a label to about <paramref name="units"/> half-width characters (a CJK character counts two).</summary>
    public static string Fit(string label, int units)
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

    private static StringBuilder Open(string id, string title, int height)
    {
        var svg = new StringBuilder();
        svg.Append(Fmt($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" "))
            .Append(Fmt($"aria-labelledby=\"{Encode(id)}-title\" id=\"{Encode(id)}\" data-testid=\"chart\">"))
            .Append(Fmt($"<title id=\"{Encode(id)}-title\">{Encode(title)}</title>"));
        return svg;
    }

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static void LegendOf(StringBuilder svg, IReadOnlyList<ChartSeries> series)
    {
        if (series.Count < 2)
        {
            return;
        }
        var x = 8.0;
        for (var s = 0; s < series.Count; s++)
        {
            svg.Append(Fmt($"<rect class=\"s{s % 6}\" x=\"{x}\" y=\"6\" width=\"12\" height=\"12\"/>"))
                .Append(Fmt($"<text class=\"legend\" x=\"{x + 16}\" y=\"16\">{Encode(series[s].Name)}</text>"));
            x += 28 + (Fit(series[s].Name, 40).Sum(c => c > 0x2E80 ? 12.0 : 6.5));
        }
    }

    private static void Rect(StringBuilder svg, string? href, string css, double x, double y, double width, double height, string tip)
    {
        if (width <= 0 || height <= 0)
        {
            return;
        }
        var rect = Fmt($"<rect class=\"{css}\" x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"{height}\"><title>{Encode(tip)}</title></rect>");
        svg.Append(href is null ? rect : $"<a href=\"{Encode(href)}\">{rect}</a>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Invariant numbers in the markup, rounded to one decimal (coordinates).</summary>
    private static string Fmt(FormattableString text) =>
        string.Format(CultureInfo.InvariantCulture, text.Format, text.GetArguments().Select(a => a is double d ? Math.Round(d, 1) : a).ToArray());
}
