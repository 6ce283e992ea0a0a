using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Areas.Quotes.Pages;

/// <summary>Start a quote for one of my deals (only deals whose gates allow quoting can be picked).</summary>
public sealed class NewModel : PageModel
{
    private readonly QuotesDbContext _db;
    private readonly QuoteAccess _access;
    private readonly QuoteCommands _commands;
    private readonly IStringLocalizer<QuotesModule> _l;

    internal NewModel(QuotesDbContext db, QuoteAccess access, QuoteCommands commands, IStringLocalizer<QuotesModule> l)
    {
        _db = db;
        _access = access;
        _commands = commands;
        _l = l;
    }

    internal List<QuotableDeal> Deals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Deals = await _db.Deals.AsNoTracking().Where(d => d.OwnerId == _access.UserId).OrderBy(d => d.CustomerName).ToListAsync(ct);

    public async Task<IActionResult> OnPostAsync(Guid dealId, CancellationToken ct)
    {
        try
        {
            var id = await _commands.CreateAsync(dealId, ct);
            return RedirectToPage("/Edit", new { id });
        }
        catch (DomainException e)
        {
            TempData.Flash(_l[e.Key, e.Arguments], "danger");
            return RedirectToPage();
        }
        catch (UnauthorizedAccessException)
        {
            return NotFound();
        }
    }
}
