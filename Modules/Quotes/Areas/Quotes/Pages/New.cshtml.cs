using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Quotes.Application.Drafts;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Areas.Quotes.Pages;

/// <summary>Start a quote for one of my deals (only deals whose gates allow quoting can be picked).</summary>
public sealed class NewModel : PageModel
{
    private readonly QuotesDbContext _db;
    private readonly RecordAccess _access;
    private readonly QuoteCommands _commands;
    private readonly IStringLocalizer<QuotesModule> _l;

    internal NewModel(QuotesDbContext db, RecordAccess access, QuoteCommands commands, IStringLocalizer<QuotesModule> l)
    {
        _db = db;
        _access = access;
        _commands = commands;
        _l = l;
    }

    internal List<QuotableDeal> Deals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = _access.UserId;
        Deals = await _db.Deals.AsNoTracking().Where(d => d.OwnerId == me).OrderBy(d => d.CustomerName).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid dealId, CancellationToken ct)
    {
        try
        {
            var id = await _commands.CreateAsync(dealId, ct);
            return RedirectToPage("/Edit", new { id });
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l);
        }
        catch (UnauthorizedAccessException)
        {
            return NotFound();
        }
    }
}
