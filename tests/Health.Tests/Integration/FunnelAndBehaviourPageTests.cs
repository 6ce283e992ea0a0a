using System.Net;
using NodaTime;
using SalesSuite.Testing;

namespace SalesSuite.Health.Tests.Integration;

/// <summary>Funnel attribution and the behaviour heatmap from events, with their drill-downs and CSV.</summary>
public sealed class FunnelAndBehaviourPageTests(HealthAppFactory app) : IClassFixture<HealthAppFactory>
{
    private static Instant DaysAgo(double days) => AppFactory.DefaultNow - Duration.FromHours(days * 24);

    [Fact]
    public async Task Given_a_lead_that_went_all_the_way_and_one_that_stalled_When_the_director_opens_the_funnel_Then_steps_convert_and_drill_down()
    {
        var sales = await app.UserIdAsync("sales08");
        var (won, stalled, customer, deal, quote, contract) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
            Guid.NewGuid());
        foreach (var lead in new[] { won, stalled })
        {
            await app.ConsumeAsync(Events.LeadCreated(lead, occurredAt: DaysAgo(30)));
            await app.ConsumeAsync(Events.LeadAssigned(lead, sales, occurredAt: DaysAgo(30)));
            await app.ConsumeAsync(Events.FollowUpLogged(sales, customer, leadId: lead, occurredAt: DaysAgo(29.9)));
        }
        await app.ConsumeAsync(Events.DealOpened(deal, customer, ownerId: sales, title: "漏斗测试项目", leadId: won, occurredAt: DaysAgo(28)));
        await app.ConsumeAsync(Events.QuoteSubmitted(quote, deal, sales, customer, occurredAt: DaysAgo(25)));
        await app.ConsumeAsync(Events.QuoteAccepted(quote, deal, customer, sales, occurredAt: DaysAgo(20)));
        await app.ConsumeAsync(Events.ContractCreated(contract, quoteId: quote, dealId: deal, customerId: customer, ownerId: sales,
            occurredAt: DaysAgo(18)));
        await app.ConsumeAsync(Events.DealClosedLoop(contract, dealId: deal, customerId: customer, ownerId: sales, occurredAt: DaysAgo(10)));
        var client = await app.SignInAsync("director", "en");

        var html = await client.GetStringAsync("/Health/Funnel?by=Person");

        var start = html.IndexOf($"data-key=\"{sales}\"", StringComparison.Ordinal);
        var line = html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
        Assert.Contains("data-step=\"Assigned\">2<", line);
        Assert.Contains("data-step=\"Responded\">2<", line);
        Assert.Contains("data-step=\"NeedClarified\">1<", line);
        Assert.Contains("data-step=\"Paid\">1<", line);
        Assert.Contains(">50%<", line);
        Assert.Contains("<svg", html);
        Assert.Contains("hx-trigger=\"every 15s\"", html);

        var records = await client.GetStringAsync($"/Health/Funnel/Records?step=Paid&userId={sales}");
        Assert.Contains(won.ToString(), records);
        Assert.DoesNotContain(stalled.ToString(), records);
        Assert.Contains($"/Leads/Customers/Detail/{customer}#deal-{deal}", records);
        var responded = await client.GetStringAsync($"/Health/Funnel/Records?step=Responded&userId={sales}");
        Assert.Contains(stalled.ToString(), responded);

        var csv = await client.GetAsync("/Health/Funnel?handler=Csv&by=Person");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Need clarified", await csv.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Health/Funnel/Records?step=Nope&userId={sales}")).StatusCode);
    }

    [Fact]
    public async Task Given_two_colleagues_with_different_follow_up_rhythms_When_opening_the_heatmap_Then_the_slower_one_is_red()
    {
        var (fast, slow) = (await app.UserIdAsync("sales04"), await app.UserIdAsync("sales05"));
        foreach (var (user, hours) in new[] { (fast, 10.0), (slow, 30.0) })
        {
            var customer = Guid.NewGuid();
            await app.ConsumeAsync(Events.FollowUpLogged(user, customer, objective: "EstablishContact", occurredAt: DaysAgo(5)));
            await app.ConsumeAsync(Events.FollowUpLogged(user, customer, objective: "EstablishContact",
                occurredAt: DaysAgo(5) + Duration.FromHours(hours)));
        }
        var client = await app.SignInAsync("mgr.north", "en");

        var html = await client.GetStringAsync("/Health/Behaviour");

        string Cell(Guid user)
        {
            var start = html.IndexOf($"data-user=\"{user}\"", StringComparison.Ordinal);
            return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
        }
        Assert.Contains("data-objective=\"EstablishContact\" data-rag=\"Red\"", Cell(slow));
        Assert.Contains("×1.50", Cell(slow));
        Assert.Contains("data-objective=\"EstablishContact\" data-rag=\"Green\"", Cell(fast));
        Assert.Contains("Red: above 1.3", html);

        var followUps = await client.GetStringAsync($"/Health/Behaviour/FollowUps?userId={slow}&objective=EstablishContact");
        Assert.Contains(">30<", followUps);
        var csv = await client.GetStringAsync("/Health/Behaviour?handler=Csv");
        Assert.Contains("Establish contact", csv);

        var east = await app.SignInAsync("mgr.east", "en");
        Assert.DoesNotContain($"data-user=\"{slow}\"", await east.GetStringAsync("/Health/Behaviour"));
        Assert.Equal(HttpStatusCode.NotFound, (await east.GetAsync($"/Health/Behaviour/FollowUps?userId={slow}")).StatusCode);
    }
}
