using Microsoft.EntityFrameworkCore;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Application.Contracts;

/// <summary>Finance enters a contract by hand for a deal closed outside Quotes (one commit, <c>ContractCreated</c>).</summary>
internal sealed class ContractCommands(
    CollectionsDbContext db, UnitOfWork<CollectionsDbContext> uow, CollectionsAccess access, ContractNumberService numbers,
    Notifier<CollectionsDbContext> notifier, IOrganisation organisation, BusinessClock clock)
{
    /// <summary>Roles that may own a contract.</summary>
    public static readonly IReadOnlyList<string> OwnerRoles = [Roles.Salesperson, Roles.RegionalManager, Roles.SalesDirector];

    /// <summary>Creates the contract and its schedule; returns its id. The input was validated by the form's validator.</summary>
    public async Task<Guid> CreateAsync(ContractInput input, CancellationToken ct)
    {
        access.EnsureFinance();
        var customer = await CustomerAsync(input.Customer, ct);
        var ownerId = await OwnerAsync(input.OwnerId ?? customer.OwnerId, ct);
        var amount = input.Amount ?? 0m;
        var signedOn = input.SignedDate ?? clock.Today;
        var schedule = ScheduleRows.ToTerms(amount, input.Rows);
        for (var attempt = 1; ; attempt++)
        {
            var contract = Contract.Manual(
                await numbers.NextAsync(signedOn, ct), customer.CustomerId, ownerId, dealId: null, amount,
                (input.Currency ?? string.Empty).Trim(), signedOn, input.Terms, schedule, access.UserId, clock.Now);
            db.Contracts.Add(contract);
            db.Publish(ContractEvents.Created(contract, access.UserId, clock.Now));
            if (ownerId != access.UserId)
            {
                notifier.ToUser(ownerId, "Contract_Notify_Created", CollectionsLinks.Contract(contract.Id), access.UserId, contract.Number);
            }
            try
            {
                await uow.CommitAsync("Contract.Create", ct);
                return contract.Id;
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                // Someone took the same number at the same moment (unique index): once more with the next one.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The customer account by code (any case), else by its exact name; merged customers are not offered.</summary>
    private async Task<CustomerAccount> CustomerAsync(string? codeOrName, CancellationToken ct)
    {
        var text = (codeOrName ?? string.Empty).Trim();
        var upper = text.ToUpperInvariant();
        DomainException.ThrowIf(text.Length == 0, "Contract_Error_CustomerRequired");
        return await db.Customers.Where(c => c.MergedInto == null && c.Code.ToUpper() == upper).FirstOrDefaultAsync(ct)
            ?? await db.Customers.Where(c => c.MergedInto == null && c.Name == text).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("Contract_Error_CustomerUnknown", text);
    }

    private async Task<Guid> OwnerAsync(Guid? ownerId, CancellationToken ct)
    {
        DomainException.ThrowIf(ownerId is null, "Contract_Error_OwnerRequired");
        var owner = await organisation.FindUserAsync(ownerId!.Value, ct);
        DomainException.ThrowIf(owner is not { IsActive: true } || !owner.Roles.Any(OwnerRoles.Contains), "Contract_Error_OwnerRequired");
        return owner!.Id;
    }
}
