using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Goals.Tests.Integration;

/// <summary>
/// Reward statements on the real host: computed from payment facts and action contracts, calculated and closed by the
/// director, refused when closed or stale, and shown per role. Each test uses its own quarter so they do not share facts.
/// </summary>
public sealed class RewardStatementTests : IClassFixture<AppFactory>
{
    private static readonly Instant Base = Instant.FromUtc(2026, 11, 20, 6, 5);
    private readonly AppFactory _app;

    public RewardStatementTests(AppFactory app) => _app = app;

    private sealed record Setup(Guid TargetId, Guid Sales01, Guid Sales02, Guid Sales03);

    /// <summary>华东一组's CollectedAmount target of 100,000 in <paramref name="quarter"/>; payments of 80,000 (sales01) and
    /// 45,000 (sales02), 50,000 by sales04 of another team; sales02 completes first, then sales01; sales03 has an open contract.</summary>
    private async Task<Setup> TeamWithExcessAsync(string quarter)
    {
        var period = GoalPeriod.Parse(quarter)!.Value;
        var users = await _app.InScopeAsync(sp => sp.GetRequiredService<IOrganisation>().ActiveUsersAsync(CancellationToken.None));
        OrgUser User(string name) => users.Single(u => u.UserName == name);
        var (s1, s2, s3, s4) = (User("sales01"), User("sales02"), User("sales03"), User("sales04"));
        var day = period.Start.PlusDays(20);
        await _app.ConsumeAsync(Events.MilestonePaid(ownerId: s1.Id, amount: 80_000m, paidOn: day));
        await _app.ConsumeAsync(Events.MilestonePaid(ownerId: s2.Id, amount: 45_000m, paidOn: day));
        await _app.ConsumeAsync(Events.MilestonePaid(ownerId: s4.Id, amount: 50_000m, paidOn: day));
        var targetId = Guid.NewGuid();
        await _app.GoalsAsync(db =>
        {
            db.Targets.Add(new Target(targetId, period, TargetScope.Team, s1.TeamId, s1.TeamName!, ResultMetric.CollectedAmount, 100_000m, null,
                s1.Id, AppFactory.DefaultNow));
            db.Contracts.Add(Contract(s1.Id, period, Base.Plus(Duration.FromHours(3))));
            db.Contracts.Add(Contract(s2.Id, period, Base));
            db.Contracts.Add(Contract(s3.Id, period, null));
            return Task.CompletedTask;
        });
        return new Setup(targetId, s1.Id, s2.Id, s3.Id);
    }

    private static ActionContract Contract(Guid userId, GoalPeriod period, Instant? completedAt)
    {
        var contract = new ActionContract(Guid.NewGuid(), userId, period, AppFactory.DefaultNow);
        contract.SetLines([new ContractLine(DefaultActionTypes.IdOf(KeyActionType.KeyVisit), 3, LineSource.Target)]);
        if (completedAt is { } at)
        {
            contract.Complete(at);
        }
        return contract;
    }

    /// <summary>Signed in with <paramref name="culture"/> set explicitly (the language is kept per user across sign-ins).</summary>
    private async Task<HttpClient> ClientAsync(string user, string culture = "zh-CN")
    {
        var client = await _app.SignInAsync(user, culture);
        await client.PostFormAsync("/Culture", new() { ["culture"] = culture, ["returnUrl"] = "/" });
        return client;
    }

    private static string Page(Guid targetId) => "/Goals/Rewards/Statement?targetId=" + targetId;

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid targetId, string handler, Dictionary<string, string>? fields = null) =>
        client.PostFormAsync($"{Page(targetId)}&handler={handler}", fields ?? [], "/");

    private Task<RewardStatement?> StoredAsync(Guid targetId) =>
        _app.GoalsAsync(db => db.RewardStatements.AsNoTracking().FirstOrDefaultAsync(s => s.TargetId == targetId));

    [Fact]
    public async Task Given_a_team_target_exceeded_and_two_completed_contracts_When_the_director_calculates_Then_the_statement_comes_from_facts()
    {
        var setup = await TeamWithExcessAsync("2026-Q4");
        var director = await ClientAsync("director");

        var response = await PostAsync(director, setup.TargetId, "Calculate");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var statement = await StoredAsync(setup.TargetId);
        Assert.NotNull(statement);
        Assert.Equal(125_000m, statement.Actual); // sales04's payment is another team's
        Assert.Equal(25_000m, statement.AboveTarget);
        Assert.Equal(1_250.00m, statement.Pool);
        Assert.Equal(4, statement.Headcount); // mgr.east, sales01–03
        Assert.Equal(1, statement.TopCount);
        var winner = Assert.Single(statement.Lines, l => l.Reason == RewardReason.Winner);
        Assert.Equal((setup.Sales02, 1_250.00m, 1), (winner.UserId, winner.Amount, winner.Rank!.Value));
        var second = statement.Lines.Single(l => l.UserId == setup.Sales01);
        Assert.Equal((RewardReason.OutsideTop, 2), (second.Reason, second.Rank!.Value));
        Assert.Equal(RewardReason.NotCompleted, statement.Lines.Single(l => l.UserId == setup.Sales03).Reason);
        Assert.Equal(statement.Pool, statement.Lines.Sum(l => l.Amount));

        var html = await director.GetStringAsync(Page(setup.TargetId));
        Assert.Contains("第 1 位完成行动契约（11-20 14:05），奖金池 ¥1,250.00 ÷ 1 人", html);
        Assert.Contains("在前 1 名之外", html);
        Assert.Contains("goals-rewards-close", html);
    }

    [Fact]
    public async Task Given_a_closed_statement_When_recalculated_Then_refused_and_it_stays_frozen()
    {
        var setup = await TeamWithExcessAsync("2026-Q3");
        var director = await ClientAsync("director");
        await PostAsync(director, setup.TargetId, "Calculate");
        var calculated = await StoredAsync(setup.TargetId);

        var close = await PostAsync(director, setup.TargetId, "Close",
            new() { ["version"] = calculated!.Version.ToString(), ["pool"] = "1250.00" });
        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        await _app.ConsumeAsync(Events.MilestonePaid(ownerId: setup.Sales03, amount: 10_000m, paidOn: new LocalDate(2026, 8, 30)));
        var again = await PostAsync(director, setup.TargetId, "Calculate");

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode); // refused with a flash (422 for htmx)
        var closed = await StoredAsync(setup.TargetId);
        Assert.NotNull(closed!.ClosedAt);
        Assert.Equal(125_000m, closed.Actual);
        Assert.Equal(1_250.00m, closed.Pool);
        var htmx = await director.HtmxPostAsync($"{Page(setup.TargetId)}&handler=Calculate", [], "/");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, htmx.StatusCode);
        var refusal = WebUtility.HtmlDecode(await htmx.Content.ReadAsStringAsync());
        Assert.True(refusal.Contains("已关闭"), refusal);
        var page = await director.GetStringAsync(Page(setup.TargetId));
        Assert.DoesNotContain("goals-rewards-calculate", page);
    }

    [Fact]
    public async Task Given_new_facts_since_the_calculation_When_closing_the_form_shown_before_Then_409_recalculate_first_and_nothing_closed()
    {
        var setup = await TeamWithExcessAsync("2026-Q2");
        var director = await ClientAsync("director", "en");
        await PostAsync(director, setup.TargetId, "Calculate");
        var version = (await StoredAsync(setup.TargetId))!.Version.ToString();
        await _app.ConsumeAsync(Events.MilestonePaid(ownerId: setup.Sales03, amount: 10_000m, paidOn: new LocalDate(2026, 5, 30)));

        var changed = await PostAsync(director, setup.TargetId, "Close", new() { ["version"] = version, ["pool"] = "1250.00" });
        var stalePool = await PostAsync(director, setup.TargetId, "Close", new() { ["version"] = version, ["pool"] = "999.00" });
        var staleVersion = await PostAsync(director, setup.TargetId, "Close", new() { ["version"] = "99", ["pool"] = "1250.00" });

        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
        Assert.Contains("recalculate first", await changed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, stalePool.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, staleVersion.StatusCode);
        Assert.Null((await StoredAsync(setup.TargetId))!.ClosedAt);

        await PostAsync(director, setup.TargetId, "Calculate");
        var recalculated = await StoredAsync(setup.TargetId);
        Assert.Equal(1_750.00m, recalculated!.Pool);
        var close = await PostAsync(director, setup.TargetId, "Close",
            new() { ["version"] = recalculated.Version.ToString(), ["pool"] = "1750.00" });
        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        Assert.NotNull((await StoredAsync(setup.TargetId))!.ClosedAt);
    }

    [Fact]
    public async Task Given_salespeople_When_they_act_on_statements_Then_no_close_no_other_team_and_only_their_own_line()
    {
        var setup = await TeamWithExcessAsync("2026-Q1");
        var sales01 = await ClientAsync("sales01");
        var sales04 = await ClientAsync("sales04");
        var manager = await ClientAsync("mgr.east");

        var close = await PostAsync(sales01, setup.TargetId, "Close", new() { ["version"] = "0", ["pool"] = "1250.00" });
        var calculate = await PostAsync(sales01, setup.TargetId, "Calculate");
        var otherTeam = await sales04.GetAsync(Page(setup.TargetId));
        var otherCsv = await sales04.GetAsync(Page(setup.TargetId) + "&handler=Csv");
        var otherPdf = await sales04.GetAsync(Page(setup.TargetId) + "&handler=Pdf");
        var own = await sales01.GetStringAsync(Page(setup.TargetId));
        var team = await manager.GetStringAsync(Page(setup.TargetId));
        var list = await sales04.GetStringAsync("/Goals/Rewards?period=2026-Q1");

        Assert.Equal(HttpStatusCode.Forbidden, close.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, calculate.StatusCode);
        Assert.Null(await StoredAsync(setup.TargetId));
        Assert.Equal(HttpStatusCode.NotFound, otherTeam.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherCsv.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherPdf.StatusCode);
        Assert.DoesNotContain(setup.TargetId.ToString(), list);
        Assert.Contains($"data-user=\"{setup.Sales01}\"", own);
        Assert.DoesNotContain($"data-user=\"{setup.Sales02}\"", own);
        Assert.Contains("¥1,250.00", own); // the pool arithmetic is shown to everyone in scope
        Assert.Contains("goals-rewards-hidden", own);
        Assert.DoesNotContain("goals-rewards-close", own);
        Assert.Contains($"data-user=\"{setup.Sales02}\"", team);
        Assert.DoesNotContain("goals-rewards-calculate", team);
    }

    [Theory]
    [InlineData("zh-CN", "奖金池")]
    [InlineData("en", "Reward pools")]
    public async Task Given_a_period_with_a_team_target_When_the_pages_are_opened_Then_200_in_both_languages_and_the_csv_is_fen_exact(
        string culture, string title)
    {
        var setup = await TeamWithExcessAsync(culture == "en" ? "2027-Q1" : "2027-Q2");
        var quarter = culture == "en" ? "2027-Q1" : "2027-Q2";
        var director = await ClientAsync("director", culture);

        var list = await director.GetAsync("/Goals/Rewards?period=" + quarter);
        var statement = await director.GetAsync(Page(setup.TargetId));
        var csv = await director.GetAsync(Page(setup.TargetId) + "&handler=Csv");
        var listCsv = await director.GetAsync($"/Goals/Rewards?period={quarter}&handler=Csv");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var listHtml = await list.Content.ReadAsStringAsync();
        Assert.Contains(title, listHtml);
        Assert.Contains(setup.TargetId.ToString(), listHtml);
        Assert.Contains("1,250.00", listHtml);
        Assert.Equal(HttpStatusCode.OK, statement.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains(",1250.00,", text);
        Assert.Contains("0.00", text);
        Assert.Equal(5, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1); // 4 people + the pool line
        Assert.Contains("125000.00", await listCsv.Content.ReadAsStringAsync());
        var pdf = await director.GetAsync(Page(setup.TargetId) + "&handler=Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.True(PdfText.Shows(bytes, "¥1,250.00"));
        Assert.True(PdfText.Shows(bytes, culture == "en" ? "Page 1 of 1" : "第 1 页 / 共 1 页"));
    }

    [Fact]
    public async Task Given_finance_When_opening_rewards_Then_403()
    {
        var finance = await ClientAsync("finance");

        var response = await finance.GetAsync("/Goals/Rewards");

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden || response.Headers.Location?.ToString().Contains("AccessDenied") == true);
    }
}
