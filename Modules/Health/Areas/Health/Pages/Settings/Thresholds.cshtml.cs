using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Health.Application.Indicators;
using SalesSuite.Health.Application.Thresholds;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Health.Areas.Health.Pages.Settings;

/// <summary>
/// The director (or admin) sets each indicator's green / red thresholds, or puts back the default. Others get 403.
/// A refused value comes back next to its row (422), a form that showed an older version is refused (409).
/// </summary>
public sealed class ThresholdsModel : PageModel
{
    private readonly ThresholdQueries _queries;
    private readonly ThresholdCommands _commands;
    private readonly IValidator<ThresholdInput> _validator;
    private readonly IStringLocalizer<HealthModule> _l;

    internal ThresholdsModel(ThresholdQueries queries, ThresholdCommands commands, IValidator<ThresholdInput> validator,
        IStringLocalizer<HealthModule> l)
    {
        _queries = queries;
        _commands = commands;
        _validator = validator;
        _l = l;
    }

    [BindProperty]
    public ThresholdInput Input { get; set; } = new();

    internal IReadOnlyList<ThresholdView> Thresholds { get; private set; } = [];

    public string? Stale { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!_commands.CanConfigure)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Thresholds = await _queries.CurrentAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!_commands.CanConfigure)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        if (ModelState.Validate(_validator, Input, _l) && ModelState.IsValid)
        {
            try
            {
                await _commands.ChangeAsync(Input, ct);
                return this.Done(_l["Threshold_Saved", _l["Indicator_" + Input.Code].Value]);
            }
            catch (KeyNotFoundException)
            {
                return NotFound();
            }
            catch (StaleEditException stale)
            {
                Stale = _l.Text(stale);
                Response.StatusCode = stale.StatusCode;
            }
            catch (DomainException refusal)
            {
                ModelState.AddModelError("Input.Code", _l.Text(refusal));
            }
        }
        Thresholds = await _queries.CurrentAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(string code, int version, CancellationToken ct)
    {
        if (!_commands.CanConfigure)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        try
        {
            await _commands.ResetAsync(code, version, ct);
            return this.Done(_l["Threshold_ResetDone", _l["Indicator_" + code].Value]);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l);
        }
    }

    /// <summary>The row the failed form was for shows what was typed; the others what is stored.</summary>
    internal bool IsPosted(ThresholdView t) => Input.Code == t.Indicator.Code && Request.Method == HttpMethods.Post;
}
