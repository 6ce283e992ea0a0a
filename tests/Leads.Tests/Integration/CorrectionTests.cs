using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Health.Contracts;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>Corrections of logged follow-ups: history, RecordCorrected, trace mode (reason, supervisor, banner), refusals.</summary>
public sealed class CorrectionTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private async Task<FollowUp> LogAsync(string ownerName, string customerName, string summary)
    {
        var owner = await factory.UserIdAsync(ownerName);
        return await factory.QueryAsync(async db =>
        {
            var customer = await db.Customers.SingleAsync(c => c.Name.Contains(customerName));
            var followUp = new FollowUp(Guid.NewGuid(), customer.Id, null, owner, FollowUpObjective.EstablishContact, summary, "预算未明确",
                null, false, factory.Clock.GetCurrentInstant(), owner);
            db.FollowUps.Add(followUp);
            await db.SaveChangesAsync();
            return followUp;
        });
    }

    private static Dictionary<string, string> Form(FollowUp f, string summary, string? reason = null, int? version = null)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Version"] = (version ?? f.Version).ToString(),
            ["Input.Objective"] = "AdvanceSolution",
            ["Input.Summary"] = summary,
            ["Input.Obstacles"] = FollowUpTags.NoObstacle,
        };
        if (reason is not null)
        {
            form["Input.Reason"] = reason;
        }
        return form;
    }

    private static TraceModeChanged Trace(Guid userId, bool on, Instant at) =>
        new(EventId: Guid.NewGuid(), OccurredAt: at, ActorUserId: null, UserId: userId, On: on, Reason: "一天内修改历史记录 4 次");

    [Fact]
    public async Task Given_a_logged_follow_up_When_its_owner_corrects_it_Then_old_values_are_kept_and_the_event_and_timeline_show_it()
    {
        var followUp = await LogAsync("sales01", "恒清", "电话沟通滤芯需求");
        var client = await factory.SignInAsync("sales01");
        var url = $"/Leads/FollowUps/Correct/{followUp.Id}";
        Assert.Contains("data-testid=\"correct-link\"", await client.GetStringAsync($"/Leads/Customers/Detail/{followUp.CustomerId}"));

        var response = await client.PostFormAsync(url, Form(followUp, "上门演示滤芯方案"), url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await factory.QueryAsync(db => db.FollowUps.SingleAsync(f => f.Id == followUp.Id));
        Assert.Equal(
            (FollowUpObjective.AdvanceSolution, "上门演示滤芯方案", FollowUpTags.NoObstacle), (stored.Objective, stored.Summary, stored.ObstacleTags));
        var correction = await factory.QueryAsync(db => db.FollowUpCorrections.SingleAsync(c => c.FollowUpId == followUp.Id));
        Assert.Equal(
            ("电话沟通滤芯需求", "预算未明确", FollowUpObjective.EstablishContact),
            (correction.OldSummary, correction.OldObstacleTags, correction.OldObjective));
        var published = Assert.Single(await factory.EventsAsync<RecordCorrected>(), e => e.RecordId == followUp.Id);
        Assert.Equal(("FollowUp", followUp.OwnerId, (Guid?)followUp.CustomerId, (string?)null),
            (published.RecordType, published.OwnerId, published.CustomerId, published.Reason));
        Assert.Equal(["objective", "summary", "obstacleTags"], published.Fields);
        var page = await client.GetStringAsync($"/Leads/Customers/Detail/{followUp.CustomerId}");
        var history = Published.Fragment(page, "correction-history", "</details>");
        Assert.Contains("已更正 1 次", history);
        Assert.Contains("电话沟通滤芯需求", history);
    }

    [Fact]
    public async Task Given_trace_mode_for_the_owner_When_correcting_without_a_reason_Then_422_and_with_one_the_supervisor_is_told()
    {
        var sales03 = await factory.UserIdAsync("sales03");
        var followUp = await LogAsync("sales03", "新和成", "确认化工项目预算");
        var trace = Trace(sales03, on: true, factory.Clock.GetCurrentInstant());
        await factory.ConsumeAsync(trace);
        await factory.ConsumeAsync(trace);
        Assert.Equal(1, await factory.QueryAsync(db => db.TraceModes.CountAsync(t => t.UserId == sales03)));
        var client = await factory.SignInAsync("sales03", "en");
        Assert.Contains("data-testid=\"trace-mode-banner\"", await client.GetStringAsync("/Leads/FollowUps/New"));
        Assert.Contains("data-testid=\"trace-mode-banner\"", await client.GetStringAsync($"/Leads/Customers/Detail/{followUp.CustomerId}"));
        var url = $"/Leads/FollowUps/Correct/{followUp.Id}";

        var refused = await client.PostFormAsync(url, Form(followUp, "确认化工项目预算（更正）"), url);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Trace mode is on: enter the reason for this correction.", await refused.Content.ReadAsStringAsync());
        Assert.False(await factory.QueryAsync(db => db.FollowUpCorrections.AnyAsync(c => c.FollowUpId == followUp.Id)));

        var saved = await client.PostFormAsync(url, Form(followUp, "确认化工项目预算（更正）", reason: "客户改口预算"), url);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var supervisor = await factory.InScopeAsync(sp => sp.GetRequiredService<IOrganisation>().ManagerOfAsync(sales03));
        var notice = Assert.Single(await factory.EventsAsync<NotificationRequested>(), n => n.TextKey == "Notify_TracedCorrection");
        Assert.Equal((supervisor!.Id, $"/Leads/FollowUps/Correct/{followUp.Id}"), (notice.RecipientUserId!.Value, notice.Link));
        Assert.Contains("客户改口预算", notice.Arguments);
        Assert.Equal("客户改口预算", Assert.Single(await factory.EventsAsync<RecordCorrected>(), e => e.RecordId == followUp.Id).Reason);
    }

    [Fact]
    public async Task Given_trace_mode_switched_off_When_an_older_switch_on_arrives_late_Then_no_reason_is_needed_and_no_banner_shows()
    {
        var sales05 = await factory.UserIdAsync("sales05");
        var now = factory.Clock.GetCurrentInstant();
        await factory.ConsumeAsync(Trace(sales05, on: false, now));
        await factory.ConsumeAsync(Trace(sales05, on: true, now - Duration.FromHours(3)));
        var followUp = await LogAsync("sales05", "滨海", "电话沟通");
        var client = await factory.SignInAsync("sales05");
        Assert.DoesNotContain("trace-mode-banner", await client.GetStringAsync("/Leads/FollowUps/New"));
        var url = $"/Leads/FollowUps/Correct/{followUp.Id}";

        var saved = await client.PostFormAsync(url, Form(followUp, "上门沟通"), url);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain(await factory.EventsAsync<NotificationRequested>(),
            n => n.TextKey == "Notify_TracedCorrection" && n.Arguments.Contains("上门沟通"));
    }

    [Fact]
    public async Task Given_a_stale_form_or_someone_else_s_record_When_correcting_Then_409_404_and_403()
    {
        var followUp = await LogAsync("sales02", "娃哈哈", "饮料线改造意向");
        var url = $"/Leads/FollowUps/Correct/{followUp.Id}";
        var owner = await factory.SignInAsync("sales02");
        Assert.Equal(HttpStatusCode.Redirect, (await owner.PostFormAsync(url, Form(followUp, "饮料线改造意向（一）"), url)).StatusCode);

        var stale = await owner.PostFormAsync(url, Form(followUp, "饮料线改造意向（二）", version: followUp.Version), url);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var other = await factory.SignInAsync("sales01");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync(url, Form(followUp, "x", version: 1), "/Leads/Customers")).StatusCode);
        var tech = await factory.SignInAsync("tech");
        Assert.Equal(HttpStatusCode.Forbidden, (await tech.PostFormAsync(url, Form(followUp, "x", version: 1), "/Leads/Tasks")).StatusCode);
        Assert.Equal("饮料线改造意向（一）", (await factory.QueryAsync(db => db.FollowUps.SingleAsync(f => f.Id == followUp.Id))).Summary);
    }

    [Fact]
    public async Task Given_no_obstacle_is_not_configured_When_logging_a_follow_up_Then_it_is_offered_and_carried_by_FollowUpLogged()
    {
        await factory.QueryAsync(async db =>
            await db.TagOptions.Where(t => t.Category == TagCategory.Obstacle && t.Value == FollowUpTags.NoObstacle).ExecuteDeleteAsync());
        var customerId = await factory.QueryAsync(db => db.Customers.Where(c => c.Name.Contains("职业培训")).Select(c => c.Id).SingleAsync());
        var client = await factory.SignInAsync("sales04");
        var url = $"/Leads/FollowUps/New?customerId={customerId}";
        Assert.Contains($"value=\"{FollowUpTags.NoObstacle}\"", await client.GetStringAsync(url));

        var response = await client.PostFormAsync("/Leads/FollowUps/New", new()
        {
            ["Form.CustomerId"] = customerId.ToString(), ["Form.Objective"] = "CollectFeedback", ["Form.Summary"] = "培训效果回访，客户满意",
            ["Form.Obstacles"] = FollowUpTags.NoObstacle,
        }, url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var logged = Assert.Single(await factory.EventsAsync<FollowUpLogged>(), e => e.CustomerId == customerId);
        Assert.Equal([FollowUpTags.NoObstacle], logged.ObstacleTags);
    }

    [Fact]
    public async Task Given_a_follow_up_without_warning_When_a_correction_sets_the_flag_Then_one_risk_card_is_raised_never_a_second()
    {
        var followUp = await LogAsync("sales01", "海天精密", "例行拜访，无异常");
        var client = await factory.SignInAsync("sales01");
        var url = $"/Leads/FollowUps/Correct/{followUp.Id}";
        Assert.Equal(0, await factory.QueryAsync(db => db.RiskCards.CountAsync(c => c.FollowUpId == followUp.Id)));
        var flagged = Form(followUp, "客户采购冻结，竞品介入");
        flagged["Input.Obstacles"] = "预算未明确";
        flagged["Input.Warning"] = "true";

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, flagged, url)).StatusCode);

        var card = await factory.QueryAsync(db => db.RiskCards.AsNoTracking().SingleAsync(c => c.FollowUpId == followUp.Id));
        var manager = await factory.UserIdAsync("mgr.east");
        Assert.Equal((manager, "预算未明确", "客户采购冻结，竞品介入"), (card.ManagerId, card.ObstacleTags, card.Summary));
        async Task<List<NotificationRequested>> NoticesAsync() => (await factory.EventsAsync<NotificationRequested>())
            .Where(n => n.TextKey == "Notify_RiskRaised" && n.Arguments[2] == "客户采购冻结，竞品介入").ToList();
        var notice = Assert.Single(await NoticesAsync());
        Assert.Equal((manager, "/Leads/Visits/Risks"), (notice.RecipientUserId, notice.Link));

        // Clearing the flag and setting it again (or correcting the summary while it is set) raises no second card.
        var version = (await factory.QueryAsync(db => db.FollowUps.SingleAsync(f => f.Id == followUp.Id))).Version;
        var cleared = Form(followUp, "客户采购冻结，竞品介入", version: version);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, cleared, url)).StatusCode);
        var again = Form(followUp, "客户采购冻结，竞品介入", version: version + 1);
        again["Input.Warning"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, again, url)).StatusCode);

        Assert.Equal(1, await factory.QueryAsync(db => db.RiskCards.CountAsync(c => c.FollowUpId == followUp.Id)));
        Assert.Single(await NoticesAsync());
        Assert.True((await factory.QueryAsync(db => db.FollowUps.SingleAsync(f => f.Id == followUp.Id))).Warning);
    }
}
