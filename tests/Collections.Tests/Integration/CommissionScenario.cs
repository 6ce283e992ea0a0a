using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.Collections.Domain.Commissions;
using SalesSuite.Quotes.Contracts;
using SalesSuite.SharedKernel.Application;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>
/// Commission test steps on the real host: contracts from <c>QuoteAccepted</c>, payments recorded and reversed straight
/// through the domain (as the payment commands will), rules and statements through the pages.
/// </summary>
internal static class CommissionScenario
{
    public const string Statements = "/Collections/Commissions";
    public const string Rules = "/Collections/Commissions/Rules";

    public static string Detail(Guid id) => $"{Statements}/Detail?id={id}";

    /// <summary>The rules page's example, added by the sales director once per app: 2% (3% from 100,000); SW 5%.</summary>
    public static async Task EnsureRulesAsync(AppFactory app)
    {
        if (await app.InScopeAsync(sp => sp.GetRequiredService<CollectionsDbContext>().CommissionRules.AnyAsync()))
        {
            return;
        }
        using var director = await app.SignInAsync("director", "en");
        var tiered = await director.PostFormAsync($"{Rules}?handler=Add",
            new() { ["BaseRate"] = "2", ["Tiers[0].From"] = "100000", ["Tiers[0].Rate"] = "3", ["Tiers[1].From"] = "", ["Tiers[1].Rate"] = "" },
            Rules);
        var software = await director.PostFormAsync($"{Rules}?handler=Add", new() { ["ProductLine"] = "SW", ["BaseRate"] = "5" }, Rules);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (tiered.StatusCode, software.StatusCode));
    }

    /// <summary>A customer of <paramref name="customerType"/> accepts a one-milestone quote of <paramref name="owner"/>.</summary>
    public static async Task<Guid> ContractAsync(
        AppFactory app, string owner, decimal amount, IReadOnlyList<AcceptedLine>? lines = null, string customerType = "经销商")
    {
        var customer = Guid.NewGuid();
        await app.ConsumeAsync(Events.CustomerRegistered(customerId: customer, customerType: customerType));
        var accepted = Events.QuoteAccepted(ownerId: await app.UserIdAsync(owner), customerId: customer, amount: amount,
            paymentSchedule: [new PaymentMilestone("首付款", 100m, amount, null, 0)], lines: lines);
        await app.ConsumeAsync(accepted);
        return await app.InScopeAsync(sp => sp.GetRequiredService<CollectionsDbContext>().Contracts
            .Where(c => c.QuoteId == accepted.QuoteId).Select(c => c.Id).SingleAsync());
    }

    /// <summary>A payment dated <paramref name="paidOn"/> allocated oldest first to the contract, committed as a command would.</summary>
    public static async Task<Guid> PayAsync(AppFactory app, Guid contractId, decimal amount, LocalDate paidOn)
    {
        var finance = await app.UserIdAsync("finance");
        return await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CollectionsDbContext>();
            var contract = await db.Contracts.Include(c => c.Milestones).SingleAsync(c => c.Id == contractId);
            var now = app.Clock.GetCurrentInstant();
            var payment = new Payment(Guid.NewGuid(), "BR-" + Guid.NewGuid().ToString("N")[..12], contract.CustomerId, paidOn, amount, "CNY",
                "付款单位", PaymentSource.Manual, finance, now);
            db.Payments.Add(payment);
            payment.AllocateOldestFirst(contract.Milestones, finance, now);
            await sp.GetRequiredService<UnitOfWork<CollectionsDbContext>>().CommitAsync("Payment.Record", default);
            return payment.Id;
        });
    }

    public static async Task ReverseAsync(AppFactory app, Guid paymentId)
    {
        var finance = await app.UserIdAsync("finance");
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CollectionsDbContext>();
            var payment = await db.Payments.Include(p => p.Allocations).SingleAsync(p => p.Id == paymentId);
            var ids = payment.Allocations.Select(a => a.ReceivableId).ToList();
            var receivables = await db.Receivables.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id);
            payment.Reverse("银行退票", finance, app.Clock.GetCurrentInstant(), receivables);
            await sp.GetRequiredService<UnitOfWork<CollectionsDbContext>>().CommitAsync("Payment.Reverse", default);
        });
    }

    /// <summary>Finance generates a month through the page.</summary>
    public static async Task GenerateAsync(HttpClient finance, string month)
    {
        var generated = await finance.PostFormAsync($"{Statements}?handler=Generate", new() { ["Month"] = month }, Statements);
        Assert.Equal(HttpStatusCode.Redirect, generated.StatusCode);
    }

    public static async Task<CommissionStatement?> StatementAsync(AppFactory app, string userName, LocalDate month)
    {
        var user = await app.UserIdAsync(userName);
        return await app.InScopeAsync(sp => sp.GetRequiredService<CollectionsDbContext>().CommissionStatements.AsNoTracking()
            .Include(s => s.Lines).SingleOrDefaultAsync(s => s.UserId == user && s.PeriodStart == month));
    }
}
