using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Csv;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;
using SalesSuite.Stores.Application.Exceptions;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Areas.Stores.Pages.Exceptions;

/// <summary>
/// The area supervisor's (and headquarters') fence page: grant a one-day exception to a store, list the exceptions
/// granted and the refused check-ins and reports of their stores, by store and period, with CSV. Others: 403.
/// </summary>
public sealed class IndexModel : PageModel
{
    internal static readonly int[] PeriodChoices = [7, 30, 90, 365];

    private readonly ExceptionQueries _queries;
    private readonly ExceptionCommands _commands;
    private readonly IValidator<ExceptionInput> _validator;
    private readonly IStringLocalizer<StoresModule> _l;

    internal IndexModel(
        ExceptionQueries queries, ExceptionCommands commands, IValidator<ExceptionInput> validator, BusinessClock clock,
        IStringLocalizer<StoresModule> l)
    {
        _queries = queries;
        _commands = commands;
        _validator = validator;
        Clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public Guid? StoreId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Days { get; set; } = ExceptionQueries.DefaultDays;

    [BindProperty]
    public ExceptionInput Input { get; set; } = new();

    internal BusinessClock Clock { get; }
    internal IReadOnlyList<Store> Stores { get; private set; } = [];
    internal IReadOnlyList<ExceptionRow> Granted { get; private set; } = [];
    internal IReadOnlyList<RefusalRow> Refusals { get; private set; } = [];

    private ExceptionFilter Filter => new(StoreId, Math.Clamp(Days, 1, ExceptionQueries.MaxDays));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!_queries.CanUse)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Input = new ExceptionInput { StoreId = StoreId ?? Guid.Empty, Day = Clock.Today.ToDateOnly() };
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostGrantAsync(CancellationToken ct)
    {
        if (!_queries.CanUse)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (ModelState.Validate(_validator, Input, _l) && ModelState.IsValid)
        {
            try
            {
                var granted = await _commands.GrantAsync(Input, ct);
                var name = (await _queries.StoresAsync(ct)).FirstOrDefault(s => s.Id == granted.StoreId)?.Name ?? string.Empty;
                return this.Done(_l["Exception_Granted", name, granted.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
                    routeValues: new { StoreId, Days });
            }
            catch (KeyNotFoundException)
            {
                return NotFound();
            }
            catch (UnauthorizedAccessException)
            {
                return StatusCode(StatusCodes.Status403Forbidden);
            }
            catch (DomainException refusal)
            {
                // Every refusal of a valid form is about the day (in the past, or already granted).
                ModelState.AddModelError("Input.Day", _l.Text(refusal));
            }
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetRefusalsCsvAsync(CancellationToken ct)
    {
        if (!_queries.CanUse)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var rows = await _queries.RefusalsAsync(Filter, ct);
        string[] header =
        [
            _l["Exception_Store"], _l["Exception_Store"], _l["Exception_Who"], _l["Exception_When"], _l["Exception_Action"], _l["Exception_Why"],
            _l["Exception_Distance"], _l["Exception_Accuracy"],
        ];
        var lines = rows.Select(r => (IReadOnlyList<object?>)
        [
            r.StoreCode, r.StoreName, r.UserName, Clock.Format(r.At), _l["Exception_Action_" + r.Action].Value,
            _l["Exception_Refusal_" + r.Reason].Value, r.DistanceMeters, r.AccuracyMeters,
        ]);
        return File(CsvExport.Write(header, lines), "text/csv; charset=utf-8", FileName("fence-refusals"));
    }

    public async Task<IActionResult> OnGetExceptionsCsvAsync(CancellationToken ct)
    {
        if (!_queries.CanUse)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var rows = await _queries.GrantedAsync(Filter, ct);
        string[] header =
        [
            _l["Exception_Store"], _l["Exception_Store"], _l["Exception_Day"], _l["Exception_Reason"], _l["Exception_GrantedBy"],
            _l["Exception_GrantedAt"],
        ];
        var lines = rows.Select(r => (IReadOnlyList<object?>)
        [
            r.StoreCode, r.StoreName, r.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Reason, r.GrantedBy, Clock.Format(r.GrantedAt),
        ]);
        return File(CsvExport.Write(header, lines), "text/csv; charset=utf-8", FileName("fence-exceptions"));
    }

    private string FileName(string name) => string.Create(CultureInfo.InvariantCulture, $"{name}-{Clock.Today:yyyy-MM-dd}.csv");

    private async Task LoadAsync(CancellationToken ct)
    {
        Stores = await _queries.StoresAsync(ct);
        Granted = await _queries.GrantedAsync(Filter, ct);
        Refusals = await _queries.RefusalsAsync(Filter, ct);
    }
}
