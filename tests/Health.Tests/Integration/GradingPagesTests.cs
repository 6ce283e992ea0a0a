using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Health.Background;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Health.Tests.Integration;

/// <summary>Grading through the host (events, strategies, interval) and the settings pages (403, weight sum, stale form).</summary>
public sealed partial class GradingPagesTests(HealthAppFactory app) : IClassFixture<HealthAppFactory>
{
    [Fact]
    public async Task Given_a_top_customer_and_a_poor_one_When_graded_Then_CustomerGraded_once_with_A_plus_support_pack_and_C_review()
    {
        var sales05 = await app.UserIdAsync("sales05");
        var top = Events.CustomerRegistered(ownerId: sales05);
        var poor = Events.CustomerRegistered(ownerId: sales05);
        await app.ConsumeAsync(top);
        await app.ConsumeAsync(poor);
        await app.ConsumeAsync(Events.CustomerProfileChanged(top.CustomerId, sales05, filled: 9, tier: "三甲"));
        await app.ConsumeAsync(Events.FollowUpLogged(sales05, customerId: top.CustomerId, occurredAt: app.Clock.GetCurrentInstant()));
        for (var i = 0; i < 2; i++)
        {
            await app.ConsumeAsync(Events.FollowUpLogged(sales05, customerId: poor.CustomerId, obstacleTags: ["竞品低价"],
                occurredAt: app.Clock.GetCurrentInstant() - Duration.FromDays(120)));
        }

        var director = await app.SignInAsync("director");
        // Only tier / activity and competitor presence count here (the story has no payments or won deals).
        var weights = Grading(VersionOf(await director.GetStringAsync("/Health/Settings/Grading")), payment: 0, speed: 0, tier: 50, competition: 50);
        var weighted = await director.PostFormAsync("/Health/Settings/Grading", weights, "/Health/Settings/Grading");
        Assert.Equal(HttpStatusCode.Redirect, weighted.StatusCode);
        var graded = await director.PostFormAsync("/Health/Grades?handler=GradeNow", [], "/Health/Grades");
        Assert.Equal(HttpStatusCode.Redirect, graded.StatusCode);
        Assert.Equal(0, await app.InScopeAsync(sp => sp.GetRequiredService<GradingWork>().TickAsync(CancellationToken.None))); // within 72 h

        var (grades, actions, events) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HealthDbContext>();
            var ids = new[] { top.CustomerId, poor.CustomerId };
            return (await db.Grades.AsNoTracking().Where(g => ids.Contains(g.CustomerId)).ToDictionaryAsync(g => g.CustomerId, g => g.Grade),
                await db.Actions.AsNoTracking().Where(a => a.SubjectId != null && ids.Contains(a.SubjectId.Value)).ToListAsync(),
                (await db.Outbox.AsNoTracking().ToListAsync()).Count(m => m.Type.Contains(".CustomerGraded,", StringComparison.Ordinal)
                    && ids.Any(id => m.Payload.Contains(id.ToString(), StringComparison.Ordinal))));
        });
        Assert.Equal("A+", grades[top.CustomerId]);
        Assert.Equal("C", grades[poor.CustomerId]);
        Assert.Equal(2, events);
        Assert.Equal(sales05, Assert.Single(actions, a => a.Kind == ActionKind.SupportPack).UserId);
        var review = Assert.Single(actions, a => a.Kind == ActionKind.CustomerReview);
        Assert.Equal(app.Clock.GetCurrentInstant() + Duration.FromHours(48), review.Until);

        var page = await director.GetStringAsync("/Health/Grades?Grade=C");
        Assert.Contains($"/Leads/Customers/Detail/{poor.CustomerId}", page);
        Assert.DoesNotContain($"/Leads/Customers/Detail/{top.CustomerId}", page);
        Assert.Contains("<svg", page);
    }

    [Fact]
    public async Task Given_the_settings_pages_When_a_manager_opens_them_Then_403_and_the_director_gets_field_messages_and_stale_409()
    {
        var manager = await app.SignInAsync("mgr.east");
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/Health/Settings/Rules")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/Health/Settings/Grading")).StatusCode);

        var director = await app.SignInAsync("director", "en");
        var version = VersionOf(await director.GetStringAsync("/Health/Settings/Grading"));
        var bad = await director.PostFormAsync("/Health/Settings/Grading", Grading(version, payment: 50), "/Health/Settings/Grading");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("must add up to 100", await bad.Content.ReadAsStringAsync());

        var rules = await director.GetStringAsync("/Health/Settings/Rules");
        var ok = await director.PostFormAsync("/Health/Settings/Rules", new()
        {
            ["Input.Version"] = VersionOf(rules), ["Input.PauseEnabled"] = "false", ["Input.PauseMinFollowUps"] = "3", ["Input.PauseDays"] = "3",
            ["Input.FreezeEnabled"] = "true", ["Input.FreezeMinFields"] = "4", ["Input.FreezeAfterFollowUps"] = "3",
            ["Input.ReviewEnabled"] = "true", ["Input.ReviewSharePercent"] = "15", ["Input.ReviewWaitHours"] = "48",
            ["Input.ReviewDueHours"] = "4", ["Input.TraceEnabled"] = "true", ["Input.TraceMaxCorrectionsPerDay"] = "0",
        }, "/Health/Settings/Rules");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ok.StatusCode);
        Assert.Contains("Enter a number from 1 to 50", await ok.Content.ReadAsStringAsync());

        var saved = await director.PostFormAsync("/Health/Settings/Grading", Grading(version), "/Health/Settings/Grading");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stale = await director.PostFormAsync("/Health/Settings/Grading", Grading(version), "/Health/Settings/Grading");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    private static Dictionary<string, string> Grading(string version, int payment = 30, int speed = 25, int tier = 25, int competition = 20) => new()
    {
        ["Input.Version"] = version, ["Input.WeightPayment"] = $"{payment}", ["Input.WeightSpeed"] = $"{speed}", ["Input.WeightTier"] = $"{tier}",
        ["Input.WeightCompetition"] = $"{competition}", ["Input.GradingIntervalHours"] = "72",
        ["Input.GradeAPlusFrom"] = "85", ["Input.GradeAFrom"] = "70", ["Input.GradeBFrom"] = "50", ["Input.APlusSupportPack"] = "true",
        ["Input.CReview"] = "true", ["Input.CReviewHours"] = "48",
    };

    private static string VersionOf(string html) => VersionPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();
}
