using System.Globalization;
using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Csv;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;
using SalesSuite.Stores.Application.Day;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Areas.Stores.Pages.Day;

/// <summary>
/// The store manager's tablet day page: store picker, check-in (the browser's position, the server's verdict), today's
/// tasks and report, and the last 30 days. Only the store's own managers see it (another store: 404).
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly DayQueries _queries;
    private readonly CheckInCommands _checkIns;
    private readonly StoreTaskCommands _tasks;
    private readonly IStringLocalizer<StoresModule> _l;

    internal IndexModel(DayQueries queries, CheckInCommands checkIns, StoreTaskCommands tasks, BusinessClock clock, IStringLocalizer<StoresModule> l)
    {
        _queries = queries;
        _checkIns = checkIns;
        _tasks = tasks;
        Clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public Guid? StoreId { get; set; }

    internal BusinessClock Clock { get; }
    internal IReadOnlyList<Store> MyStores { get; private set; } = [];
    internal DayView? View { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        return GuardAsync(async () =>
        {
            MyStores = await _queries.MyStoresAsync(ct);
            var store = await _queries.ChooseAsync(StoreId, ct);
            if (store is not null)
            {
                View = await _queries.DayAsync(store, ct);
            }
            return Page();
        });
    }

    public Task<IActionResult> OnGetHistoryCsvAsync(CancellationToken ct)
    {
        return GuardAsync(async () =>
        {
            var store = await _queries.ChooseAsync(StoreId, ct) ?? throw new KeyNotFoundException();
            var view = await _queries.DayAsync(store, ct);
            string[] header = [_l["Day_Store"], _l["Day_Date"], _l["Day_Compliance"], _l["Day_Photos"], _l["Day_Feedback"]];
            var lines = view.History.Select(h => (IReadOnlyList<object?>)
            [
                store.Code, h.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                h.Compliance is null ? _l["Day_Missing"].Value : _l["Compliance_" + h.Compliance].Value, h.Photos, h.Feedback,
            ]);
            var name = string.Create(CultureInfo.InvariantCulture, $"store-{store.Code}-history-{Clock.Today:yyyy-MM-dd}.csv");
            return File(CsvExport.Write(header, lines), "text/csv; charset=utf-8", name);
        });
    }

    /// <summary>The browser's position (or its geolocation error) from the hidden fields; the server decides.</summary>
    public Task<IActionResult> OnPostCheckInAsync(CheckInInput input, CancellationToken ct)
    {
        return GuardAsync(async () =>
        {
            if (StoreId is not { } storeId)
            {
                return NotFound();
            }
            string? problem = null;
            string? done = null;
            try
            {
                var checkIn = await _checkIns.CheckInAsync(storeId, input.Position, ct);
                done = _l["CheckIn_Done", (int)Math.Round(checkIn.DistanceMeters ?? 0)].Value;
            }
            catch (DomainException refusal)
            {
                problem = _l.Text(refusal);
            }
            if (!Request.IsHtmx())
            {
                return problem is null ? this.Done(done!, routeValues: new { StoreId }) : this.Refused(problem, routeValues: new { StoreId });
            }
            var store = await _queries.ChooseAsync(storeId, ct) ?? throw new KeyNotFoundException();
            var status = await _queries.StatusAsync(store, ct);
            return Partial("_Status", new DayStatusView(status, problem ?? done, problem is null ? "success" : "danger"))
                .WithStatus(problem is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
        });
    }

    /// <summary>Marks one of the store's tasks done (idempotent); htmx swaps the task for a "done" line.</summary>
    public Task<IActionResult> OnPostTaskDoneAsync(Guid taskId, CancellationToken ct)
    {
        return GuardAsync(async () =>
        {
            if (StoreId is not { } storeId)
            {
                return NotFound();
            }
            await _tasks.CompleteAsync(storeId, taskId, ct);
            if (!Request.IsHtmx())
            {
                return this.Done(_l["Day_TaskCompleted"], routeValues: new { StoreId });
            }
            return Partial("_TaskDone", _l["Day_TaskCompleted"].Value);
        });
    }

    /// <summary>A store one may not see is not there (404); one seen but not run by the user is forbidden (403).</summary>
    private async Task<IActionResult> GuardAsync(Func<Task<IActionResult>> handler)
    {
        try
        {
            return await handler();
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (UnauthorizedAccessException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
    }
}
