using System.Globalization;
using FluentValidation;
using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Application;
using SalesSuite.Collections.Application.Credit;
using SalesSuite.SharedKernel.Csv;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Collections.Areas.Collections.Pages.Credit;

/// <summary>
/// Credit limits: every customer's limit, exposure, what is left and the share used, over-limit customers first.
/// Finance and Admin set or clear a limit (one row, htmx; a plain post falls back to a flash); the general manager and
/// the sales director read; everyone else gets 403.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly CreditQueries _queries;
    private readonly CreditCommands _commands;
    private readonly CollectionsAccess _access;
    private readonly IValidator<CreditLimitInput> _validator;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal IndexModel(
        CreditQueries queries, CreditCommands commands, CollectionsAccess access, IValidator<CreditLimitInput> validator,
        BusinessClock clock, IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _access = access;
        _validator = validator;
        Clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool WithLimit { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Over { get; set; }

    internal CreditFilter Filter => new() { Q = Q, WithLimit = WithLimit, OverLimit = Over };

    internal BusinessClock Clock { get; }
    internal IReadOnlyList<CreditRow> Rows { get; private set; } = [];
    internal bool CanEdit => _access.IsFinance;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!_queries.CanRead)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Rows = await _queries.ListAsync(Filter, CreditQueries.PageSize, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!_queries.CanRead)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var rows = await _queries.ListAsync(Filter, CreditQueries.ExportLimit, ct);
        string[] header =
        [
            _l["Credit_Code"], _l["Credit_Customer"], _l["Credit_Limit"], _l["Credit_Exposure"], _l["Credit_Unscheduled"],
            _l["Credit_Available"], _l["Credit_Used"], _l["Credit_OverLimit"],
        ];
        var lines = rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Code, r.Name, r.Limit, r.Exposure, r.UnscheduledExposure, r.Available, r.UsedPercent,
            r.OverLimit ? _l["Credit_Yes"].Value : string.Empty,
        ]);
        var name = string.Create(CultureInfo.InvariantCulture, $"credit-limits-{Clock.Today:yyyy-MM-dd}.csv");
        return File(CsvExport.Write(header, lines), "text/csv; charset=utf-8", name);
    }

    public Task<IActionResult> OnPostLimitAsync(CreditLimitInput input, CancellationToken ct) => SaveAsync(input, ct);

    public Task<IActionResult> OnPostClearAsync(CreditLimitInput input, CancellationToken ct)
    {
        input.Limit = null;
        return SaveAsync(input, ct);
    }

    private async Task<IActionResult> SaveAsync(CreditLimitInput input, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (!ModelState.Validate(_validator, input, _l, prefix: string.Empty) || !ModelState.IsValid)
        {
            var problem = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).FirstOrDefault() ?? _l["Credit_Error_Limit"];
            return await AnswerAsync(input.CustomerId, problem, StatusCodes.Status422UnprocessableEntity, ct);
        }
        try
        {
            await _commands.SetLimitAsync(input.CustomerId, input.Version, input.Limit, ct);
            return await AnswerAsync(input.CustomerId, null, StatusCodes.Status200OK, ct);
        }
        catch (StaleEditException stale)
        {
            return await AnswerAsync(input.CustomerId, _l.Text(stale), stale.StatusCode, ct);
        }
        catch (DomainException refusal)
        {
            return await AnswerAsync(input.CustomerId, _l.Text(refusal), refusal.StatusCode, ct);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>htmx: the customer's row as stored now, with the problem next to the limit; a plain post: flash + redirect.</summary>
    private async Task<IActionResult> AnswerAsync(Guid customerId, string? problem, int status, CancellationToken ct)
    {
        if (!Request.IsHtmx())
        {
            var kind = problem is null ? "success" : status == StatusCodes.Status409Conflict ? "warning" : "danger";
            TempData.Flash(problem ?? _l["Credit_Saved"], kind);
            return RedirectToPage(new { Q, WithLimit, Over });
        }
        var row = await _queries.RowAsync(customerId, ct);
        if (row is null)
        {
            return NotFound();
        }
        var view = new CreditRowView(row, CanEdit, problem, problem is null ? _l["Credit_Saved"].Value : null);
        return Partial("_Row", view).WithStatus(status);
    }
}
