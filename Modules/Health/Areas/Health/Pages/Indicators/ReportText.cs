using System.Globalization;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Health.Application.Charts;
using SalesSuite.Health.Application.Indicators;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Areas.Health.Pages.Indicators;

/// <summary>How the health model's pages write values, colours, dates, links and CSV downloads.</summary>
internal static class ReportText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Unit(IStringLocalizer l, IndicatorUnit unit) => l["Indicator_Unit_" + unit].Value;

    public static string Value(IStringLocalizer l, Indicator indicator, double? value) =>
        value is { } v ? SvgChart.Format(v) + Unit(l, indicator.Unit) : "–";

    public static string Css(Rag rag) => "rag rag-" + rag.ToString().ToLowerInvariant();

    public static string Rag(IStringLocalizer l, Rag rag) => l["Indicator_Rag_" + rag].Value;

    /// <summary>"target ≥ 90 %, alarm below 80 %" (or ≤ / above for lower-is-better indicators).</summary>
    public static string Thresholds(IStringLocalizer l, ThresholdView t) =>
        l[t.Indicator.HigherIsBetter ? "Indicator_TargetHigher" : "Indicator_TargetLower",
            Value(l, t.Indicator, t.Green), Value(l, t.Indicator, t.Red)].Value;

    public static string Week(LocalDate week) => week.ToString("MM-dd", Inv);

    public static string Date(LocalDate day) => day.ToString("yyyy-MM-dd", Inv);

    public static string Time(Instant at, DateTimeZone zone) => at.InZone(zone).ToString("yyyy-MM-dd HH:mm", Inv);

    public static string Hours(double? hours) => hours is { } h ? SvgChart.Format(h) : "";

    /// <summary>The record's page; a record Health cannot address itself (a follow-up, a correction) opens its customer.</summary>
    public static string Url(RecordRef record) =>
        record.Url == "/" && record.CustomerId is { } c ? RecordRef.UrlOf(RecordRef.Customer, c, c) : record.Url;

    public static string? Param(DateOnly? week) => week?.ToString("yyyy-MM-dd", Inv);
}
