using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain.Commissions;
using SalesSuite.Quotes.Contracts;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Testing;
using static SalesSuite.Collections.Tests.Integration.CommissionScenario;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>Monthly commission statements from collected cash, on the real host and real SQLite (today: 2026-11-23).</summary>
public sealed class CommissionStatementTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly LocalDate September = new(2026, 9, 1);
    private static readonly LocalDate October = new(2026, 10, 1);
    private static readonly LocalDate November = new(2026, 11, 1);

    [Fact]
    public async Task Given_cash_collected_in_a_month_When_Finance_generates_and_the_manager_approves_Then_it_is_tiered_traceable_and_published()
    {
        await EnsureRulesAsync(app);
        var contract = await ContractAsync(app, "sales01", 200_000m, [new AcceptedLine("MD", 120_000m), new AcceptedLine("SW", 80_000m)]);
        var payment = await PayAsync(app, contract, 200_000m, October.PlusDays(14));
        using var finance = await app.SignInAsync("finance", "en");

        await GenerateAsync(finance, "2026-10");

        var statement = (await StatementAsync(app, "sales01", October))!;
        Assert.Equal((CommissionStatementStatus.Draft, 200_000m), (statement.Status, statement.Collected));
        // MD 120,000 on the default rule: 100,000 × 2% + 20,000 × 3%; SW 80,000 on its own rule: × 5%.
        Assert.Equal([("MD", 120_000m, 2_600m), ("SW", 80_000m, 4_000m)],
            statement.Lines.OrderBy(l => l.Order).Select(l => (l.ProductLine!, l.Amount, l.Commission)));
        Assert.Equal(6_600m, statement.Total);
        Assert.All(statement.Lines, l => Assert.Equal((payment, contract), (l.PaymentId, l.ContractId)));

        using var sales01 = await app.SignInAsync("sales01", "en");
        var page = await sales01.GetStringAsync(Detail(statement.Id));
        Assert.Contains($"/Collections/Payments/Detail?id={payment}", page);
        Assert.Contains($"/Collections/Receivables/Detail?id={statement.Lines[0].ReceivableId}", page);
        Assert.DoesNotContain("commission-approve", page);
        Assert.Contains(statement.Id.ToString(), await sales01.GetStringAsync(Statements));

        var own = await sales01.HtmxPostAsync($"{Detail(statement.Id)}&handler=Approve", new() { ["version"] = "0" }, Detail(statement.Id));
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);

        using var sales02 = await app.SignInAsync("sales02", "en");
        using var otherTeam = await app.SignInAsync("mgr.north", "en");
        Assert.Equal(HttpStatusCode.NotFound, (await sales02.GetAsync(Detail(statement.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sales02.GetAsync($"{Detail(statement.Id)}&handler=Csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sales02.GetAsync($"{Detail(statement.Id)}&handler=Pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTeam.GetAsync(Detail(statement.Id))).StatusCode);
        Assert.DoesNotContain(statement.Id.ToString(), await sales02.GetStringAsync(Statements));

        var csv = await sales01.GetAsync($"{Detail(statement.Id)}&handler=Csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Contains("SW", text);
        Assert.Contains("6600", text);
        var pdf = await sales01.GetAsync($"{Detail(statement.Id)}&handler=Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.True(PdfText.Shows(await pdf.Content.ReadAsByteArrayAsync(), "6,600.00"));

        using var manager = await app.SignInAsync("mgr.east", "en");
        Assert.Contains("commission-approve", await manager.GetStringAsync(Detail(statement.Id)));
        var approved = await manager.PostFormAsync($"{Detail(statement.Id)}&handler=Approve", new() { ["version"] = "0" }, Detail(statement.Id));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var after = (await StatementAsync(app, "sales01", October))!;
        Assert.Equal((CommissionStatementStatus.Approved, await app.UserIdAsync("mgr.east")), (after.Status, after.ApprovedBy!.Value));
        var published = await app.InScopeAsync(async sp => (await sp.GetRequiredService<CollectionsDbContext>().Outbox.AsNoTracking()
                .Where(m => m.Type.Contains(nameof(CommissionStatementApproved))).ToListAsync())
            .Select(m => (CommissionStatementApproved)EventSerializer.Deserialize(m.Type, m.Payload))
            .Where(e => e.StatementId == statement.Id).ToList());
        var evt = Assert.Single(published);
        Assert.Equal((await app.UserIdAsync("sales01"), October, 6_600m, "CNY"), (evt.UserId, evt.PeriodStart, evt.Amount, evt.Currency));

        var again = await manager.HtmxPostAsync($"{Detail(statement.Id)}&handler=Approve", new() { ["version"] = "0" }, Detail(statement.Id));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Given_a_payment_reversed_before_and_one_after_approval_Then_the_first_drops_out_and_the_next_month_claws_the_second_back()
    {
        await EnsureRulesAsync(app);
        var kept = await PayAsync(app, await ContractAsync(app, "sales02", 50_000m), 50_000m, September.PlusDays(9));
        var early = await PayAsync(app, await ContractAsync(app, "sales02", 10_000m, customerType: "医院"), 10_000m, September.PlusDays(19));
        using var finance = await app.SignInAsync("finance", "en");
        using var director = await app.SignInAsync("director", "en");
        await GenerateAsync(finance, "2026-09");
        Assert.Equal(2, (await StatementAsync(app, "sales02", September))!.Lines.Count);

        await ReverseAsync(app, early);
        var draft = (await StatementAsync(app, "sales02", September))!;
        var stale = await director.HtmxPostAsync($"{Detail(draft.Id)}&handler=Approve", new() { ["version"] = draft.Version.ToString() },
            Detail(draft.Id));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stale.StatusCode);
        Assert.Contains("generate the month again", await stale.Content.ReadAsStringAsync());
        await GenerateAsync(finance, "2026-09");
        draft = (await StatementAsync(app, "sales02", September))!;
        var line = Assert.Single(draft.Lines);
        Assert.Equal((kept, (string?)null, 50_000m, 1_000m), (line.PaymentId, line.ProductLine, line.Amount, line.Commission));
        var approved = await director.PostFormAsync($"{Detail(draft.Id)}&handler=Approve", new() { ["version"] = draft.Version.ToString() },
            Detail(draft.Id));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        await ReverseAsync(app, kept);
        await GenerateAsync(finance, "2026-09");
        await GenerateAsync(finance, "2026-11");
        await GenerateAsync(finance, "2026-11");

        var september = (await StatementAsync(app, "sales02", September))!;
        Assert.Equal((CommissionStatementStatus.Approved, 1_000m, line.Id), (september.Status, september.Total, Assert.Single(september.Lines).Id));
        var november = (await StatementAsync(app, "sales02", November))!;
        var clawback = Assert.Single(november.Lines);
        Assert.Equal((CommissionLineKind.Clawback, -50_000m, -1_000m, kept, line.Id, new LocalDate(2026, 11, 23)),
            (clawback.Kind, clawback.Amount, clawback.Commission, clawback.PaymentId, clawback.ClawbackOfLineId!.Value, clawback.On));
        Assert.Equal(-1_000m, november.Total);
        Assert.Contains("data-kind=\"Clawback\"", await director.GetStringAsync(Detail(november.Id)));
    }
}
