using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Application.Customers;

/// <summary>Edits a customer's profile (its key fields): the owner or a manager who sees the customer.</summary>
internal sealed class ProfileCommands(LeadsDbContext db, RecordAccess access, UnitOfWork<LeadsDbContext> uow, IClock clock)
{
    /// <summary>
    /// Saves the profile; returns the codes of the fields that changed (none: nothing saved, nothing published).
    /// Not visible → <see cref="KeyNotFoundException"/>; visible but neither owner nor manager →
    /// <see cref="UnauthorizedAccessException"/>; changed since the form was shown → <see cref="StaleEditException"/>.
    /// </summary>
    public async Task<IReadOnlyList<string>> EditAsync(Guid customerId, ProfileInput input, CancellationToken ct)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == customerId && c.MergedIntoId == null, ct);
        if (customer is null || !await access.CanSeeAsync(customer.OwnerId, ct))
        {
            throw new KeyNotFoundException();
        }
        if (customer.OwnerId != access.UserId && !access.IsManager)
        {
            throw new UnauthorizedAccessException();
        }
        StaleEditException.ThrowIfChanged(input.Version, customer.Version);
        db.Entry(customer).Property(c => c.Version).OriginalValue = input.Version;
        var changed = customer.EditProfile(input.Values);
        if (changed.Count == 0)
        {
            return changed;
        }
        var now = clock.GetCurrentInstant();
        var profile = ProfileEvents.Changed(customer, access.UserId, now);
        db.Publish(profile);
        db.AddTimeline(customer.Id, "Timeline_ProfileEdited", access.UserId, now,
            profile.FilledKeyFields.ToString(CultureInfo.InvariantCulture),
            profile.KeyFieldCount.ToString(CultureInfo.InvariantCulture));
        await uow.CommitAsync("Customer.EditProfile", ct);
        return changed;
    }
}
