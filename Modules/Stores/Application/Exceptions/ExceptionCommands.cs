using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Exceptions;

/// <summary>
/// The area supervisor (or headquarters) grants a store a one-day exception from the fence and dwell: today or a later
/// day, never the past, one per store and day; the store's managers are notified.
/// </summary>
internal sealed class ExceptionCommands(
    StoresDbContext db, StoresAccess access, BusinessClock clock, IValidator<ExceptionInput> validator, Notifier<StoresDbContext> notifier,
    UnitOfWork<StoresDbContext> unitOfWork)
{
    public async Task<FenceException> GrantAsync(ExceptionInput input, CancellationToken ct)
    {
        var store = await db.Stores.AsNoTracking().SingleOrDefaultAsync(s => s.Id == input.StoreId, ct) ?? throw new KeyNotFoundException();
        await access.EnsureSupervisesAsync(store, ct);
        var invalid = validator.Validate(input).Errors.FirstOrDefault();
        if (invalid is not null)
        {
            throw new DomainException(invalid.ErrorMessage, invalid.CustomState as object[] ?? []);
        }
        var day = LocalDate.FromDateOnly(input.Day!.Value);
        DomainException.ThrowIf(day < clock.Today, "Exception_Error_PastDay");
        var shown = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var duplicate = await db.Exceptions.AnyAsync(e => e.StoreId == store.Id && e.Day == day, ct);
        DomainException.ThrowIf(duplicate, "Exception_Error_Duplicate", store.Name, shown);
        var granted = new FenceException(Guid.NewGuid(), store.Id, day, input.Reason!, access.UserId, clock.Now);
        db.Exceptions.Add(granted);
        var link = $"/Stores/Day?storeId={store.Id}";
        foreach (var manager in store.Managers)
        {
            notifier.ToUser(manager.UserId, "Exception_Notify", link, access.UserId, store.Name, shown, granted.Reason);
        }
        try
        {
            await unitOfWork.CommitAsync("Stores.GrantException", ct);
        }
        catch (DbUpdateException)
        {
            // Two supervisors at once: the unique (store, day) index let only the first in.
            db.ChangeTracker.Clear();
            throw new DomainException("Exception_Error_Duplicate", store.Name, shown);
        }
        return granted;
    }
}
