using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Stores.Application.Flags;
using SalesSuite.Testing;
using static SalesSuite.Stores.Tests.Integration.Clusters.ClusterKit;

namespace SalesSuite.Stores.Tests.Integration.Clusters;

/// <summary>Duplicate marking, same-question flags and the flags page on real SQLite (each test its own store).</summary>
public sealed class FlagAndDuplicateTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    private Task<int> RaiseAsync(LocalDate day) =>
        app.InScopeAsync(sp => sp.GetRequiredService<FeedbackCheckService>().RaiseFlagsAsync(day, CancellationToken.None));

    private Task<int> MarkAsync(LocalDate day) =>
        app.InScopeAsync(sp => sp.GetRequiredService<FeedbackCheckService>().MarkDuplicatesAsync(day, CancellationToken.None));

    private async Task<Guid> FlaggedStoreAsync()
    {
        var store = await app.StoreAsync();
        var category = await app.CategoryAsync();
        await app.FeedbackAsync(store, Monday.PlusDays(-2), category, question: "Ready meals are hard to heat");
        await app.FeedbackAsync(store, Monday.PlusDays(-1), category, question: "ready meals are hard to heat!");
        await app.FeedbackAsync(store, Monday, category, question: "READY MEALS ARE HARD TO HEAT.");
        return store;
    }

    [Fact]
    public async Task Given_the_same_question_three_days_running_Then_the_store_is_flagged_once_and_its_supervisor_told()
    {
        var store = await FlaggedStoreAsync();

        var (first, second) = (await RaiseAsync(Monday.PlusDays(-2)), await RaiseAsync(Monday.PlusDays(-1)));
        var third = await RaiseAsync(Monday);
        var again = await RaiseAsync(Monday);

        Assert.Equal((0, 0, 1, 0), (first, second, third, again));
        var flag = Assert.Single(await app.DbAsync(db => db.Flags.AsNoTracking().Where(f => f.StoreId == store).ToListAsync()));
        Assert.Equal((Monday.PlusDays(-2), Monday, "readymealsarehardtoheat"), (flag.FirstDay, flag.LastDay, flag.QuestionKey));
        var supervisor = await app.UserIdAsync("mgr.east");
        var code = await StoreCodeAsync(store);
        var notes = (await app.PublishedAsync<NotificationRequested>()).Where(n => n.TextKey == "Flag_Notify_Raised"
            && n.Arguments.Count > 1 && n.Arguments[0] == code).ToList();
        var note = Assert.Single(notes);
        Assert.Equal((supervisor, "/Stores/Flags", "3"), (note.RecipientUserId, note.Link, note.Arguments[3]));
    }

    [Fact]
    public async Task Given_a_flagged_run_When_the_question_comes_again_the_next_day_Then_the_flag_is_extended_not_raised_again()
    {
        var store = await FlaggedStoreAsync();
        await RaiseAsync(Monday);
        await app.FeedbackAsync(store, Monday.PlusDays(1), await app.CategoryAsync(), question: "ready meals are hard to heat");

        var raised = await RaiseAsync(Monday.PlusDays(1));

        Assert.Equal(0, raised);
        var flag = Assert.Single(await app.DbAsync(db => db.Flags.AsNoTracking().Where(f => f.StoreId == store).ToListAsync()));
        Assert.Equal((Monday.PlusDays(-2), Monday.PlusDays(1)), (flag.FirstDay, flag.LastDay));
    }

    [Fact]
    public async Task Given_a_near_identical_text_on_an_earlier_day_Then_only_the_later_line_is_marked_duplicate()
    {
        // A day no other test of the class writes (the check covers every store of the day).
        var day = Monday.PlusDays(14);
        var store = await app.StoreAsync();
        var category = await app.CategoryAsync();
        await app.FeedbackAsync(store, day.PlusDays(-5), category, question: "有没有微波炉可以加热便当？");
        await app.FeedbackAsync(store, day, category, question: "有没有微波炉可以加热便当");
        await app.FeedbackAsync(store, day, category, question: "咖啡机什么时候修好");
        var other = await app.StoreAsync();
        await app.FeedbackAsync(other, day, category, question: "有没有微波炉可以加热便当");

        var marked = await MarkAsync(day);
        var again = await MarkAsync(day);

        Assert.Equal((1, 0), (marked, again));
        var lines = await app.DbAsync(db => db.Feedback.AsNoTracking().Where(f => f.CategoryCode == category).ToListAsync());
        Assert.Equal(["有没有微波炉可以加热便当"], lines.Where(l => l.Duplicate).Select(l => l.Question));
        Assert.Single(lines, l => l.Duplicate);
        Assert.Contains(lines, l => l.StoreId == other && !l.Duplicate);
    }

    [Fact]
    public async Task Given_a_flag_Then_its_supervisor_sees_and_acknowledges_it_another_supervisor_does_not_and_sales_and_store_managers_get_403()
    {
        var store = await FlaggedStoreAsync();
        await RaiseAsync(Monday);
        var flagId = await app.DbAsync(db => db.Flags.Where(f => f.StoreId == store).Select(f => f.Id).SingleAsync());
        var code = await StoreCodeAsync(store);
        var url = "/Stores/Flags?handler=Acknowledge&id=" + flagId;

        using var east = await app.SignInAsync("mgr.east", "en");
        using var north = await app.SignInAsync("mgr.north", "en");
        using var sales = await app.SignInAsync("sales01", "en");
        using var manager = await app.SignInAsync("store01", "en");

        Assert.Contains(code, await east.GetStringAsync("/Stores/Flags"));
        Assert.DoesNotContain(code, await north.GetStringAsync("/Stores/Flags"));
        Assert.Equal(HttpStatusCode.NotFound, (await north.HtmxPostAsync(url, new() { ["note"] = "seen" }, "/Stores/Flags")).StatusCode);
        using (var denied = await sales.GetAsync("/Stores/Flags"))
        {
            Assert.Contains("/Account/AccessDenied", denied.Headers.Location!.OriginalString);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/Stores/Flags")).StatusCode);
        var empty = await east.HtmxPostAsync(url, new() { ["note"] = " " }, "/Stores/Flags");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        var done = await east.HtmxPostAsync(url, new() { ["note"] = "Talked to the microwave vendor" }, "/Stores/Flags");
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("flag-acknowledged", await done.Content.ReadAsStringAsync());
        var flag = await app.DbAsync(db => db.Flags.AsNoTracking().SingleAsync(f => f.Id == flagId));
        Assert.Equal("Talked to the microwave vendor", flag.SupervisorNote);
        var csv = await east.GetAsync("/Stores/Flags?handler=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains(code, await csv.Content.ReadAsStringAsync());
    }

    private Task<string> StoreCodeAsync(Guid store) => app.DbAsync(db => db.Stores.Where(s => s.Id == store).Select(s => s.Code).SingleAsync());
}
