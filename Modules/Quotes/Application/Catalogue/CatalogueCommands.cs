using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Quotes.Application.Catalogue;

/// <summary>Finance (and admin) maintain the product catalogue.</summary>
internal sealed class CatalogueCommands(QuotesDbContext db, RecordAccess access, UnitOfWork<QuotesDbContext> work)
{
    /// <summary>Imports CSV lines, all or nothing: a bad line names itself and nothing is imported. Returns the row count.</summary>
    public async Task<int> ImportAsync(string csv, CancellationToken ct)
    {
        if (!access.CanManageCatalogue())
        {
            throw new UnauthorizedAccessException();
        }
        var (rows, bad) = CatalogueCsv.Parse(csv);
        DomainException.ThrowIf(bad.Count > 0, "Catalogue_BadLines", string.Join(", ", bad));
        DomainException.ThrowIf(rows.Count == 0, "Catalogue_Empty");
        var existing = await db.Products.ToDictionaryAsync(p => p.Code, ct);
        foreach (var row in rows)
        {
            if (existing.TryGetValue(row.Code, out var product))
            {
                product.Update(row.Name, row.ListPrice, row.Cost, row.TaxRatePercent);
            }
            else
            {
                var created = new Product(Guid.NewGuid(), row.Code, row.Name, row.ListPrice, row.Cost, row.TaxRatePercent);
                db.Products.Add(created);
                existing[row.Code] = created;
            }
        }
        await work.CommitAsync("Catalogue.Import", ct);
        return rows.Count;
    }
}
