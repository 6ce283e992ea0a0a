using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using NodaTime.Text;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Application.Offer;
using SalesSuite.Quotes.Application.Rebates;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Areas.Quotes.Pages.Rebates;

/// <summary>Rebate calculator for everyone; Finance maintains the rules.</summary>
public sealed class IndexModel : PageModel
{
    private readonly QuotesDbContext _db;
    private readonly RecordAccess _access;
    private readonly RebateCommands _commands;
    private readonly IValidator<RebateRuleInput> _validator;
    private readonly IStringLocalizer<QuotesModule> _l;

    internal IndexModel(QuotesDbContext db, RecordAccess access, RebateCommands commands, IValidator<RebateRuleInput> validator,
        IStringLocalizer<QuotesModule> l)
    {
        _db = db;
        _access = access;
        _commands = commands;
        _validator = validator;
        _l = l;
    }

    internal List<RebateRule> Rules { get; private set; } = [];
    internal List<string> CustomerTypes { get; private set; } = [];
    internal bool CanManage => _access.CanManageCatalogue();
    internal RebateResult? Result { get; private set; }
    internal bool Calculated { get; private set; }

    [BindProperty(SupportsGet = true)] public string? CustomerType { get; set; }
    [BindProperty(SupportsGet = true)] public string? ProductCode { get; set; }
    [BindProperty(SupportsGet = true)] public decimal? Amount { get; set; }
    [BindProperty(SupportsGet = true)] public int? DeliveryDays { get; set; }
    [BindProperty(SupportsGet = true)] public string? DeliveryDate { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rules = await _db.RebateRules.AsNoTracking().OrderBy(r => r.CustomerType).ThenBy(r => r.MinAmount).ToListAsync(ct);
        CustomerTypes = Rules.Select(r => r.CustomerType).OfType<string>().Distinct().ToList();
        var date = LocalDatePattern.Iso.Parse(DeliveryDate ?? string.Empty);
        if (Amount is { } amount && DeliveryDays is { } days && date.Success)
        {
            Calculated = true;
            Result = RebateCalculator.Calculate(Rules, new RebateRequest(CustomerType, ProductCode, amount, days, date.Value));
        }
    }

    /// <summary>Sends the calculation (recomputed on the server from the same inputs) to Finance's to-do list.</summary>
    public async Task<IActionResult> OnPostRequestAsync(string? note, CancellationToken ct)
    {
        var date = LocalDatePattern.Iso.Parse(DeliveryDate ?? string.Empty);
        if (Amount is not { } amount || DeliveryDays is not { } days || !date.Success)
        {
            return this.Refused(_l["Rebate_None"]);
        }
        try
        {
            await HttpContext.RequestServices.GetRequiredService<RebateClaimCommands>()
                .RequestAsync(new RebateRequest(CustomerType, ProductCode, amount, days, date.Value), note, ct);
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l);
        }
        TempData.Flash(_l["Offer_RebateRequested"], "success");
        return RedirectToPage("/Rebates/Requests");
    }

    public async Task<IActionResult> OnPostAddAsync(RebateRuleInput rule, CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }
        if (!ModelState.Validate(_validator, rule, _l, prefix: string.Empty))
        {
            return this.Refused(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)));
        }
        await _commands.AddRuleAsync(rule, ct);
        return this.Done(_l["Rebate_Added"]);
    }
}
