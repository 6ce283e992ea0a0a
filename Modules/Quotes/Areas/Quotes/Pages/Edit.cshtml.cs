using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Web;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Areas.Quotes.Pages;

/// <summary>The owner's editor: lines, terms, schedule, validity; htmx recalculates totals and margin flags.</summary>
public sealed class EditModel : PageModel
{
    private readonly QuotesDbContext _db;
    private readonly QuoteAccess _access;
    private readonly QuoteCommands _commands;
    private readonly QuoteSettingsStore _store;
    private readonly DraftFormMapper _mapper;
    private readonly IStringLocalizer<QuotesModule> _l;

    internal EditModel(QuotesDbContext db, QuoteAccess access, QuoteCommands commands, QuoteSettingsStore store, DraftFormMapper mapper, IStringLocalizer<QuotesModule> l)
    {
        _db = db;
        _access = access;
        _commands = commands;
        _store = store;
        _mapper = mapper;
        _l = l;
    }

    [BindProperty]
    public QuoteDraftForm Form { get; set; } = new();

    internal Quote Quote { get; private set; } = null!;
    internal List<Product> Catalogue { get; private set; } = [];
    internal TotalsView Totals { get; private set; } = null!;
    internal string? FrozenReason { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (!Quote.IsEditable)
        {
            TempData.Flash(_l[Quote.Status == QuoteStatus.Expired ? "Quote_Error_ExpiredRenew" : "Quote_Error_NotEditable"], "warning");
            return RedirectToPage("/Details", new { id });
        }
        Form = DraftFormMapper.From(Quote);
        Totals = new TotalsView(Quote.Lines, (await _store.SettingsAsync(ct)).Margin);
        return Page();
    }

    public async Task<IActionResult> OnPostRecalcAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var lines = _mapper.Lines(Form, Catalogue.ToDictionary(p => p.Code), Quote.Lines, null);
        return Partial("_Totals", new TotalsView(lines, (await _store.SettingsAsync(ct)).Margin));
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var margin = (await _store.SettingsAsync(ct)).Margin;
        var input = _mapper.Input(Form, Catalogue.ToDictionary(p => p.Code), Quote.Lines, ModelState);
        if (input is null)
        {
            Totals = new TotalsView(_mapper.Lines(Form, Catalogue.ToDictionary(p => p.Code), Quote.Lines, null), margin);
            return Request.IsHtmx() ? StatusCode(422) : Page();
        }
        try
        {
            await _commands.SaveDraftAsync(id, input, ct);
            TempData.Flash(_l["Edit_Saved"], "success");
            return RedirectToPage("/Details", new { id });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, _l[e.Key, e.Arguments]);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, _l["Common_StaleEdit"]);
        }
        Totals = new TotalsView(input.Lines, margin);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var quote = await _db.LoadAsync(id, ct);
        if (quote is null || !_access.IsOwner(quote))
        {
            return false;
        }
        Quote = quote;
        Catalogue = await _db.Products.AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct);
        FrozenReason = (await _db.Frozen.AsNoTracking().FirstOrDefaultAsync(f => f.UserId == quote.OwnerId, ct))?.Reason;
        return true;
    }
}
