using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Application.Customers;

/// <summary>Edits a customer's profile (its key fields and the director's fields): the owner or a manager who sees the customer.</summary>
internal sealed class ProfileCommands(
    LeadsDbContext db, RecordAccess access, UnitOfWork<LeadsDbContext> uow, IClock clock, CustomerProfileService profiles)
{
    /// <summary>
    /// Saves the profile; returns the codes of the fields that changed (none: nothing saved, nothing published) and the
    /// customers the new name / phone / credit code collide with.
    /// Not visible → <see cref="KeyNotFoundException"/>; visible but neither owner nor manager →
    /// <see cref="UnauthorizedAccessException"/>; changed since the form was shown → <see cref="StaleEditException"/>;
    /// a director's field with a bad value → <see cref="DomainException"/> (nothing saved).
    /// </summary>
    public async Task<ProfileEditResult> EditAsync(Guid customerId, ProfileInput input, CancellationToken ct)
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
        var fields = await profiles.ActiveFieldsAsync(ct);
        foreach (var field in fields)
        {
            if (field.Problem(input.FieldValue(field.Id)) is { } problem)
            {
                throw new DomainException(problem, field.Label);
            }
        }
        var keys = (customer.NormalizedPhone, customer.NormalizedName, customer.CreditCode);
        var changed = customer.EditProfile(input.Values, await profiles.ActiveTypeCodesAsync(ct)).ToList();
        changed.AddRange(await SetFieldValuesAsync(customer.Id, fields, input, ct));
        if (changed.Count == 0)
        {
            return new ProfileEditResult([], []);
        }
        // The row's version moves with any change, so a stale form is refused after a change of the director's fields too.
        db.Entry(customer).Property(c => c.Version).IsModified = true;
        var now = clock.GetCurrentInstant();
        var values = fields.ToDictionary(f => f.Id, f => input.FieldValue(f.Id) ?? "");
        var completeness = CustomerProfile.Completeness(customer, fields, values);
        var profile = ProfileEvents.Changed(customer, completeness, access.UserId, now);
        db.Publish(profile);
        db.AddTimeline(customer.Id, "Timeline_ProfileEdited", access.UserId, now,
            profile.FilledKeyFields.ToString(CultureInfo.InvariantCulture),
            profile.KeyFieldCount.ToString(CultureInfo.InvariantCulture));
        var collisions = keys == (customer.NormalizedPhone, customer.NormalizedName, customer.CreditCode)
            ? [] : await CollisionsAsync(customer, ct);
        await uow.CommitAsync("Customer.EditProfile", ct);
        return new ProfileEditResult(changed, collisions);
    }

    private async Task<IReadOnlyList<string>> SetFieldValuesAsync(
        Guid customerId, IReadOnlyList<ProfileField> fields, ProfileInput input, CancellationToken ct)
    {
        var ids = fields.Select(f => f.Id).ToList();
        var stored = await db.CustomerFieldValues.Where(v => v.CustomerId == customerId && ids.Contains(v.FieldId)).ToListAsync(ct);
        var changed = new List<string>();
        foreach (var field in fields)
        {
            var value = input.FieldValue(field.Id);
            var row = stored.FirstOrDefault(v => v.FieldId == field.Id);
            if (value is null && row is not null)
            {
                db.CustomerFieldValues.Remove(row);
            }
            else if (value is not null && row is null)
            {
                db.CustomerFieldValues.Add(new CustomerFieldValue(customerId, field.Id, value));
            }
            else if (value is not null && row is not null && row.Value != value)
            {
                row.Value = value;
            }
            else
            {
                continue;
            }
            changed.Add(field.Code);
        }
        return changed;
    }

    /// <summary>Other (not merged) customers sharing the edited customer's phone, company name or credit code.</summary>
    private async Task<IReadOnlyList<string>> CollisionsAsync(Customer c, CancellationToken ct) =>
        await db.Customers.AsNoTracking()
            .Where(o => o.Id != c.Id && o.MergedIntoId == null)
            .Where(o => o.NormalizedPhone == c.NormalizedPhone || o.NormalizedName == c.NormalizedName
                || (c.CreditCode != null && o.CreditCode == c.CreditCode))
            .OrderBy(o => o.Code).Select(o => o.Code).Take(10).ToListAsync(ct);
}
