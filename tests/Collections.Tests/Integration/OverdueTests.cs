using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Collections.Application.Reasons;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>Overdue follow-up, escalation, tagging and playbook tasks through the real host on real SQLite.</summary>
public sealed class OverdueTests(OverdueAppFactory app) : IClassFixture<OverdueAppFactory>
{
    private static string Panel(Guid id) => $"/Collections/Overdue/Panel?receivableId={id}";

    private static string Tag(Guid id) => $"/Collections/Overdue/Panel?handler=Tag&receivableId={id}";

    private static Dictionary<string, string> TagForm(int version, Guid? reason, string? text = null) => new()
    {
        ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.ReasonId"] = reason?.ToString() ?? string.Empty,
        ["Input.Text"] = text ?? string.Empty,
    };

    private Task<List<ReceivableTask>> TasksAsync(Guid receivableId) =>
        app.InScopeAsync(sp => sp.GetRequiredService<CollectionsDbContext>().Tasks.AsNoTracking()
            .Where(t => t.ReceivableId == receivableId).OrderBy(t => t.CreatedAt).ThenBy(t => t.Order).ToListAsync());

    [Fact]
    public async Task Given_a_receivable_that_became_overdue_When_the_work_ticks_twice_Then_ReceivableOverdue_is_published_once()
    {
        var r = await app.OverdueReceivableAsync("sales03", daysOverdue: 1);
        var notYetDue = await app.OverdueReceivableAsync("sales03", daysOverdue: 0);

        await app.TickAsync();
        await app.TickAsync();

        var published = (await app.PublishedAsync<ReceivableOverdue>()).Where(e => e.ReceivableId == r.Id).ToList();
        var one = Assert.Single(published);
        Assert.Equal((1, 1000m, r.DueDate!.Value, r.OwnerId), (one.DaysOverdue, one.Outstanding, one.DueDate, one.OwnerId));
        Assert.NotNull((await app.ReceivableAsync(r.Id)).OverdueNotifiedAt);
        var bell = Assert.Single(await app.NotificationsAsync(r.Id));
        Assert.Equal((r.OwnerId, "Notify_ReceivableOverdue"), (bell.RecipientUserId!.Value, bell.TextKey));
        Assert.DoesNotContain(await app.PublishedAsync<ReceivableOverdue>(), e => e.ReceivableId == notYetDue.Id);
    }

    [Fact]
    public async Task Given_an_untagged_overdue_item_When_3_days_pass_Then_it_escalates_once_to_the_owner_s_manager()
    {
        var r = await app.OverdueReceivableAsync("sales05", daysOverdue: 2);
        var manager = await app.UserIdAsync("mgr.north");

        await app.TickAsync();
        var before = await app.ReceivableAsync(r.Id);
        app.Clock.Advance(Duration.FromDays(1));
        await app.TickAsync();
        app.Clock.Advance(Duration.FromDays(1));
        await app.TickAsync();

        Assert.Null(before.UntaggedEscalatedAt);
        var escalations = await app.InScopeAsync(sp => sp.GetRequiredService<CollectionsDbContext>().Escalations.AsNoTracking()
            .Where(e => e.ReceivableId == r.Id).ToListAsync());
        var escalation = Assert.Single(escalations);
        Assert.Equal((MilestoneEscalation.UntaggedOverdue, manager), (escalation.Kind, escalation.ToUserId!.Value));
        var bells = (await app.NotificationsAsync(r.Id)).Where(n => n.TextKey == "Notify_OverdueUntaggedEscalated").ToList();
        Assert.Equal(manager, Assert.Single(bells).RecipientUserId);
        Assert.NotNull((await app.ReceivableAsync(r.Id)).UntaggedEscalatedAt);
    }

    [Fact]
    public async Task Given_an_overdue_item_When_its_owner_tags_a_reason_Then_the_playbook_starts_as_tasks_and_OverdueReasonTagged_is_published()
    {
        var r = await app.OverdueReceivableAsync("sales01", daysOverdue: 4, customerName: "苏州恒瑞医疗器械");
        using var sales01 = await app.SignInAsync("sales01", "en");

        var response = await sales01.HtmxPostAsync(Tag(r.Id), TagForm(r.Version, DefaultReasons.InvoiceNotReceived), Panel(r.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", html);
        Assert.Contains("data-testid=\"playbook-progress\">0/2", html);
        Assert.Contains("发票号：{invoiceNo}", html);
        var tasks = await TasksAsync(r.Id);
        Assert.Equal([(Roles.Finance, app.Today().PlusDays(1)), (Roles.Salesperson, app.Today().PlusDays(2))],
            tasks.Select(t => (t.ResponsibleRole, t.DueOn)));
        var tagged = Assert.Single(await app.PublishedAsync<OverdueReasonTagged>(), e => e.ReceivableId == r.Id);
        Assert.Equal((DefaultReasons.InvoiceNotReceived, "发票未送达", 4), (tagged.ReasonId, tagged.Reason, tagged.DaysOverdue));
        Assert.Contains(await app.NotificationsAsync(r.Id), n => n.RecipientRole == Roles.Finance && n.TextKey == "Notify_PlaybookTask");
    }

    [Fact]
    public async Task Given_a_started_playbook_When_Finance_does_its_step_and_a_new_reason_replaces_it_Then_progress_moves_and_open_tasks_cancel()
    {
        var r = await app.OverdueReceivableAsync("sales01", daysOverdue: 5);
        using var sales01 = await app.SignInAsync("sales01", "en");
        using var finance = await app.SignInAsync("finance", "en");
        await sales01.HtmxPostAsync(Tag(r.Id), TagForm(r.Version, DefaultReasons.InvoiceNotReceived), Panel(r.Id));
        var financeTask = (await TasksAsync(r.Id)).Single(t => t.ResponsibleRole == Roles.Finance);

        var done = await finance.HtmxPostAsync(
            $"/Collections/Overdue/Panel?handler=Done&receivableId={r.Id}&taskId={financeTask.Id}",
            new() { ["version"] = financeTask.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, Panel(r.Id));
        var again = await finance.HtmxPostAsync(
            $"/Collections/Overdue/Panel?handler=Done&receivableId={r.Id}&taskId={financeTask.Id}",
            new() { ["version"] = financeTask.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, Panel(r.Id));
        var current = await app.ReceivableAsync(r.Id);
        await sales01.HtmxPostAsync(Tag(r.Id), TagForm(current.Version, DefaultReasons.AccountProblem), Panel(r.Id));

        Assert.Contains("data-testid=\"playbook-progress\">1/2", await done.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var tasks = await TasksAsync(r.Id);
        Assert.NotNull(tasks.Single(t => t.Id == financeTask.Id).DoneAt);
        Assert.Null(tasks.Single(t => t.Id == financeTask.Id).CancelledAt);
        Assert.NotNull(tasks.Single(t => t.ReasonId == DefaultReasons.InvoiceNotReceived && t.ResponsibleRole == Roles.Salesperson).CancelledAt);
        Assert.Equal(2, tasks.Count(t => t.ReasonId == DefaultReasons.AccountProblem && t.IsOpen));
        var panel = await sales01.GetStringAsync(Panel(r.Id));
        Assert.Contains("data-testid=\"playbook-progress\">0/2", panel);
    }

    [Fact]
    public async Task Given_the_milestone_page_loading_the_panel_with_htmx_Then_the_fragment_comes_without_the_layout_and_a_plain_get_gets_the_page()
    {
        var overdue = await app.OverdueReceivableAsync("sales01", daysOverdue: 1);
        var notDue = await app.OverdueReceivableAsync("sales01", daysOverdue: -10);
        using var sales01 = await app.SignInAsync("sales01");

        var fragment = await sales01.HtmxGetAsync(Panel(overdue.Id));
        var page = await sales01.GetStringAsync(Panel(overdue.Id));
        var quiet = await (await sales01.HtmxGetAsync(Panel(notDue.Id))).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, fragment.StatusCode);
        var html = await fragment.Content.ReadAsStringAsync();
        Assert.StartsWith("<section id=\"overdue-panel\"", html.Trim());
        Assert.Contains("data-testid=\"tag-form\"", html);
        Assert.Contains("hx-target=\"#overdue-panel\"", html);
        Assert.Contains("<html", page);
        Assert.Contains("data-testid=\"overdue-panel\"", page);
        Assert.Contains("data-testid=\"not-overdue\"", quiet);
        Assert.DoesNotContain("data-testid=\"tag-form\"", quiet);
    }

    [Fact]
    public async Task Given_another_salesperson_s_receivable_When_opening_its_panel_tagging_or_doing_a_task_Then_404_and_nothing_changes()
    {
        var r = await app.OverdueReceivableAsync("sales01", daysOverdue: 3);
        using var sales01 = await app.SignInAsync("sales01");
        using var sales02 = await app.SignInAsync("sales02");
        await sales01.HtmxPostAsync(Tag(r.Id), TagForm(r.Version, DefaultReasons.InvoiceNotReceived), Panel(r.Id));
        var salesTask = (await TasksAsync(r.Id)).Single(t => t.ResponsibleRole == Roles.Salesperson);
        var current = await app.ReceivableAsync(r.Id);

        var panel = await sales02.GetAsync(Panel(r.Id));
        var tag = await sales02.HtmxPostAsync(Tag(r.Id), TagForm(current.Version, DefaultReasons.Other, "x"), "/Collections/Overdue");
        var task = await sales02.HtmxPostAsync(
            $"/Collections/Overdue/Panel?handler=Done&receivableId={r.Id}&taskId={salesTask.Id}",
            new() { ["version"] = salesTask.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/Collections/Overdue");
        var list = await sales02.GetStringAsync("/Collections/Overdue");

        Assert.Equal(
            [HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], [panel.StatusCode, tag.StatusCode, task.StatusCode]);
        Assert.Equal(DefaultReasons.InvoiceNotReceived, (await app.ReceivableAsync(r.Id)).OverdueReasonId);
        Assert.True((await TasksAsync(r.Id)).Single(t => t.Id == salesTask.Id).IsOpen);
        Assert.DoesNotContain(r.Id.ToString(), list);
    }

    [Fact]
    public async Task Given_the_owner_s_manager_When_opening_the_overdue_list_and_tagging_Then_the_team_s_item_is_there_and_tagged()
    {
        var r = await app.OverdueReceivableAsync("sales02", daysOverdue: 6);
        using var manager = await app.SignInAsync("mgr.east");

        var list = await manager.GetStringAsync("/Collections/Overdue");
        var tag = await manager.HtmxPostAsync(Tag(r.Id), TagForm(r.Version, DefaultReasons.ContractDispute), Panel(r.Id));

        Assert.Contains(r.Id.ToString(), list);
        Assert.Equal(HttpStatusCode.OK, tag.StatusCode);
        Assert.Equal(DefaultReasons.ContractDispute, (await app.ReceivableAsync(r.Id)).OverdueReasonId);
    }

    [Fact]
    public async Task Given_a_stale_tag_form_When_posted_Then_409_and_the_other_person_s_reason_stays()
    {
        var r = await app.OverdueReceivableAsync("sales01", daysOverdue: 2);
        using var sales01 = await app.SignInAsync("sales01", "en");
        using var manager = await app.SignInAsync("mgr.east", "en");
        await manager.HtmxPostAsync(Tag(r.Id), TagForm(r.Version, DefaultReasons.AccountProblem), Panel(r.Id));

        var stale = await sales01.HtmxPostAsync(Tag(r.Id), TagForm(r.Version, DefaultReasons.InvoiceNotReceived), Panel(r.Id));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else changed this record", await stale.Content.ReadAsStringAsync());
        Assert.Equal(DefaultReasons.AccountProblem, (await app.ReceivableAsync(r.Id)).OverdueReasonId);
        Assert.DoesNotContain(await TasksAsync(r.Id), t => t.ReasonId == DefaultReasons.InvoiceNotReceived);
    }

    [Theory]
    [InlineData("en", "This reason needs a short explanation.")]
    [InlineData("zh-CN", "该原因需要填写说明。")]
    public async Task Given_the_reason_other_without_text_When_tagging_Then_the_message_is_next_to_the_text_and_nothing_is_saved(
        string culture, string message)
    {
        var r = await app.OverdueReceivableAsync("sales06", daysOverdue: 3);
        using var sales06 = await app.SignInAsync("sales06", culture);
        // The language is the user's saved choice once they picked one: choose it explicitly, whatever ran before.
        await sales06.PostFormAsync("/Culture", new() { ["culture"] = culture, ["returnUrl"] = "/" });

        var htmx = await sales06.HtmxPostAsync(Tag(r.Id), TagForm(r.Version, DefaultReasons.Other, "   "), Panel(r.Id));
        var plain = await sales06.PostFormAsync(Tag(r.Id), TagForm(r.Version, DefaultReasons.Other), Panel(r.Id));

        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity), (htmx.StatusCode, plain.StatusCode));
        Assert.Contains($"data-testid=\"text-error\">{message}", await htmx.Content.ReadAsStringAsync());
        Assert.Contains($"data-testid=\"text-error\">{message}", await plain.Content.ReadAsStringAsync());
        var after = await app.ReceivableAsync(r.Id);
        Assert.Equal((null, r.Version), (after.OverdueReasonId, after.Version));
        Assert.Empty(await TasksAsync(r.Id));
        Assert.DoesNotContain(await app.PublishedAsync<OverdueReasonTagged>(), e => e.ReceivableId == r.Id);
    }

    [Fact]
    public async Task Given_a_milestone_not_yet_overdue_or_an_inactive_reason_When_tagging_Then_a_clear_message_and_nothing_saved()
    {
        var notDue = await app.OverdueReceivableAsync("sales01", daysOverdue: 0);
        var overdue = await app.OverdueReceivableAsync("sales01", daysOverdue: 2);
        using var finance = await app.SignInAsync("finance", "en");
        using var sales01 = await app.SignInAsync("sales01", "en");
        var inactive = await CreateInactiveReasonAsync(finance);

        var notOverdue = await sales01.HtmxPostAsync(Tag(notDue.Id), TagForm(notDue.Version, DefaultReasons.AccountProblem), Panel(notDue.Id));
        var withInactive = await sales01.HtmxPostAsync(Tag(overdue.Id), TagForm(overdue.Version, inactive), Panel(overdue.Id));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, notOverdue.StatusCode);
        Assert.Contains("This receivable is not overdue.", await notOverdue.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withInactive.StatusCode);
        Assert.Contains("This reason is no longer in use.", await withInactive.Content.ReadAsStringAsync());
        Assert.Null((await app.ReceivableAsync(notDue.Id)).OverdueReasonId);
        Assert.Null((await app.ReceivableAsync(overdue.Id)).OverdueReasonId);
    }

    [Fact]
    public async Task Given_Finance_When_adding_a_reason_and_its_playbook_Then_owners_can_choose_it_and_a_salesperson_may_not_configure()
    {
        using var finance = await app.SignInAsync("finance", "en");
        using var sales01 = await app.SignInAsync("sales01", "en");
        var name = $"客户破产 {Guid.NewGuid():N}"[..10];

        var added = await finance.PostFormAsync("/Collections/Reasons?handler=Add",
            new() { ["Input.Name"] = name, ["Input.SortOrder"] = "9", ["Input.RequiresText"] = "false", ["Input.Active"] = "true" },
            "/Collections/Reasons");
        var id = await app.InScopeAsync(sp => sp.GetRequiredService<CollectionsDbContext>().OverdueReasons.Where(r => r.Name == name)
            .Select(r => r.Id).SingleAsync());
        var saved = await finance.PostFormAsync($"/Collections/Reasons/Playbook?id={id}", new()
        {
            ["Input.Version"] = "0",
            ["Input.Steps[0].Order"] = "2", ["Input.Steps[0].Text"] = "法务发律师函", ["Input.Steps[0].Role"] = Roles.Legal,
            ["Input.Steps[0].DueDays"] = "5",
            ["Input.Steps[1].Order"] = "1", ["Input.Steps[1].Text"] = "申报债权", ["Input.Steps[1].Role"] = Roles.Finance,
            ["Input.Steps[1].LinkOrTemplate"] = "https://example.com/claims", ["Input.Steps[1].DueDays"] = "3",
            ["Input.Steps[2].Order"] = "3", ["Input.Steps[2].Text"] = "", ["Input.Steps[2].DueDays"] = "1",
        }, $"/Collections/Reasons/Playbook?id={id}");
        var forbidden = await sales01.HtmxGetAsync("/Collections/Reasons");
        var r = await app.OverdueReceivableAsync("sales01", daysOverdue: 1);
        var panel = await sales01.GetStringAsync(Panel(r.Id));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (added.StatusCode, saved.StatusCode));
        var reason = await app.InScopeAsync(sp =>
            sp.GetRequiredService<CollectionsDbContext>().OverdueReasons.AsNoTracking().SingleAsync(x => x.Id == id));
        Assert.Equal([("申报债权", Roles.Finance), ("法务发律师函", Roles.Legal)], reason.Steps.Select(s => (s.Text, s.ResponsibleRole)));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains(name, panel);
    }

    private async Task<Guid> CreateInactiveReasonAsync(HttpClient finance)
    {
        var name = $"停用 {Guid.NewGuid():N}"[..10];
        await finance.PostFormAsync("/Collections/Reasons?handler=Add",
            new() { ["Input.Name"] = name, ["Input.SortOrder"] = "50", ["Input.Active"] = "false" }, "/Collections/Reasons");
        return await app.InScopeAsync(sp => sp.GetRequiredService<CollectionsDbContext>().OverdueReasons
            .Where(r => r.Name == name && !r.Active).Select(r => r.Id).SingleAsync());
    }
}
