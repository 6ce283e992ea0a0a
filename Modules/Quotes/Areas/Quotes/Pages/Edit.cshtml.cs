using FluentValidation;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Application.Drafts;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Web;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Areas.Quotes.Pages;

/// <summary>The owner's editor: lines, terms, schedule, validity; htmx recalculates totals and margin flags.</summary>
public sealed class EditModel : PageModel
{
    private readonly QuotesDbContext _db;
    private readonly RecordAccess _access;
    private readonly QuoteCommands _commands;
    private readonly ModuleSettings<QuotesDbContext, QuoteSettings> _settings;
    private readonly IValidator<QuoteDraftInput> _validator;
    private readonly IStringLocalizer<QuotesModule> _l;

    internal EditModel(QuotesDbContext db, RecordAccess access, QuoteCommands commands, ModuleSettings<QuotesDbContext, QuoteSettings> settings,
        IValidator<QuoteDraftInput> validator, IStringLocalizer<QuotesModule> l)
    {
        _db = db;
        _access = access;
        _commands = commands;
        _settings = settings;
        _validator = validator;
        _l = l;
    }

    [BindProperty]
    public QuoteDraftInput Form { get; set; } = new();

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
        Totals = new TotalsView(Quote.Lines, await MarginAsync(ct));
        return Page();
    }

    public async Task<IActionResult> OnPostRecalcAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        return Partial("_Totals", new TotalsView(LinesOf(null), await MarginAsync(ct)));
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var margin = await MarginAsync(ct);
        var valid = ModelState.Validate(_validator, Form, _l, prefix: "Form");
        var lines = LinesOf(ModelState);
        if (!valid || !ModelState.IsValid)
        {
            Totals = new TotalsView(lines, margin);
            return Request.IsHtmx() ? StatusCode(422) : Page();
        }
        try
        {
            await _commands.SaveDraftAsync(id, DraftFormMapper.Draft(Form, lines), ct);
            TempData.Flash(_l["Edit_Saved"], "success");
            return RedirectToPage("/Details", new { id });
        }
        catch (DomainException refusal)
        {
            // Shown above the form, which keeps what the person typed (a stale edit included).
            ModelState.AddModelError(string.Empty, _l.Text(refusal));
        }
        Totals = new TotalsView(lines, margin);
        return Page();
    }

    private IReadOnlyList<QuoteLine> LinesOf(ModelStateDictionary? errors) =>
        DraftFormMapper.Lines(Form, Catalogue.ToDictionary(p => p.Code), Quote.Lines, errors, _l);

    private async Task<MarginPolicy> MarginAsync(CancellationToken ct) => (await _settings.ReadAsync(ct)).Margin;

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
