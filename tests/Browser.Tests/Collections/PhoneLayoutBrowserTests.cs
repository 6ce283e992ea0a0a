using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesSuite.Collections.Data;
using SalesSuite.Quotes.Contracts;
using SalesSuite.Testing;

namespace SalesSuite.Browser.Tests.Collections;

/// <summary>Every Collections page a salesperson or Finance opens on the road fits a 390 px phone (no sideways scrolling).</summary>
public sealed class PhoneLayoutBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Given_a_390px_phone_When_Finance_and_a_salesperson_open_the_Collections_pages_Then_none_is_wider_than_the_screen()
    {
        var app = fx.App;
        var accepted = Events.QuoteAccepted(ownerId: await app.UserIdAsync("sales02"), amount: 250_000m, version: "V2.1", paymentSchedule:
        [
            new PaymentMilestone("首付款（合同签订后 10 日内）", 30m, 75_000m, new NodaTime.LocalDate(2026, 10, 1), null),
            new PaymentMilestone("到货款", 60m, 150_000m, null, 30),
            new PaymentMilestone("质保金", 10m, 25_000m, null, null),
        ]);
        await app.ConsumeAsync(accepted);
        var (contractId, milestoneId) = await app.InScopeAsync(async sp =>
        {
            var c = await sp.GetRequiredService<CollectionsDbContext>().Contracts.AsNoTracking().Include(x => x.Milestones)
                .SingleAsync(x => x.QuoteId == accepted.QuoteId);
            return (c.Id, c.Milestones.Single(m => m.Sequence == 1).Id);
        });
        string[] common =
        [
            "/Collections", "/Collections/Contracts", $"/Collections/Contracts/Detail?id={contractId}", "/Collections/Receivables",
            $"/Collections/Receivables/Detail?id={milestoneId}", "/Collections/Overdue", "/Collections/Payments",
            "/Collections/Commissions", "/Collections/Reports/Aging", "/Collections/Reports/Overdue", "/Collections/Reports/Forecast",
            "/Collections/Reports/Performance",
        ];
        string[] finance =
        [
            "/Collections/Credit", "/Collections/Settings", "/Collections/Reasons", "/Collections/Contracts/New",
            $"/Collections/Contracts/Schedule?id={contractId}", "/Collections/Payments/Import", "/Collections/Commissions/Rules",
        ];

        var wide = new List<string>();
        foreach (var (user, urls) in new[] { ("sales02", common), ("finance", common.Concat(finance).ToArray()) })
        {
            var phone = await fx.NewPageAsync(390, 844);
            await fx.SignInAsync(phone, user);
            foreach (var url in urls)
            {
                await phone.GotoAsync(url);
                await Assertions.Expect(phone.Locator("h1").First).ToBeVisibleAsync();
                var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
                if (width > 390)
                {
                    wide.Add($"{user} {url}: {width}px");
                }
            }
        }

        Assert.Empty(wide);
    }
}
