using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Config;

/// <summary>Headquarters adds and changes the new SKUs being rolled out (the SKU is fixed once added).</summary>
internal sealed class ProductCommands(StoresDbContext db, UnitOfWork<StoresDbContext> unitOfWork, StoresAccess access)
{
    public async Task<Guid> AddAsync(ProductInput input, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var sku = input.Sku?.Trim() ?? string.Empty;
        DomainException.ThrowIf(await db.Products.AnyAsync(p => p.Sku == sku, ct), "Config_Error_SkuTaken", sku);
        var product = new NewProduct(Guid.NewGuid(), sku, input.Name ?? string.Empty, Launch(input));
        product.SetActive(input.Active);
        db.Products.Add(product);
        await unitOfWork.CommitAsync("NewProduct.Add", ct);
        return product.Id;
    }

    /// <summary>Changes the product as the form showed it (<see cref="ProductInput.Version"/>).</summary>
    public async Task SaveAsync(Guid id, ProductInput input, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(input.Version, product.Version);
        db.Entry(product).Property(p => p.Version).OriginalValue = input.Version;
        product.Change(input.Name ?? string.Empty, Launch(input));
        product.SetActive(input.Active);
        await unitOfWork.CommitAsync("NewProduct.Change", ct);
    }

    private static NodaTime.LocalDate Launch(ProductInput input) => input.Launch ?? throw new DomainException("Config_Error_LaunchOn");
}
