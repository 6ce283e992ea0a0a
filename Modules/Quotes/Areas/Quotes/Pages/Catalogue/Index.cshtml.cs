using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Application.Catalogue;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Areas.Quotes.Pages.Catalogue;

/// <summary>The product catalogue; Finance (and admin) maintain it and import CSV.</summary>
/// <summary>The catalogue file (1 MB by default, Quotes:Catalogue:MaxBytes) plus the form's other fields.</summary>
[RequestSizeLimit(4 * 1024 * 1024)]
public sealed class IndexModel : PageModel
{
    private readonly QuotesDbContext _db;
    private readonly RecordAccess _access;
    private readonly CatalogueCommands _commands;
    private readonly IStringLocalizer<QuotesModule> _l;

    internal IndexModel(QuotesDbContext db, RecordAccess access, CatalogueCommands commands, IStringLocalizer<QuotesModule> l)
    {
        _db = db;
        _access = access;
        _commands = commands;
        _l = l;
    }

    internal List<Product> Products { get; private set; } = [];
    internal bool CanManage => _access.CanManageCatalogue();

    public async Task OnGetAsync(CancellationToken ct) =>
        Products = await _db.Products.AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(string? csv, IFormFile? file, CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }
        try
        {
            var text = csv ?? string.Empty;
            if (file is { Length: > 0 })
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                text = _commands.Decode(buffer.ToArray());
            }
            return this.Done(_l["Catalogue_Imported", await _commands.ImportAsync(text, ct)]);
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l);
        }
    }
}
