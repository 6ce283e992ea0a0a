using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Goals.Application;
using SalesSuite.Goals.Application.Campaigns;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Goals.Areas.Goals.Pages.Campaigns;

/// <summary>
/// Creates (no id) or edits a campaign: admin / director for any team, a regional manager for their own. A refused form
/// comes back with 422 and the problem next to its field; a form older than the stored campaign with 409.
/// </summary>
public sealed class EditModel : PageModel
{
    private readonly CampaignQueries _queries;
    private readonly CampaignCommands _commands;
    private readonly CampaignAccess _access;
    private readonly IValidator<CampaignInput> _validator;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<GoalsModule> _l;

    internal EditModel(
        CampaignQueries queries, CampaignCommands commands, CampaignAccess access, IValidator<CampaignInput> validator,
        BusinessClock clock, IStringLocalizer<GoalsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _access = access;
        _validator = validator;
        _clock = clock;
        _l = l;
    }

    [BindProperty]
    public CampaignInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    internal IReadOnlyList<GoalTeam> Teams { get; private set; } = [];
    internal IReadOnlyList<KeyActionType> Types { get; private set; } = [];
    internal IReadOnlyList<GoalCustomer> Choices { get; private set; } = [];
    public bool Chinese => System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            if (Id is { } id)
            {
                Input = (await _queries.FormAsync(id, ct)).Input;
            }
            else if (!await _access.CanCreateAsync(ct))
            {
                return StatusCode(StatusCodes.Status403Forbidden);
            }
            else
            {
                var quarter = GoalPeriod.Of(PeriodKind.Quarter, _clock.Today);
                Input.StartsOn = _clock.Today.ToString("yyyy-MM-dd", null);
                Input.EndsOn = quarter.End.ToString("yyyy-MM-dd", null);
            }
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (UnauthorizedAccessException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Id is null && !await _access.CanCreateAsync(ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var status = StatusCodes.Status422UnprocessableEntity;
        if (ModelState.Validate(_validator, Input, _l) && ModelState.IsValid)
        {
            try
            {
                var id = Id ?? await _commands.CreateAsync(Input, ct);
                if (Id is not null)
                {
                    await _commands.EditAsync(id, Input, ct);
                }
                TempData.Flash(_l["Campaigns_Saved"], "success");
                return RedirectToPage("/Campaigns/Detail", new { id });
            }
            catch (KeyNotFoundException)
            {
                return NotFound();
            }
            catch (UnauthorizedAccessException)
            {
                return StatusCode(StatusCodes.Status403Forbidden);
            }
            catch (StaleEditException stale)
            {
                Message = _l.Text(stale);
                status = stale.StatusCode;
            }
            catch (DomainException refusal)
            {
                ModelState.AddModelError(Field(refusal.Key), _l.Text(refusal));
                status = refusal.StatusCode;
            }
        }
        await LoadAsync(ct);
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    /// <summary>The form field a refusal belongs next to.</summary>
    private static string Field(string key) => key switch
    {
        "Campaigns_Error_Closed" => string.Empty,
        "Campaigns_Error_Name" => "Input.Name",
        "Campaigns_Error_Goal" => "Input.Goal",
        "Campaigns_Error_Team" => "Input.TeamId",
        "Campaigns_Error_Window" or "Campaigns_Error_TooLong" => "Input.EndsOn",
        "Campaigns_Error_Date" => "Input.StartsOn",
        _ when key.Contains("Customer", StringComparison.Ordinal) || key.Contains("Assignee", StringComparison.Ordinal)
            || key.Contains("OwnerOutside", StringComparison.Ordinal) => "Input.Customers",
        _ when key.Contains("Script", StringComparison.Ordinal) => "Input.Scripts",
        _ when key.Contains("Material", StringComparison.Ordinal) => "Input.Materials",
        _ => "Input.Steps",
    };

    private async Task LoadAsync(CancellationToken ct)
    {
        Input.Pad();
        Teams = await _access.EditableTeamsAsync(ct);
        Types = await _queries.ActionTypesAsync(ct);
        Choices = await _queries.CustomerChoicesAsync(ct);
    }
}
