using System.Net;
using System.Text.RegularExpressions;
using NodaTime;
using SalesSuite.Testing;

namespace SalesSuite.Health.Tests.Integration;

/// <summary>Events → the health model's numbers on its pages, per person and team, visible only in the reader's scope; CSV.</summary>
public sealed partial class HealthModelPageTests(HealthAppFactory app) : IClassFixture<HealthAppFactory>
{
    private static readonly Instant Now = AppFactory.DefaultNow;

    /// <summary>sales03: two leads assigned 3 days ago, one with a deal after 10 h, one still waiting; one touched in 1 h, one in 5 h.</summary>
    private async Task<(Guid Waiting, Guid Confirmed)> TwoLeadsAsync(string user)
    {
        var sales = await app.UserIdAsync(user);
        var (waiting, confirmed) = (Guid.NewGuid(), Guid.NewGuid());
        var assigned = Now - Duration.FromDays(3);
        foreach (var lead in new[] { waiting, confirmed })
        {
            await app.ConsumeAsync(Events.LeadCreated(lead, occurredAt: assigned));
            await app.ConsumeAsync(Events.LeadAssigned(lead, sales, occurredAt: assigned));
        }
        var customer = Guid.NewGuid();
        await app.ConsumeAsync(Events.FollowUpLogged(sales, customer, leadId: confirmed, occurredAt: assigned + Duration.FromHours(1)));
        await app.ConsumeAsync(Events.FollowUpLogged(sales, Guid.NewGuid(), leadId: waiting, obstacleTags: [],
            occurredAt: assigned + Duration.FromHours(5)));
        await app.ConsumeAsync(Events.DealOpened(customerId: customer, ownerId: sales, leadId: confirmed,
            occurredAt: assigned + Duration.FromHours(10)));
        return (waiting, confirmed);
    }

    internal static string Section(string html, string code)
    {
        var start = html.IndexOf($"data-code=\"{code}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {code}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [Fact]
    public async Task Given_leads_of_a_salesperson_When_the_director_opens_their_page_Then_the_numbers_and_the_records_behind_them_show()
    {
        var (waiting, confirmed) = await TwoLeadsAsync("sales03");
        var client = await app.SignInAsync("director", "en");

        var html = await client.GetStringAsync($"/Health/Indicators/Person?userId={await app.UserIdAsync("sales03")}");

        var need = Section(html, "need-waiting");
        Assert.Contains("data-rag=\"Red\">50%", need);
        Assert.Contains(waiting.ToString(), need);
        Assert.DoesNotContain(confirmed.ToString(), need);
        Assert.Contains("href=\"/Leads/Leads\"", need);
        var touch = Section(html, "first-touch");
        Assert.Contains("data-rag=\"Red\">50%", touch);
        Assert.Contains(waiting.ToString(), touch);
        Assert.Contains("data-rag=\"Red\">50%", Section(html, "obstacle-tagging"));
        Assert.Contains("<svg", need);
    }

    [Fact]
    public async Task Given_team_data_When_the_director_opens_the_matrix_Then_each_team_has_its_cells_and_the_page_refreshes_by_htmx()
    {
        await TwoLeadsAsync("sales02");
        var client = await app.SignInAsync("director", "en");

        var html = await client.GetStringAsync("/Health/Indicators");

        Assert.Contains("华东一组", html);
        Assert.Contains("hx-trigger=\"every 15s\"", html);
        var refresh = HxGet().Match(html).Groups[1].Value;
        Assert.Contains("handler=Matrix", refresh);
        Assert.Contains("by=Team", refresh);
        var start = html.IndexOf("<tr data-code=\"need-waiting\"", StringComparison.Ordinal);
        var row = html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
        Assert.Matches(DataRag(), row);
        var fragment = await client.HtmxGetAsync("/Health/Indicators?handler=Matrix&by=Person&weeks=4");
        var body = await fragment.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, fragment.StatusCode);
        Assert.DoesNotContain("<html", body);
        Assert.Contains("person-link", body);
        Assert.Contains("by=Person", body);
    }

    [Fact]
    public async Task Given_a_regional_manager_When_they_open_the_matrix_by_person_Then_they_see_their_team_only_and_others_are_not_found()
    {
        await TwoLeadsAsync("sales01");
        await TwoLeadsAsync("sales04");
        var client = await app.SignInAsync("mgr.east", "en");

        var html = await client.GetStringAsync("/Health/Indicators?by=Person");

        Assert.Contains($"userId={await app.UserIdAsync("sales01")}", html);
        Assert.DoesNotContain($"userId={await app.UserIdAsync("sales04")}", html);
        Assert.DoesNotContain("华北一组", html);
        var other = await client.GetAsync($"/Health/Indicators/Person?userId={await app.UserIdAsync("sales04")}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        var own = await client.GetAsync($"/Health/Indicators/Person?userId={await app.UserIdAsync("sales01")}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task Given_the_matrix_and_a_person_page_When_exporting_Then_CSV_files_with_the_indicators_come_back()
    {
        var (waiting, _) = await TwoLeadsAsync("sales05");
        var client = await app.SignInAsync("director", "en");

        var matrix = await client.GetAsync("/Health/Indicators?handler=Csv&by=Team");
        var text = await matrix.Content.ReadAsStringAsync();
        Assert.Equal("text/csv", matrix.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Leads waiting for need confirmation", text);
        Assert.Contains("Hand-over completeness", text);
        Assert.Contains("华北一组", text);

        var records = await client.GetStringAsync($"/Health/Indicators/Person?handler=RecordsCsv&userId={await app.UserIdAsync("sales05")}");
        Assert.Contains("Leads waiting for need confirmation", records);
        var person = await client.GetStringAsync($"/Health/Indicators/Person?handler=Csv&userId={await app.UserIdAsync("sales05")}");
        Assert.Contains("50", person);
        Assert.NotEqual(Guid.Empty, waiting);
    }

    [Fact]
    public async Task Given_a_regional_manager_When_they_open_the_matrix_Then_their_total_has_the_nine_indicators()
    {
        await TwoLeadsAsync("sales06");
        var client = await app.SignInAsync("mgr.north", "en");
        var html = await client.GetStringAsync("/Health/Indicators?by=Person");
        Assert.Contains($"userId={await app.UserIdAsync("sales06")}", html);
        Assert.Equal(9, TotalCells().Matches(html).Count);
    }

    [GeneratedRegex("id=\"indicator-matrix\" hx-get=\"([^\"]+)\"")]
    private static partial Regex HxGet();

    [GeneratedRegex("data-rag=\"(Red|Amber|Green)\"")]
    private static partial Regex DataRag();

    [GeneratedRegex("data-testid=\"indicator-cell\" data-key=\"total\"")]
    private static partial Regex TotalCells();
}
