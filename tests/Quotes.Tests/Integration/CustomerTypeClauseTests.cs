using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Quotes.Background;
using SalesSuite.Quotes.Data;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>
/// The customer type configured in Leads reaches the clause suggestion: CustomerProfileChanged is consumed, the deal takes
/// the type, a quote drafted afterwards carries it, and Legal's SLA breach offers that type's clauses. Own FakeClock.
/// </summary>
public sealed class CustomerTypeClauseTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    private Task<int> TickAsync() => factory.InScopeAsync(sp => sp.GetRequiredService<QuoteMaintenanceWork>().TickAsync(default));

    [Fact]
    public async Task Given_a_customer_registered_without_type_When_Leads_sets_it_to_Hospital_Then_Legal_is_offered_the_hospital_clauses()
    {
        var ownerId = await factory.UserIdAsync("sales03");
        var registered = Events.CustomerRegistered(ownerId: ownerId, customerType: null);
        await factory.ConsumeAsync(registered);
        var opened = Events.DealOpened(customerId: registered.CustomerId, customerCode: registered.Code, customerName: registered.Name,
            ownerId: ownerId, title: "手术室设备", expectedAmount: 100_000m, canQuote: true);
        await factory.ConsumeAsync(opened);

        await factory.ConsumeAsync(Events.CustomerProfileChanged(registered.CustomerId, ownerId, filled: 9, customerType: "Hospital"));

        var types = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QuotesDbContext>();
            var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.CustomerId == registered.CustomerId);
            var deal = await db.Deals.AsNoTracking().SingleAsync(d => d.DealId == opened.DealId);
            return (customer.CustomerType, deal.CustomerType);
        });
        Assert.Equal(("Hospital", "Hospital"), types);

        var sales = await factory.SignInAsync("sales03");
        var id = await DraftUntilAsync(sales, opened.DealId, "2027-12-31", ("MD-PUMP-50", 2, 0m));
        await SubmitAsync(sales, id);
        var quote = await QuoteAsync(factory, id);
        Assert.Equal("Hospital", quote.CustomerType);
        await DecideAsync(await factory.SignInAsync("tech"), id, true, custom: false);
        await DecideAsync(await factory.SignInAsync("finance"), id, true);
        factory.Clock.Advance(Duration.FromHours(49));
        await TickAsync();

        var legal = (await OutboxAsync(factory, "NotificationRequested"))
            .Where(n => Prop(n, "RecipientRole") is { ValueKind: System.Text.Json.JsonValueKind.String } role && role.GetString() == "Legal")
            .Where(n => Prop(n, "Arguments").EnumerateArray().Any(a => a.GetString() == quote.Number))
            .Select(n => Prop(n, "TextKey").GetString()).ToList();
        Assert.Contains("Clause_Hospital", legal);
        Assert.DoesNotContain("Clause_Standard", legal);
    }
}
