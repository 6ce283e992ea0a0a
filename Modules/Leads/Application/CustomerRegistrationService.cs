using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Application;

/// <summary>Registers customers with unique codes and finds likely duplicates (merging: <see cref="Customers.CustomerCommands"/>).</summary>
internal sealed class CustomerRegistrationService(LeadsDbContext db, IClock clock)
{
    public async Task<IReadOnlyList<Customer>> FindDuplicatesAsync(LeadDetails details, CancellationToken ct)
    {
        var phone = DuplicateKeys.Phone(details.Phone);
        var name = DuplicateKeys.CompanyName(details.Company);
        var credit = string.IsNullOrWhiteSpace(details.CreditCode) ? null : DuplicateKeys.CreditCode(details.CreditCode);
        // Merged rows keep their keys: a match on one stands for the customer it was merged into.
        var matches = await db.Customers
            .Where(c => (phone != "" && c.NormalizedPhone == phone) || (name != "" && c.NormalizedName == name)
                || (credit != null && c.CreditCode == credit))
            .Take(50)
            .ToListAsync(ct);
        var found = new Dictionary<Guid, Customer>();
        foreach (var match in matches)
        {
            if (await SurvivorAsync(match, ct) is { } survivor)
            {
                found.TryAdd(survivor.Id, survivor);
            }
        }
        return found.Values.OrderBy(c => c.Code).Take(10).ToList();
    }

    /// <summary>The customer itself, or the one it was merged into (following a chain of merges); null if broken.</summary>
    public async Task<Customer?> SurvivorAsync(Customer customer, CancellationToken ct)
    {
        var current = customer;
        for (var hops = 0; current.MergedIntoId is { } next && hops < 10; hops++)
        {
            if (await db.Customers.FirstOrDefaultAsync(c => c.Id == next, ct) is not { } target)
            {
                return null;
            }
            current = target;
        }
        return current.MergedIntoId is null ? current : null;
    }

    /// <summary>
    /// <see cref="FindDuplicatesAsync"/>'s first match for each of many leads, in one query (a CSV import of thousands
    /// of rows would otherwise ask once per row): the customer with the lowest code sharing phone, name or credit code.
    /// </summary>
    public async Task<IReadOnlyList<Customer?>> FirstDuplicatesAsync(IReadOnlyList<LeadDetails> many, CancellationToken ct)
    {
        var keys = many.Select(d => (Phone: DuplicateKeys.Phone(d.Phone), Name: DuplicateKeys.CompanyName(d.Company),
            Credit: string.IsNullOrWhiteSpace(d.CreditCode) ? "" : DuplicateKeys.CreditCode(d.CreditCode))).ToList();
        var candidates = new List<Customer>();
        // Chunks keep each query well under SQLite's parameter limit (EF expands a list into one parameter per value).
        foreach (var chunk in keys.Chunk(300))
        {
            var phones = chunk.Select(k => k.Phone).Where(k => k != "").Distinct().ToList();
            var names = chunk.Select(k => k.Name).Where(k => k != "").Distinct().ToList();
            var credits = chunk.Select(k => k.Credit).Where(k => k != "").Distinct().ToList();
            candidates.AddRange(await db.Customers
                .Where(c => c.MergedIntoId == null)
                .Where(c => phones.Contains(c.NormalizedPhone) || names.Contains(c.NormalizedName)
                    || (c.CreditCode != null && credits.Contains(c.CreditCode)))
                .ToListAsync(ct));
        }
        candidates = [.. candidates.DistinctBy(c => c.Id)];
        candidates.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        var byPhone = First(candidates, c => c.NormalizedPhone);
        var byName = First(candidates, c => c.NormalizedName);
        var byCredit = First(candidates, c => c.CreditCode ?? "");
        return [.. keys.Select(k => new[]
            {
                byPhone.GetValueOrDefault(k.Phone), byName.GetValueOrDefault(k.Name), byCredit.GetValueOrDefault(k.Credit),
            }
            .Where(c => c is not null)
            .MinBy(c => c!.Code, StringComparer.Ordinal))];
    }

    private static Dictionary<string, Customer> First(List<Customer> sorted, Func<Customer, string> key)
    {
        var first = new Dictionary<string, Customer>(StringComparer.Ordinal);
        foreach (var c in sorted.Where(c => key(c) != ""))
        {
            first.TryAdd(key(c), c);
        }
        return first;
    }

    public async Task<Customer> RegisterAsync(LeadDetails details, Guid? ownerId, Guid? actor, CancellationToken ct)
    {
        var baseCode = CustomerCodes.Base(details.Phone, details.Source);
        var taken = await db.Customers.Where(c => c.Code.StartsWith(baseCode)).Select(c => c.Code).ToListAsync(ct);
        // Codes staged in this unit of work (e.g. a CSV import) are taken, too.
        taken.AddRange(db.ChangeTracker.Entries<Customer>().Select(e => e.Entity.Code));
        var now = clock.GetCurrentInstant();
        var customer = new Customer(Guid.NewGuid(), CustomerCodes.MakeUnique(baseCode, taken), details, ownerId, now);
        db.Customers.Add(customer);
        db.Publish(new CustomerRegistered(
            EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: actor, CustomerId: customer.Id, Code: customer.Code,
            Name: customer.Name, OwnerId: ownerId, Industry: customer.Industry, CustomerType: customer.CustomerType));
        var keyFields = await db.ProfileFields.AsNoTracking().Where(f => f.Active && f.IsKey).ToListAsync(ct);
        var completeness = CustomerProfile.Completeness(customer, keyFields, new Dictionary<Guid, string>());
        db.Publish(Customers.ProfileEvents.Changed(customer, completeness, actor, now));
        db.AddTimeline(customer.Id, "Timeline_CustomerRegistered", actor, now, customer.Code);
        return customer;
    }
}
