using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Config;

/// <summary>Headquarters adds and changes promotions (the code is fixed once added). Every change is in the operation log.</summary>
internal sealed class PromotionCommands(StoresDbContext db, UnitOfWork<StoresDbContext> unitOfWork, StoresAccess access)
{
    public async Task<Guid> AddAsync(PromotionInput input, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var code = input.Code?.Trim() ?? string.Empty;
        DomainException.ThrowIf(await db.Promotions.AnyAsync(p => p.Code == code, ct), "Config_Error_PromotionTaken", code);
        await EnsureRegionAsync(input.Region, ct);
        var (starts, ends) = Dates(input);
        var promotion = new Promotion(Guid.NewGuid(), code, input.Name ?? string.Empty, input.Type ?? string.Empty, starts, ends, input.Region);
        promotion.Change(promotion.Name, promotion.Type, starts, ends, input.Region, input.Instructions, input.PhotoRequired);
        promotion.SetActive(input.Active);
        db.Promotions.Add(promotion);
        await unitOfWork.CommitAsync("Promotion.Add", ct);
        return promotion.Id;
    }

    /// <summary>Changes the promotion as the form showed it (<see cref="PromotionInput.Version"/>).</summary>
    public async Task SaveAsync(Guid id, PromotionInput input, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var promotion = await db.Promotions.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(input.Version, promotion.Version);
        db.Entry(promotion).Property(p => p.Version).OriginalValue = input.Version;
        if (!string.Equals(promotion.Region, Blank(input.Region), StringComparison.Ordinal))
        {
            await EnsureRegionAsync(input.Region, ct);
        }
        var (starts, ends) = Dates(input);
        promotion.Change(input.Name ?? string.Empty, input.Type ?? string.Empty, starts, ends, input.Region, input.Instructions, input.PhotoRequired);
        promotion.SetActive(input.Active);
        await unitOfWork.CommitAsync("Promotion.Change", ct);
    }

    /// <summary>A region must be one the stores have (a promotion for no store would never be executed).</summary>
    private async Task EnsureRegionAsync(string? region, CancellationToken ct)
    {
        if (Blank(region) is { } name)
        {
            DomainException.ThrowIf(!await db.Stores.AnyAsync(s => s.Region == name, ct), "Config_Error_Region", name);
        }
    }

    private static (NodaTime.LocalDate Starts, NodaTime.LocalDate Ends) Dates(PromotionInput input) =>
        (input.Starts ?? throw new DomainException("Config_Error_StartsOn"), input.Ends ?? throw new DomainException("Config_Error_EndsOn"));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
