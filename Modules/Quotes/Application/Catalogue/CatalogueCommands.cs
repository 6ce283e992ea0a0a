using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Csv;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Quotes.Application.Catalogue;

/// <summary>Finance (and admin) maintain the product catalogue.</summary>
internal sealed class CatalogueCommands(QuotesDbContext db, RecordAccess access, UnitOfWork<QuotesDbContext> work, IConfiguration configuration)
{
    /// <summary>Quotes:Catalogue:MaxRows / MaxBytes; a file over either is refused whole.</summary>
    public CsvLimits Limits { get; } = new(
        configuration.GetValue("Quotes:Catalogue:MaxRows", 5_000), configuration.GetValue("Quotes:Catalogue:MaxBytes", 1024L * 1024));

    /// <summary>An uploaded file as text: UTF-8 (BOM or not) or GB18030; refused when garbled or over the byte limit.</summary>
    public string Decode(byte[] file) => CsvFile.Decode(file, Limits);

    /// <summary>Imports CSV lines, all or nothing: a bad line names itself and nothing is imported. Returns the row count.</summary>
    public async Task<int> ImportAsync(string csv, CancellationToken ct)
    {
        if (!access.CanManageCatalogue())
        {
            throw new UnauthorizedAccessException();
        }
        var (rows, bad) = CatalogueCsv.Parse(csv, Limits);
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
