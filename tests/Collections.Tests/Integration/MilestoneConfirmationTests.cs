using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Collections.Application.Payments;
using SalesSuite.Collections.Background;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.Quotes.Contracts;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>
/// A milestone through the real host on SQLite: "customer says it is paid", Finance's rejection, confirmation with the
/// bank receipt (and its download), the 48 h escalation on the fake clock, and the settings page.
/// </summary>
public sealed class MilestoneConfirmationTests(ContractsAppFactory app) : IClassFixture<ContractsAppFactory>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private Task<T> Db<T>(Func<CollectionsDbContext, Task<T>> query) =>
        app.InScopeAsync(sp => query(sp.GetRequiredService<CollectionsDbContext>()));

    private static string Page(Guid id) => $"/Collections/Receivables/Detail?id={id}";

    /// <summary>The first milestone (首付款, 500) of a new contract owned by <paramref name="owner"/>.</summary>
    private async Task<Receivable> MilestoneAsync(string owner)
    {
        var accepted = Events.QuoteAccepted(ownerId: await app.UserIdAsync(owner), amount: 500m,
            paymentSchedule: [new PaymentMilestone("首付款", 100m, 500m, new LocalDate(2026, 12, 1), null)]);
        await app.ConsumeAsync(accepted);
        return await Db(db =>
            db.Contracts.AsNoTracking().Where(c => c.QuoteId == accepted.QuoteId).SelectMany(c => c.Milestones).SingleAsync());
    }

    private Task<Receivable> ReloadAsync(Guid id) => Db(db => db.Receivables.AsNoTracking().SingleAsync(r => r.Id == id));

    /// <summary>A multipart form post (as a browser sends a form with a file), with the antiforgery token of the milestone page.</summary>
    private static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, Guid id, string handler, Dictionary<string, string> fields, (string Name, byte[] Content)? file = null)
    {
        var page = await client.GetStringAsync(Page(id));
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(SignedInClient.AntiforgeryToken(page)), "__RequestVerificationToken");
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        if (file is { } f)
        {
            var bytes = new ByteArrayContent(f.Content);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(bytes, "receipt", f.Name);
        }
        return await client.PostAsync($"{Page(id)}&handler={handler}", content);
    }

    private async Task<List<NotificationRequested>> NotificationsAsync(string key) =>
        (await Db(db => db.Outbox.AsNoTracking().Where(o => o.Type.Contains(nameof(NotificationRequested))).ToListAsync()))
            .Select(o => (NotificationRequested)EventSerializer.Deserialize(o.Type, o.Payload)).Where(n => n.TextKey == key).ToList();

    private async Task<List<TEvent>> PublishedAsync<TEvent>() =>
        (await Db(db => db.Outbox.AsNoTracking().Where(o => o.Type.Contains(typeof(TEvent).Name)).ToListAsync()))
            .Select(o => (TEvent)EventSerializer.Deserialize(o.Type, o.Payload)).ToList();

    [Fact]
    public async Task Given_a_report_When_Finance_rejects_it_Then_Finance_was_told_the_reporter_is_told_and_the_trail_shows_it()
    {
        var milestone = await MilestoneAsync("sales01");
        using var sales = await app.SignInAsync("sales01", "en");
        using var finance = await app.SignInAsync("finance", "en");

        var reported = await PostAsync(
            sales, milestone.Id, "Report", new() { ["version"] = $"{milestone.Version}", ["note"] = "客户说昨天已转账" });

        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        var afterReport = await ReloadAsync(milestone.Id);
        Assert.Equal(ReceivableStatus.Reported, afterReport.Status);
        Assert.Contains(await NotificationsAsync("Milestone_Notify_Reported"),
            n => n.RecipientRole == Roles.Finance && n.Link!.Contains($"{milestone.Id}"));

        var rejected = await finance.PostFormAsync($"{Page(milestone.Id)}&handler=Reject",
            new() { ["version"] = $"{afterReport.Version}", ["reason"] = "银行流水中未见此款" }, Page(milestone.Id));

        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(ReceivableStatus.Open, (await ReloadAsync(milestone.Id)).Status);
        var sales01 = await app.UserIdAsync("sales01");
        Assert.Contains(await NotificationsAsync("Milestone_Notify_Rejected"),
            n => n.RecipientUserId == sales01 && n.Arguments.Contains("银行流水中未见此款"));
        var trail = await sales.GetStringAsync(Page(milestone.Id));
        Assert.Contains("客户说昨天已转账", trail);
        Assert.Contains("银行流水中未见此款", trail);
        Assert.Contains("data-operation=\"Receivable.RejectReport\"", trail);
    }

    [Fact]
    public async Task Given_a_receipt_that_is_not_an_image_or_PDF_When_reported_Then_it_is_refused_with_the_message_and_nothing_changes()
    {
        var milestone = await MilestoneAsync("sales01");
        using var sales = await app.SignInAsync("sales01", "en");
        var receipts = await Db(db => db.Receipts.CountAsync());

        var response = await PostAsync(sales, milestone.Id, "Report", new() { ["version"] = $"{milestone.Version}" },
            ("receipt.pdf", "<html><script>alert(1)</script></html>"u8.ToArray()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("The receipt must be a JPEG or PNG image or a PDF.", await response.Content.ReadAsStringAsync());
        Assert.Equal(ReceivableStatus.Open, (await ReloadAsync(milestone.Id)).Status);
        Assert.Equal(receipts, await Db(db => db.Receipts.CountAsync()));
    }

    [Fact]
    public async Task Given_a_report_nobody_answers_When_48_hours_pass_Then_it_escalates_once_to_the_GM_logged_and_shown_on_the_milestone()
    {
        var milestone = await MilestoneAsync("sales04");
        using var sales = await app.SignInAsync("sales04");
        var reported = await PostAsync(sales, milestone.Id, "Report", new() { ["version"] = $"{milestone.Version}" });
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        Task<int> TickAsync() => app.InScopeAsync(sp => sp.GetRequiredService<ReportEscalationWork>().TickAsync(CancellationToken.None));
        Task<List<MilestoneEscalation>> EscalationsAsync() =>
            Db(db => db.Escalations.AsNoTracking().Where(e => e.ReceivableId == milestone.Id).ToListAsync());

        app.Clock.Advance(Duration.FromHours(47));
        await TickAsync();
        Assert.Empty(await EscalationsAsync());
        app.Clock.Advance(Duration.FromHours(1));
        Assert.True(await TickAsync() >= 1);
        app.Clock.Advance(Duration.FromHours(5));
        await TickAsync();

        var escalation = Assert.Single(await EscalationsAsync());
        Assert.Equal(
            (MilestoneEscalation.UnconfirmedReport, Roles.GeneralManager, null), (escalation.Kind, escalation.ToRole, escalation.ToUserId));
        Assert.Single(await NotificationsAsync("Milestone_Notify_Escalated"),
            n => n.RecipientRole == Roles.GeneralManager && n.Link!.Contains($"{milestone.Id}"));
        var key = milestone.Id.ToString();
        Assert.True(await Db(db => db.OperationLog.AnyAsync(o => o.Operation == "Receivable.EscalateReport" && o.EntityId == key)));
        using var gm = await app.SignInAsync("gm");
        var page = await gm.GetStringAsync(Page(milestone.Id));
        Assert.Contains("data-kind=\"UnconfirmedReport\"", page);
        Assert.Contains("总经理", page);
    }

    [Fact]
    public async Task Given_all_money_in_When_Finance_confirms_with_the_bank_receipt_Then_it_is_paid_the_loop_closes_and_only_readers_download_it()
    {
        var milestone = await MilestoneAsync("sales05");
        var financeId = await app.UserIdAsync("finance");
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CollectionsDbContext>();
            var receivable = await db.Receivables.SingleAsync(r => r.Id == milestone.Id);
            var payment = new Payment(Guid.NewGuid(), $"BR{Guid.NewGuid():N}"[..20], receivable.CustomerId, new LocalDate(2026, 11, 20),
                500m, "CNY", "宁波恒达", PaymentSource.Manual, financeId, app.Clock.GetCurrentInstant());
            db.Payments.Add(payment);
            payment.Allocate(receivable, 500m, financeId, app.Clock.GetCurrentInstant());
            await sp.GetRequiredService<SettlementService>().SettleAsync([receivable], financeId, payment.PaidOn, CancellationToken.None);
            await db.SaveChangesAsync();
        });
        var awaiting = await ReloadAsync(milestone.Id);
        Assert.Equal(ReceivableStatus.AwaitingReceipt, awaiting.Status);
        using var finance = await app.SignInAsync("finance", "en");

        var confirmed = await PostAsync(finance, milestone.Id, "Confirm", new() { ["version"] = $"{awaiting.Version}" }, ("回单.png", Png));

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var paid = await ReloadAsync(milestone.Id);
        Assert.Equal((ReceivableStatus.Paid, new LocalDate(2026, 11, 20)), (paid.Status, paid.PaidOn));
        Assert.Contains(await PublishedAsync<MilestonePaid>(), e => e.MilestoneId == milestone.Id);
        Assert.Contains(await PublishedAsync<DealClosedLoop>(), e => e.ContractId == milestone.ContractId);
        using var owner = await app.SignInAsync("sales05");
        using var other = await app.SignInAsync("sales06");
        var download = await owner.GetAsync($"/Collections/Receipts/Download?id={paid.ReceiptId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var headers = download.Content.Headers;
        Assert.Equal(("attachment", "image/png"), (headers.ContentDisposition?.DispositionType, headers.ContentType?.MediaType));
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Collections/Receipts/Download?id={paid.ReceiptId}")).StatusCode);
        Assert.Contains("成交闭环", await owner.GetStringAsync($"/Collections/Contracts/Detail?id={milestone.ContractId}"));
    }

    [Fact]
    public async Task Given_the_settings_page_Then_a_salesperson_gets_403_Finance_saves_and_a_stale_form_answers_409_unchanged()
    {
        const string url = "/Collections/Settings";
        using var sales = await app.SignInAsync("sales01");
        using var finance = await app.SignInAsync("finance", "en");
        Dictionary<string, string> Form(int days) => new()
        {
            ["Input.Version"] = "0", ["Input.ReportEscalationHours"] = "48", ["Input.ReportEscalationRole"] = Roles.GeneralManager,
            ["Input.ReportEscalationUserName"] = "", ["Input.UntaggedEscalationDays"] = $"{days}",
            ["Input.ReceiptRequiredTypes"] = MilestoneType.Deposit,
        };

        var denied = await sales.GetAsync(url);
        var inserted = await finance.PostFormAsync(url, Form(3), url);
        var changed = await finance.PostFormAsync(url, Form(4), url);
        var stale = await finance.PostFormAsync(url, Form(9), url);

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (inserted.StatusCode, changed.StatusCode));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var settings = await Db(db => db.Settings.AsNoTracking().SingleAsync());
        Assert.Equal((4, 1), (settings.UntaggedEscalationDays, settings.Version));
        Assert.True(settings.RequiresReceipt(MilestoneType.Deposit));
        Assert.False(settings.RequiresReceipt(MilestoneType.Retention));
    }
}
