using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Stores.Contracts;
using SalesSuite.Stores.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration.Reports;

/// <summary>The daily report submit through the real host on real SQLite: fence, dwell, idempotency, all or nothing, access.</summary>
public sealed class ReportSubmitTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    [Fact]
    public async Task Given_a_position_outside_the_fence_When_submitting_Then_refused_with_the_distance_and_the_refusal_logged()
    {
        var store = await new ReportScenario(app).CreateAsync(code: "OUT1");
        await store.CheckInAsync(Duration.FromMinutes(9));
        var client = await app.SignInAsync("store01", "en");

        var response = await store.SubmitAsync(client, store.Complete().At(ReportScenario.Outside));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var (message, problems) = await ProblemsAsync(response);
        Assert.Equal("The report was not accepted.", message);
        Assert.Contains(problems, p => p.Field == "" && p.Message.Contains("outside its 500 m fence", StringComparison.Ordinal));
        var refusal = await store.DbAsync(db => db.Refusals.SingleAsync(r => r.StoreId == store.StoreId));
        Assert.Equal((FenceRefusalLog.ReportAction, FenceRefusal.OutsideFence), (refusal.Action, refusal.Reason));
        Assert.InRange(refusal.DistanceMeters!.Value, 2000, 2400);
        Assert.False(await store.DbAsync(db => db.Reports.AnyAsync(r => r.StoreId == store.StoreId)));
    }

    [Fact]
    public async Task Given_a_check_in_3_minutes_ago_When_submitting_Then_refused_for_the_dwell_and_accepted_once_the_clock_passes_8_minutes()
    {
        var store = await new ReportScenario(app).CreateAsync(code: "DWL1");
        await store.CheckInAsync(Duration.FromMinutes(3));
        var client = await app.SignInAsync("store01", "en");
        var form = store.Complete();

        var early = await store.SubmitAsync(client, form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        var (_, problems) = await ProblemsAsync(early);
        Assert.Contains(problems, p => p.Message == "You checked in 3 min ago; the report opens after 8 min in the store.");
        Assert.Equal(FenceRefusal.DwellTooShort, await store.DbAsync(db => db.Refusals.Where(r => r.StoreId == store.StoreId)
            .Select(r => r.Reason).SingleAsync()));

        app.Clock.Advance(Duration.FromMinutes(6));
        var later = await store.SubmitAsync(client, form);

        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Contains("data-testid=\"report-confirmation\"", await later.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var report = await store.DbAsync(db => db.Reports.Include(r => r.Files).Include(r => r.Feedback).Include(r => r.Promotions)
            .Include(r => r.Rollouts).SingleAsync(r => r.StoreId == store.StoreId));
        Assert.Equal((DailyReport.InFence, 9, form.Key), (report.Compliance, report.DwellMinutes, report.IdempotencyKey));
        Assert.Equal(3, report.Files.Count(f => f.Kind == FileKind.ShelfPhoto));
        var promotionPhoto = Assert.Single(report.Files, f => f.Kind == FileKind.PromotionPhoto);
        Assert.Equal(promotionPhoto.Id, Assert.Single(report.Promotions).PhotoFileId);
        var line = Assert.Single(report.Feedback);
        Assert.Equal(("price", "above-a", "为什么比隔壁贵？"), (line.CategoryCode, line.OptionCode, line.Question));
        Assert.Contains(report.Rollouts, r => r.ProductId == store.ProductId && r.Status == RolloutStatus.Arrived);
        var files = await store.DbAsync(db => db.Files.Where(f => f.StoreId == store.StoreId).ToListAsync());
        Assert.All(files, f => Assert.Equal(report.Id, f.ReportId));
    }

    [Fact]
    public async Task Given_no_check_in_today_When_submitting_from_inside_Then_refused_and_logged()
    {
        var store = await new ReportScenario(app).CreateAsync(code: "NCI1");
        var client = await app.SignInAsync("store01", "en");

        var response = await store.SubmitAsync(client, store.Complete());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains((await ProblemsAsync(response)).Problems, p => p.Message == "Check in inside the store first.");
        Assert.Equal(FenceRefusal.NoCheckIn, await store.DbAsync(db => db.Refusals.Where(r => r.StoreId == store.StoreId)
            .Select(r => r.Reason).SingleAsync()));
    }

    [Fact]
    public async Task Given_the_supervisors_exception_today_When_submitting_without_a_position_or_check_in_Then_accepted_as_an_exception()
    {
        var store = await new ReportScenario(app).CreateAsync(code: "EXC1");
        await store.GrantExceptionAsync();
        var client = await app.SignInAsync("store01", "en");

        var withoutPosition = store.Complete().Without("Input.Latitude").Without("Input.Longitude").Without("Input.Accuracy");

        var response = await store.SubmitAsync(client, withoutPosition);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await store.DbAsync(db => db.Reports.SingleAsync(r => r.StoreId == store.StoreId));
        Assert.Equal((DailyReport.Exception, (Guid?)null, (int?)null), (report.Compliance, report.CheckInId, report.DwellMinutes));
    }

    [Fact]
    public async Task Given_a_report_received_When_the_same_key_is_sent_again_Then_one_report_and_one_set_of_events()
    {
        var store = await new ReportScenario(app).CreateAsync(code: "IDM1");
        await store.CheckInAsync(Duration.FromMinutes(9));
        var client = await app.SignInAsync("store01", "en");
        var form = store.Complete();

        var first = await store.SubmitAsync(client, form);
        var retry = await store.SubmitAsync(client, form);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.DoesNotContain("report-already-received", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("report-already-received", await retry.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var reportId = await store.DbAsync(db => db.Reports.Where(r => r.StoreId == store.StoreId).Select(r => r.Id).SingleAsync());
        var events = await store.DbAsync(async db => (await db.Outbox.AsNoTracking().ToListAsync())
            .Where(m => m.Payload.Contains(reportId.ToString(), StringComparison.OrdinalIgnoreCase)).Select(m => m.Type).ToList());
        Assert.Single(events, t => t.Contains(nameof(DailyReportSubmitted), StringComparison.Ordinal));
        Assert.Single(events, t => t.Contains(nameof(FeedbackRecorded), StringComparison.Ordinal));
        Assert.Single(events, t => t.Contains(nameof(PromotionExecutionReported), StringComparison.Ordinal));
        Assert.Equal(4, await store.DbAsync(db => db.Files.CountAsync(f => f.StoreId == store.StoreId)));
    }

    [Fact]
    public async Task Given_a_double_tap_When_three_sends_of_one_form_race_Then_all_answer_the_one_report_and_no_stray_files()
    {
        var store = await new ReportScenario(app).CreateAsync(code: "RCE1");
        await store.CheckInAsync(Duration.FromMinutes(9));
        var client = await app.SignInAsync("store01", "en");
        var form = store.Complete();

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => store.SubmitAsync(client, form)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var report = await store.DbAsync(db => db.Reports.SingleAsync(r => r.StoreId == store.StoreId));
        foreach (var response in responses)
        {
            Assert.Contains($"data-report=\"{report.Id}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(4, await store.DbAsync(db => db.Files.CountAsync(f => f.StoreId == store.StoreId)));
    }

    [Fact]
    public async Task Given_todays_report_received_When_another_form_is_sent_Then_refused_as_already_submitted()
    {
        var store = await new ReportScenario(app).CreateAsync(code: "TWO1");
        await store.CheckInAsync(Duration.FromMinutes(9));
        var client = await app.SignInAsync("store01", "en");
        Assert.Equal(HttpStatusCode.OK, (await store.SubmitAsync(client, store.Complete())).StatusCode);

        var second = await store.SubmitAsync(client, store.Complete());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Contains((await ProblemsAsync(second)).Problems, p => p.Message == "Today's report of this store was already sent.");
        Assert.Equal(1, await store.DbAsync(db => db.Reports.CountAsync(r => r.StoreId == store.StoreId)));
    }

    [Fact]
    public async Task Given_an_inactive_feedback_option_When_submitting_Then_refused_next_to_the_line_and_nothing_saved()
    {
        var store = await new ReportScenario(app).CreateAsync(code: "OPT1");
        await store.CheckInAsync(Duration.FromMinutes(9));
        var client = await app.SignInAsync("store01", "en");

        var response = await store.SubmitAsync(client, store.Complete().Field("Input.Feedback[0].Option", "retired"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var (message, problems) = await ProblemsAsync(response);
        Assert.Equal("The report was not accepted: see the messages next to the fields.", message);
        Assert.Equal("Input.Feedback[0].Option", Assert.Single(problems).Field);
        Assert.False(await store.DbAsync(db => db.Reports.AnyAsync(r => r.StoreId == store.StoreId)));
        Assert.False(await store.DbAsync(db => db.Files.AnyAsync(f => f.StoreId == store.StoreId)));
        Assert.False(await store.DbAsync(db => db.Feedback.AnyAsync(f => f.StoreId == store.StoreId)));
    }

    [Fact]
    public async Task Given_an_executed_promotion_that_needs_a_photo_When_sent_without_it_Then_refused_next_to_the_photo()
    {
        var store = await new ReportScenario(app).CreateAsync(code: "PRM1");
        await store.CheckInAsync(Duration.FromMinutes(9));
        var client = await app.SignInAsync("store01", "en");

        var response = await store.SubmitAsync(client, store.Complete().Without($"PromotionPhoto.{store.PromotionId}"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = Assert.Single((await ProblemsAsync(response)).Problems);
        Assert.Equal(($"PromotionPhoto.{store.PromotionId}", "An executed promotion needs its photo."), (problem.Field, problem.Message));
        Assert.False(await store.DbAsync(db => db.Reports.AnyAsync(r => r.StoreId == store.StoreId)));
    }

    [Fact]
    public async Task Given_two_shelf_photos_and_a_missing_status_When_submitting_Then_every_problem_is_answered_at_once()
    {
        var store = await new ReportScenario(app).CreateAsync(code: "FLD1");
        await store.CheckInAsync(Duration.FromMinutes(9));
        var client = await app.SignInAsync("store01", "en");
        var form = store.Complete().Without("Shelf").File("Shelf", "a.jpg").File("Shelf", "b.jpg").Field("Input.Rollouts[0].Status", "");

        var response = await store.SubmitAsync(client, form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problems = (await ProblemsAsync(response)).Problems;
        Assert.Contains(problems, p => p.Field == "Shelf" && p.Message == "Take exactly 3 shelf photos.");
        Assert.Contains(problems, p => p.Field == "Input.Rollouts[0].Status" && p.Message == "Choose the status.");
    }

    [Fact]
    public async Task Given_a_store_run_by_someone_else_When_store01_or_the_supervisor_submits_Then_403_and_nothing_saved_and_the_form_is_404()
    {
        var own = await new ReportScenario(app).CreateAsync(code: "OWN1");
        var other = await new ReportScenario(app).CreateAsync(manager: "mgr.north", code: "OTH1");
        await other.CheckInAsync(Duration.FromMinutes(9));
        var store01 = await app.SignInAsync("store01", "en");
        var supervisor = await app.SignInAsync("mgr.east", "en");

        var foreign = await other.SubmitAsync(store01, other.Complete());
        var notManager = await own.SubmitAsync(supervisor, own.Complete());

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notManager.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await store01.GetAsync($"/Stores/Report?storeId={other.StoreId}")).StatusCode);
        Assert.False(await own.DbAsync(db => db.Reports.AnyAsync(r => r.StoreId == own.StoreId || r.StoreId == other.StoreId)));
    }

    [Fact]
    public async Task Given_store01_with_a_check_in_When_opening_the_form_Then_it_shows_todays_promotion_product_and_feedback_tree()
    {
        var store = await new ReportScenario(app).CreateAsync(code: "GET1");
        await store.CheckInAsync(Duration.FromMinutes(2));
        var client = await app.SignInAsync("store01", "zh-CN");

        var html = await client.GetStringAsync($"/Stores/Report?storeId={store.StoreId}");

        Assert.Contains($"data-promotion=\"{store.PromotionId}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-product=\"{store.ProductId}\"", html, StringComparison.Ordinal);
        Assert.Contains("capture=\"environment\"", html, StringComparison.Ordinal);
        Assert.Contains("above-a", html, StringComparison.Ordinal);
        Assert.DoesNotContain("retired", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.IdempotencyKey\"", html, StringComparison.Ordinal);
    }

    private static async Task<(string Message, IReadOnlyList<(string Field, string Message)> Problems)> ProblemsAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problems = json.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("field").GetString()!, p.GetProperty("message").GetString()!)).ToList();
        return (json.RootElement.GetProperty("message").GetString()!, problems);
    }
}
