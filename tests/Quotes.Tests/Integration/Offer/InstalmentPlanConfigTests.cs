using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Domain;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration.Offer;

/// <summary>/Quotes/Plans: Finance (or the director) sets the three plans; the quote page proposes and applies them. Own factory.</summary>
public sealed class InstalmentPlanConfigTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    private const string Page = "/Quotes/Plans";

    private static readonly (string Kind, (string Name, string Percent, string Days)[] Items)[] Custom =
    [
        ("Standard", [("预付款", "30", "0"), ("发货款", "60", "30"), ("验收款", "10", "90")]),
        ("FrontLoaded", [("预付款", "40", "0"), ("发货款", "50", "45"), ("验收款", "10", "75")]),
        ("Longer", [("首付款", "25", "0"), ("半年款", "25", "180"), ("尾款", "50", "365")]),
    ];

    private static Dictionary<string, string> Form(int version, (string Kind, (string Name, string Percent, string Days)[] Items)[] plans)
    {
        var form = new Dictionary<string, string> { ["Input.Version"] = version.ToString() };
        for (var p = 0; p < plans.Length; p++)
        {
            form[$"Input.Plans[{p}].Kind"] = plans[p].Kind;
            for (var i = 0; i < plans[p].Items.Length; i++)
            {
                var (name, percent, days) = plans[p].Items[i];
                form[$"Input.Plans[{p}].Items[{i}].Name"] = name;
                form[$"Input.Plans[{p}].Items[{i}].Percent"] = percent;
                form[$"Input.Plans[{p}].Items[{i}].Days"] = days;
            }
            // A blank row, as the form posts it, is dropped.
            form[$"Input.Plans[{p}].Items[{plans[p].Items.Length}].Name"] = "";
        }
        return form;
    }

    [Fact]
    public async Task Given_finance_sets_the_plans_When_a_salesperson_picks_one_Then_the_quote_gets_the_configured_schedule()
    {
        var finance = await factory.SignInAsync("finance", "en");
        Assert.Contains("data-testid=\"gap-plans-save\"", await finance.GetStringAsync(Page));

        var saved = await finance.PostFormAsync(Page, Form(0, Custom), Page);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var sales = await factory.SignInAsync("sales01", "en");
        var id = await DraftAsync(sales, await OpenDealAsync(factory, "sales01"), ("MD-PUMP-50", 1, 0m));
        var details = await sales.GetStringAsync($"/Quotes/Details/{id}");
        Assert.Contains("半年款", details);
        var version = (await QuoteAsync(factory, id)).Version;
        var chosen = await sales.PostFormAsync($"/Quotes/Details/{id}?handler=ChoosePlan",
            new() { ["kind"] = "Longer", ["version"] = version.ToString() }, $"/Quotes/Details/{id}");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal(
            [new PaymentItem("首付款", 25m, 0), new PaymentItem("半年款", 25m, 180), new PaymentItem("尾款", 50m, 365)],
            (await QuoteAsync(factory, id)).Schedule);
        Assert.DoesNotContain("data-testid=\"gap-plans-save\"", await sales.GetStringAsync(Page));
        var csv = await sales.GetAsync($"{Page}?handler=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("半年款", await csv.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_the_plans_page_When_shares_miss_100_the_form_is_stale_or_a_salesperson_posts_Then_422_409_403_and_nothing_changes()
    {
        var director = await factory.SignInAsync("director", "en");
        await director.GetStringAsync(Page);
        var before = await DbAsync(factory, db => db.InstalmentPlans.Select(x => x.PlansJson).FirstOrDefaultAsync());
        var version = await DbAsync(factory, db => db.InstalmentPlans.Select(x => x.Version).FirstOrDefaultAsync());
        var short100 = Custom.ToArray();
        short100[1] = ("FrontLoaded", [("预付款", "40", "0"), ("发货款", "50", "45"), ("验收款", "5", "75")]);

        var bad = await director.PostFormAsync(Page, Form(version, short100), Page);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("Plan 2: the shares add up to 95 %, not 100 %.", await bad.Content.ReadAsStringAsync());

        var stale = await director.PostFormAsync(Page, Form(version + 1, Custom), Page);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var sales = await factory.SignInAsync("sales02");
        Assert.True(IsRefused(await sales.PostFormAsync(Page, Form(version, Custom), Page)));
        Assert.Equal(before, await DbAsync(factory, db => db.InstalmentPlans.Select(x => x.PlansJson).FirstOrDefaultAsync()));
    }
}
