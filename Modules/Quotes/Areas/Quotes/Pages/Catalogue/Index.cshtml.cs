using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Areas.Quotes.Pages.Catalogue;

/// <summary>The product catalogue; Finance (and admin) maintain it and import CSV.</summary>
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

    internal List<Product> Products { get; private set; } = [];
    internal bool CanManage => _access.CanManageCatalogue;

    public async Task OnGetAsync(CancellationToken ct) =>
        Products = await _db.Products.AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(string? csv, IFormFile? file, CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }
        var text = csv ?? string.Empty;
        if (file is { Length: > 0 and < 1_000_000 })
        {
            using var reader = new StreamReader(file.OpenReadStream());
            text = await reader.ReadToEndAsync(ct);
        }
        var (rows, bad) = CatalogueCsv.Parse(text);
        if (bad.Count > 0 || rows.Count == 0)
        {
            TempData.Flash(bad.Count > 0 ? _l["Catalogue_BadLines", string.Join(", ", bad)] : _l["Catalogue_Empty"], "danger");
            return RedirectToPage();
        }
        var existing = await _db.Products.ToDictionaryAsync(p => p.Code, ct);
        foreach (var row in rows)
        {
            if (existing.TryGetValue(row.Code, out var product))
            {
                product.Update(row.Name, row.ListPrice, row.Cost, row.TaxRatePercent);
            }
            else
            {
                var created = new Product(Guid.NewGuid(), row.Code, row.Name, row.ListPrice, row.Cost, row.TaxRatePercent);
                _db.Products.Add(created);
                existing[row.Code] = created;
            }
        }
        _operation.Begin("Catalogue.Import");
        await _db.SaveChangesAsync(ct);
        TempData.Flash(_l["Catalogue_Imported", rows.Count], "success");
        return RedirectToPage();
    }
}
