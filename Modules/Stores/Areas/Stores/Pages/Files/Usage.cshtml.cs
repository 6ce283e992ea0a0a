using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;
using SalesSuite.SharedKernel.Csv;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Application.Media;

namespace SalesSuite.Stores.Areas.Stores.Pages.Files;

/// <summary>The administrator's view of the file store: bytes per store and month, and the average per report.</summary>
public sealed class UsageModel : PageModel
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private readonly MediaQueries _media;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<StoresModule> _l;

    internal UsageModel(MediaQueries media, BusinessClock clock, IStringLocalizer<StoresModule> l)
    {
        _media = media;
        _clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    internal MediaUsage Usage { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }
        string[] header = ["Media_Col_Store", "Media_Col_StoreName", "Media_Col_Month", "Media_Col_Files", "Media_Col_Bytes", "Media_Col_Reports",
            "Media_Col_BytesPerReport"];
        var rows = Usage.Lines.Select(l => (IReadOnlyList<object?>)
            [l.StoreCode, l.StoreName, Month(l.Month), l.Files, l.Bytes, l.Reports, l.BytesPerReport]);
        var bytes = CsvExport.Write(header.Select(k => _l[k].Value).ToList(), rows);
        return File(bytes, "text/csv; charset=utf-8", $"file-usage-{DatePattern.Format(_clock.Today)}.csv");
    }

    internal static string Month(YearMonth month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    internal static string Megabytes(long bytes) => (bytes / (1024d * 1024)).ToString("N1", CultureInfo.CurrentCulture);

    internal static string Kilobytes(long? bytes) => bytes is { } b ? (b / 1024d).ToString("N0", CultureInfo.CurrentCulture) : "–";

    /// <summary>The reports of a store in a month (the list is the "hq" helper's page).</summary>
    internal string ReportsLink(MediaUsageLine line) =>
        $"/Stores/Reports?storeId={line.StoreId}&from={DatePattern.Format(line.Month.OnDayOfMonth(1))}"
        + $"&to={DatePattern.Format(line.Month.ToDateInterval().End)}";

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var today = _clock.Today;
        var to = Parse(To) ?? today;
        var from = Parse(From) ?? new LocalDate(today.Year, today.Month, 1).PlusMonths(-11);
        try
        {
            Usage = await _media.UsageAsync(from, to, ct);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
    }

    private static LocalDate? Parse(string? text) =>
        text is not null && DatePattern.Parse(text) is { Success: true } parsed ? parsed.Value : null;
}
