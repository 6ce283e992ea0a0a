using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime.Text;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Areas.Quotes.Pages.Rebates;

/// <summary>Rebate calculator for everyone; Finance maintains the rules.</summary>
public sealed class IndexModel : PageModel
{
    private readonly QuotesDbContext _db;
    private readonly QuoteAccess _access;
    private readonly IOperationContext _operation;
    private readonly IStringLocalizer<QuotesModule> _l;

    internal IndexModel(QuotesDbContext db, QuoteAccess access, IOperationContext operation, IStringLocalizer<QuotesModule> l)
    {
        _db = db;
        _access = access;
        _operation = operation;
        _l = l;
    }

    internal List<RebateRule> Rules { get; private set; } = [];
    internal List<string> CustomerTypes { get; private set; } = [];
    internal bool CanManage => _access.CanManageCatalogue;
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

    public async Task<IActionResult> OnPostAddAsync(string? ruleCustomerType, string? ruleProductCode, decimal minAmount, decimal? maxAmount, int? maxDeliveryDays,
        decimal minPercent, decimal maxPercent, string? documents, int payoutDays, CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }
        if (minAmount < 0 || maxAmount <= minAmount || minPercent < 0 || maxPercent < minPercent || maxPercent > 100 || payoutDays < 0)
        {
            TempData.Flash(_l["Rebate_Error_Values"], "danger");
            return RedirectToPage();
        }
        _db.RebateRules.Add(new RebateRule(Guid.NewGuid(), ruleCustomerType, ruleProductCode, minAmount, maxAmount, maxDeliveryDays,
            minPercent, maxPercent, documents ?? string.Empty, payoutDays));
        _operation.Begin("Rebate.AddRule");
        await _db.SaveChangesAsync(ct);
        TempData.Flash(_l["Rebate_Added"], "success");
        return RedirectToPage();
    }
}
