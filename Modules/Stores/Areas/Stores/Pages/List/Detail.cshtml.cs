using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Application;
using SalesSuite.Stores.Application.Master;

namespace SalesSuite.Stores.Areas.Stores.Pages.List;

/// <summary>
/// One store (anyone whose scope holds it; 404 for others): facts, people, fence, the store's timeline over the last
/// 7 / 30 / 90 days and its change history.
/// </summary>
public sealed class DetailModel : PageModel
{
    private static readonly LocalDatePattern Logged = LocalDatePattern.CreateWithInvariantCulture("D");

    private readonly StoreQueries _queries;
    private readonly StoreTimelineQueries _timeline;
    private readonly StoresAccess _access;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<StoresModule> _l;

    internal DetailModel(
        StoreQueries queries, StoreTimelineQueries timeline, StoresAccess access, BusinessClock clock, IStringLocalizer<StoresModule> l)
    {
        _queries = queries;
        _timeline = timeline;
        _access = access;
        _clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public int Days { get; set; } = 30;

    internal StoreDetail Detail { get; private set; } = null!;
    internal IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];
    internal IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();
    public bool CanConfigure => _access.CanConfigure;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!StoreTimelineQueries.Windows.Contains(Days))
        {
            Days = 30;
        }
        try
        {
            Detail = await _queries.DetailAsync(id, ct);
            Timeline = await _timeline.ForStoreAsync(id, Days, ct);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        Names = await _access.Records.NamesAsync(ct);
        return Page();
    }

    internal string Name(Guid? id) => id is { } v && Names.TryGetValue(v, out var name) ? name : "—";

    internal string Format(Instant at) => _clock.Format(at);

    internal string Text(TimelineEntry entry) => _l[entry.Key, [.. entry.Arguments]].Value;

    /// <summary>A logged value as a reader understands it: names for user ids (one or a list), dates as yyyy-MM-dd.</summary>
    internal string Shown(string? value)
    {
        if (value is null)
        {
            return "—";
        }
        var parts = value.Split(", ");
        if (parts.All(p => Guid.TryParse(p, out _)))
        {
            return string.Join(", ", parts.Select(p => Name(Guid.Parse(p))));
        }
        return Logged.Parse(value) is { Success: true } date ? LocalDatePattern.Iso.Format(date.Value) : value;
    }

    internal string Operation(string operation) =>
        _l["Master_Op_" + operation.Replace('.', '_')] is { ResourceNotFound: false } text ? text.Value : operation;

    internal string Field(string field) => _l["Master_Log_" + field] is { ResourceNotFound: false } text ? text.Value : field;
}
