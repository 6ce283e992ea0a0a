using Microsoft.Playwright;
using NodaTime;
using SalesSuite.Testing;

namespace SalesSuite.Browser.Tests.Health;

public sealed class HeatmapBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Given_a_red_negotiation_stage_and_legal_review_When_a_director_drills_into_the_red_cell_Then_the_deal_s_customer_page_opens()
    {
        var page = await fx.NewPageAsync();
        await fx.SignInAsync(page, "director");
        // A real customer of the Leads demo, so that the deal's link lands on a page that exists.
        await page.GotoAsync("/Leads/Customers");
        var href = await page.Locator("a[href*='/Leads/Customers/Detail/']").First.GetAttributeAsync("href");
        var customer = Guid.Parse(href!.Split('/', '?', '#')[4]);
        var sales = await fx.App.UserIdAsync("sales01");
        var (pipeline, deal, quote) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var start = fx.App.Clock.GetCurrentInstant() - Duration.FromDays(25);
        await fx.App.ConsumeAsync(Events.PipelineChanged(pipeline, occurredAt: start));
        await fx.App.ConsumeAsync(Events.DealOpened(deal, customer, ownerId: sales, pipelineId: pipeline, title: "热力图里的商机", stageCode: "商务谈判",
            occurredAt: start));
        await fx.App.ConsumeAsync(Events.QuoteSubmitted(quote, deal, sales, customer, occurredAt: start + Duration.FromDays(1)));
        await fx.App.ConsumeAsync(Events.QuoteStepDecided(quote, "Legal", Duration.FromDays(4), sla: Duration.FromHours(24),
            occurredAt: start + Duration.FromDays(5)));
        await fx.App.ConsumeAsync(Events.DealStageChanged(deal, customer, sales, "商务谈判", "合同签署", Duration.FromDays(15),
            occurredAt: start + Duration.FromDays(15)));

        await page.GotoAsync("/Health/Heatmap?by=person");
        await Assertions.Expect(page.Locator("[data-testid=heatmap-headline]")).ToBeVisibleAsync();
        var legal = page.Locator("[data-testid=heat-row][data-kind=Approval][data-step=Legal]");
        await Assertions.Expect(legal).ToContainTextAsync("法务条款审核");
        var cell = page.Locator($"[data-testid=heat-row][data-kind=Stage][data-step=商务谈判] [data-testid=heat-cell][data-column='{sales}']");
        await Assertions.Expect(cell).ToHaveAttributeAsync("data-rag", "Red");
        await cell.ClickAsync();

        await page.WaitForURLAsync(u => u.Contains("/Health/Heatmap/Cell"));
        await Assertions.Expect(page.Locator("[data-testid=cell-heading]")).ToContainTextAsync("商务谈判");
        var record = page.Locator($"[data-testid=cell-record][data-record='{deal}'] [data-testid=record-link]");
        await Assertions.Expect(record).ToHaveTextAsync("热力图里的商机");
        await record.ClickAsync();

        await page.WaitForURLAsync(u => u.Contains($"/Leads/Customers/Detail/{customer}"));
        Assert.EndsWith($"#deal-{deal}", page.Url);
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Given_a_phone_When_the_heatmap_opens_Then_the_matrix_scrolls_inside_its_card_not_the_page()
    {
        for (var i = 1; i <= 9; i++)
        {
            var (quote, owner) = (Guid.NewGuid(), await fx.App.UserIdAsync($"sales0{i}"));
            var at = fx.App.Clock.GetCurrentInstant() - Duration.FromDays(3);
            await fx.App.ConsumeAsync(Events.QuoteSubmitted(quote, Guid.NewGuid(), owner, occurredAt: at));
            await fx.App.ConsumeAsync(Events.QuoteStepDecided(quote, "Finance", Duration.FromHours(30), sla: Duration.FromHours(24), occurredAt: at));
        }
        var page = await fx.NewPageAsync(390, 844);
        await fx.SignInAsync(page, "director");
        await page.GotoAsync("/Health/Heatmap?by=person");
        var scroller = page.Locator("[data-testid=heatmap-scroll]");
        await Assertions.Expect(scroller).ToBeVisibleAsync();
        Assert.True(await scroller.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), "the matrix should be wider than the phone");
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= 390, $"the page is {pageWidth}px wide");
    }
}
