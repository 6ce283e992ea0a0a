using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Domain.Offer;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Application.Offer;

/// <summary>
/// The rebate calculator's result as a request on Finance's to-do list; Finance completes or refuses it with a note
/// and the requester is told. The range is recalculated from the stored rules: a posted result is never trusted.
/// </summary>
internal sealed class RebateClaimCommands(
    QuotesDbContext db, RecordAccess access, Notifier<QuotesDbContext> notifier, UnitOfWork<QuotesDbContext> work, BusinessClock clock)
{
    public const string RequestsLink = "/Quotes/Rebates/Requests";

    public async Task<Guid> RequestAsync(RebateRequest request, string? note, CancellationToken ct)
    {
        var rules = await db.RebateRules.AsNoTracking().ToListAsync(ct);
        var result = RebateCalculator.Calculate(rules, request) ?? throw new DomainException("Rebate_None");
        var claim = new RebateClaim(Guid.NewGuid(), access.UserId, request, result, note, clock.Now);
        db.RebateClaims.Add(claim);
        notifier.ToRole(Roles.Finance, "Offer_Notify_RebateRequested", RequestsLink, access.UserId,
            request.Amount.ToString("N2", System.Globalization.CultureInfo.InvariantCulture), request.CustomerType ?? "*",
            request.ProductCode ?? "*");
        await work.CommitAsync("Rebate.Request", ct);
        return claim.Id;
    }

    /// <param name="version">The row version the to-do list showed: decided meanwhile is stale (409).</param>
    public async Task DecideAsync(Guid claimId, bool complete, string? note, int version, CancellationToken ct)
    {
        if (!access.IsInRole(Roles.Finance))
        {
            throw new UnauthorizedAccessException();
        }
        var claim = await db.RebateClaims.FirstOrDefaultAsync(c => c.Id == claimId, ct) ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(version, claim.Version);
        claim.Decide(complete, access.UserId, note, clock.Now);
        notifier.ToUser(claim.RequestedBy, complete ? "Offer_Notify_RebateCompleted" : "Offer_Notify_RebateRefused", RequestsLink,
            access.UserId, claim.Amount.ToString("N2", System.Globalization.CultureInfo.InvariantCulture), claim.DecisionNote ?? string.Empty);
        await work.CommitAsync(complete ? "Rebate.Complete" : "Rebate.Refuse", ct);
    }
}
