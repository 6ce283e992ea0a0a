using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Health.Background;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.Leads.Application.Assignment;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Health.Tests.Integration;

/// <summary>
/// A rule fires, Leads stops assigning to the person and Quotes refuses their submission; a manager's reversal on the
/// actions page lifts both — through the real host, its outboxes and the other modules' handlers.
/// </summary>
public sealed class RulesEndToEndTests(HealthAppFactory app) : IClassFixture<HealthAppFactory>
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    internal static Instant At(int day, int hour) => new LocalDateTime(2026, 11, day, hour, 0).InZoneLeniently(Shanghai).ToInstant();

    /// <summary>Thu 19, Fri 20 and Mon 23 (today): 4 follow-ups, all "no obstacle", on one customer with 2 of 11 key fields.</summary>
    internal static async Task<Guid> NoObstacleHistoryAsync(AppFactory app, Guid person)
    {
        var customer = Events.CustomerRegistered(ownerId: person);
        await app.ConsumeAsync(customer);
        await app.ConsumeAsync(Events.CustomerProfileChanged(customer.CustomerId, person, filled: 2));
        foreach (var at in new[] { At(19, 10), At(19, 15), At(20, 11), At(23, 8) })
        {
            await app.ConsumeAsync(Events.FollowUpLogged(person, customerId: customer.CustomerId, obstacleTags: ["无明显障碍"], occurredAt: at));
        }
        return customer.CustomerId;
    }

    internal static Task<List<HealthAction>> ActionsOfAsync(AppFactory app, Guid person) =>
        app.InScopeAsync(sp => sp.GetRequiredService<HealthDbContext>().Actions.AsNoTracking()
            .Where(a => a.UserId == person || a.SubjectId == person).ToListAsync());

    internal static Task<int> OutboxCountAsync(AppFactory app, string eventName, Guid person) =>
        app.InScopeAsync(async sp => (await sp.GetRequiredService<HealthDbContext>().Outbox.AsNoTracking().ToListAsync())
            .Count(m => m.Type.Contains($".{eventName},", StringComparison.Ordinal)
                && m.Payload.Contains(person.ToString(), StringComparison.Ordinal)));

    private Task<Guid> TickAsync() => app.InScopeAsync(async sp =>
    {
        await sp.GetRequiredService<RulesWork>().TickAsync(CancellationToken.None);
        return Guid.Empty;
    });

    private Task<bool> PausedInLeadsAsync(Guid person) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeadsDbContext>().PausedSalespeople.AnyAsync(p => p.UserId == person));

    private Task<IReadOnlyList<Guid>> RankedAsync() => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<LeadsDbContext>();
        var lead = new Lead(Guid.NewGuid(), new LeadDetails("梁晨", "广州珠江食品有限公司", "13622223333", "展会扫码", "食品饮料", null, null, null),
            app.Clock.GetCurrentInstant());
        var rule = await db.AssignmentRules.SingleAsync(r => r.Source == "展会扫码");
        var ranked = await sp.GetRequiredService<AllocationService>().RankAsync(lead, rule, CancellationToken.None);
        return (IReadOnlyList<Guid>)ranked.Select(r => r.UserId).ToList();
    });

    private async Task<string> SubmitQuoteAsync(string owner, Guid ownerId)
    {
        var customer = Events.CustomerRegistered(ownerId: ownerId);
        await app.ConsumeAsync(customer);
        var deal = Events.DealOpened(customerId: customer.CustomerId, customerCode: customer.Code, customerName: customer.Name, ownerId: ownerId,
            title: "健康度测试商机", expectedAmount: 100_000m, canQuote: true);
        await app.ConsumeAsync(deal);
        var sales = await app.SignInAsync(owner);
        var created = await sales.PostFormAsync("/Quotes/New", new() { ["dealId"] = deal.DealId.ToString() }, "/Quotes/New");
        var id = created.Headers.Location!.OriginalString.Split('/').Last();
        await sales.PostFormAsync($"/Quotes/Edit/{id}", new()
        {
            ["Form.Lines[0].ProductCode"] = "MD-PUMP-50", ["Form.Lines[0].Quantity"] = "5", ["Form.Lines[0].DiscountPercent"] = "0",
            ["Form.Schedule"] = "全款 100% 0", ["Form.ValidUntil"] = "2026-12-20", ["Form.Terms"] = "交货期 30 天",
        }, $"/Quotes/Edit/{id}");
        var submitted = await sales.PostFormAsync($"/Quotes/Details/{id}?handler=Submit", new() { ["changeNote"] = "" }, $"/Quotes/Details/{id}");
        return await sales.GetStringAsync(submitted.Headers.Location!.OriginalString);
    }

    private static async Task<HttpResponseMessage> ReverseAsync(HttpClient manager, HealthAction action, string reason, int? version = null,
        string tokenFrom = "/Health/Actions") =>
        await manager.HtmxPostAsync("/Health/Actions?handler=Reverse", new()
        {
            ["id"] = action.Id.ToString(), ["version"] = (version ?? action.Version).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["reason"] = reason,
        }, tokenFrom);

    [Fact]
    public async Task Given_rote_no_obstacle_tags_and_a_thin_profile_When_the_rules_run_Then_leads_and_quotes_stop_until_a_manager_reverses()
    {
        var sales01 = await app.UserIdAsync("sales01");
        await NoObstacleHistoryAsync(app, sales01);

        await TickAsync();
        await TickAsync(); // a duplicated evaluation fires nothing more
        await app.DrainOutboxesAsync();

        var actions = await ActionsOfAsync(app, sales01);
        var pause = Assert.Single(actions, a => a.Kind == ActionKind.PauseAssignment);
        var freeze = Assert.Single(actions, a => a.Kind == ActionKind.FreezeQuoting);
        Assert.Equal("Rule_Explain_Pause|4|3|2026-11-19|2026-11-23", pause.Explanation);
        Assert.Equal(At(30, 0), freeze.Until); // next Monday 00:00 Shanghai
        Assert.Equal(1, await OutboxCountAsync(app, "AssignmentPaused", sales01));
        Assert.True(await PausedInLeadsAsync(sales01));
        Assert.DoesNotContain(sales01, await RankedAsync());
        Assert.Contains("您的报价权限已被冻结", await SubmitQuoteAsync("sales01", sales01));

        var managerName = (await app.InScopeAsync(sp => sp.GetRequiredService<IOrganisation>().ManagerOfAsync(sales01)))!.UserName;
        var manager = await app.SignInAsync(managerName);
        var page = await manager.GetStringAsync("/Health/Actions");
        Assert.Contains("全部标记“无明显障碍”", page);
        var empty = await ReverseAsync(manager, pause, " ");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("撤销措施须填写原因", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, (await ReverseAsync(manager, pause, "已面谈", version: pause.Version + 1)).StatusCode);
        var salesperson = await app.SignInAsync("sales02");
        Assert.NotEqual(HttpStatusCode.OK, (await ReverseAsync(salesperson, pause, "我想撤销", tokenFrom: "/")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await ReverseAsync(manager, pause, "已面谈，标签已纠正")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ReverseAsync(manager, freeze, "档案已补全计划确认")).StatusCode);
        await app.DrainOutboxesAsync();

        Assert.False(await PausedInLeadsAsync(sales01));
        Assert.Contains(sales01, await RankedAsync());
        Assert.DoesNotContain("您的报价权限已被冻结", await SubmitQuoteAsync("sales01", sales01));
        var after = await ActionsOfAsync(app, sales01);
        Assert.All(after.Where(a => a.Kind is ActionKind.PauseAssignment or ActionKind.FreezeQuoting), a => Assert.True(a.Reversed));
        Assert.Equal("已面谈，标签已纠正", after.Single(a => a.Id == pause.Id).EndReason);
        Assert.True(await app.InScopeAsync(sp =>
            sp.GetRequiredService<HealthDbContext>().OperationLog.AnyAsync(o => o.Operation == "Action.Reverse")));

        await TickAsync(); // the same evidence, the same day: the reversal stands
        Assert.Equal(2, (await ActionsOfAsync(app, sales01)).Count(a => a.Kind is ActionKind.PauseAssignment or ActionKind.FreezeQuoting));
    }

    [Fact]
    public async Task Given_leads_waiting_and_corrections_When_the_rules_run_Then_a_review_is_due_in_4h_and_trace_mode_is_published()
    {
        var sales03 = await app.UserIdAsync("sales03");
        for (var i = 0; i < 3; i++)
        {
            var lead = Events.LeadCreated(occurredAt: At(19, 9));
            await app.ConsumeAsync(lead);
            await app.ConsumeAsync(Events.LeadAssigned(lead.LeadId, sales03, occurredAt: At(19, 9)));
        }
        for (var i = 0; i < 4; i++)
        {
            await app.ConsumeAsync(Events.RecordCorrected(sales03, occurredAt: At(23, 8)));
        }

        await TickAsync();

        var actions = await ActionsOfAsync(app, sales03);
        var review = Assert.Single(actions, a => a.Kind == ActionKind.SupervisorReview);
        Assert.Equal(sales03, review.SubjectId);
        Assert.Equal(app.Clock.GetCurrentInstant() + Duration.FromHours(4), review.Until);
        var manager = await app.InScopeAsync(sp => sp.GetRequiredService<IOrganisation>().ManagerOfAsync(sales03));
        Assert.Equal(manager!.Id, review.UserId);
        Assert.Equal(1, await OutboxCountAsync(app, "ReviewRequested", sales03));
        Assert.Single(actions, a => a.Kind == ActionKind.TraceMode);
        Assert.Equal(1, await OutboxCountAsync(app, "TraceModeChanged", sales03));
    }
}
