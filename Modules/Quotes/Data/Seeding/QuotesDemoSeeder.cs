using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Quotes.Data.Seeding;

/// <summary>Scenario 3 (Shenzhen medical device dealer, custom software, V1..V3.2) plus a few quotes in other states.</summary>
internal sealed class QuotesDemoSeeder(QuotesDbContext db, IOrganisation organisation, IClock clock)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Products.AnyAsync(ct))
        {
            return;
        }
        var users = (await organisation.ActiveUsersAsync(ct)).ToDictionary(u => u.UserName, u => u.Id);
        if (!users.ContainsKey("sales07"))
        {
            return;
        }
        db.Settings.Add(new QuoteSettings());
        var chain = DefaultChain.Create();
        db.ChainSteps.AddRange(chain);
        var products = DemoCatalogue.Products();
        db.Products.AddRange(products);
        var rules = DemoCatalogue.RebateRules();
        db.RebateRules.AddRange(rules);
        var offers = new DemoOffers(users, chain, clock.GetCurrentInstant());
        var pastDeals = offers.PastDeals().ToList();
        var deals = DemoCatalogue.Deals(users);
        db.Deals.AddRange([.. deals, .. pastDeals]);
        db.Customers.AddRange(deals.Concat(pastDeals).Select(d => new QuoteCustomer(d.CustomerId, d.CustomerCode, d.CustomerName, d.CustomerType)));
        var story = new DemoStory(users, chain, clock.GetCurrentInstant());
        var quotes = story.Build(deals, products).ToList();
        offers.ChoosePlan(quotes.Single(q => q.Number == "Q-2026-0003"));
        db.Quotes.AddRange(quotes);
        db.Quotes.AddRange(offers.PastOrders(pastDeals, products.ToDictionary(p => p.Code)));
        db.RebateClaims.AddRange(offers.RebateClaims(rules));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Deterministic demo ids ("quote:Q-2026-0001", "deal:d1"): Collections' demo contract refers to the same quote and deal.</summary>
    internal static Guid Id(string name) => DemoIds.Of("quotes:" + name);
}
