using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Quotes.Background;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>SLA breach → the approver's superior's to-do (copy to the sales manager) → second level; this class's own FakeClock.</summary>
public sealed class EscalationTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    private Task<int> TickAsync() => factory.InScopeAsync(sp => sp.GetRequiredService<QuoteMaintenanceWork>().TickAsync(default));

    private async Task<List<JsonElement>> NotesAsync(Guid quoteId, string key) =>
        (await OutboxAsync(factory, "NotificationRequested"))
            .Where(n => Prop(n, "TextKey").GetString() == key
                && (Prop(n, "Link").GetString() ?? "").Contains(quoteId.ToString(), StringComparison.Ordinal))
            .ToList();

    [Fact]
    public async Task Given_a_step_past_its_SLA_Then_the_superior_gets_a_todo_the_sales_manager_a_copy_and_later_the_second_level_once()
    {
        var deal = await OpenDealAsync(factory, "sales01");
        var sales = await factory.SignInAsync("sales01");
        var id = await DraftUntilAsync(sales, deal, "2027-12-31", ("MD-PUMP-50", 2, 0m));
        await SubmitAsync(sales, id);
        var director = await factory.UserIdAsync("director");
        var salesManager = await factory.UserIdAsync("mgr.east");
        // Read once before: the page's to-dos are cached per change stamp, so the escalation's save must give it a new
        // value (the step's escalation level and the new to-do both stamp the quotes; this fails only if neither does).
        Assert.DoesNotContain("data-testid=\"escalation-todos\"", await (await factory.SignInAsync("director", "en")).GetStringAsync("/Quotes"));

        factory.Clock.Advance(Duration.FromHours(24) + Duration.FromMinutes(1));
        await TickAsync();
        await TickAsync();

        var todos = await DbAsync(factory, db => db.Escalations.AsNoTracking().Where(e => e.QuoteId == id).ToListAsync());
        var first = Assert.Single(todos);
        Assert.Equal((1, director), (first.Level, first.AssigneeUserId!.Value));
        Assert.Equal(director, IdOf(Assert.Single(await NotesAsync(id, "Quote_Notify_SlaBreachedManager_Tech")), "RecipientUserId"));
        Assert.Equal(salesManager, IdOf(Assert.Single(await NotesAsync(id, "Appr_Notify_EscalationCopy")), "RecipientUserId"));
        var log = await DbAsync(factory, db => db.OperationLog.AsNoTracking().Where(e => e.EntityId == id.ToString()).ToListAsync());
        Assert.Contains(log, e => e.Operation == "Quote.Escalate" && e.EntityType.Contains("ApprovalEscalation", StringComparison.Ordinal));

        var directorPage = await (await factory.SignInAsync("director", "en")).GetStringAsync("/Quotes");
        Assert.Contains("data-testid=\"escalation-todos\"", directorPage);
        Assert.Contains($"/Quotes/Details/{id}", directorPage);
        Assert.DoesNotContain("escalation-todo\"", await sales.GetStringAsync("/Quotes"));

        factory.Clock.Advance(Duration.FromHours(23));
        await TickAsync();
        Assert.Empty(await NotesAsync(id, "Appr_Notify_SecondLevel"));

        factory.Clock.Advance(Duration.FromHours(1));
        await TickAsync();
        await TickAsync();
        var second = Assert.Single(await NotesAsync(id, "Appr_Notify_SecondLevel"));
        Assert.Equal("GeneralManager", Prop(second, "RecipientRole").GetString());
        Assert.Equal(2, await DbAsync(factory, db => db.Escalations.CountAsync(e => e.QuoteId == id)));
        var gm = await factory.SignInAsync("gm");
        Assert.Contains("data-level=\"2\"", await gm.GetStringAsync("/Quotes/Escalations"));
        var csv = await gm.GetAsync("/Quotes/Escalations?handler=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);

        await DecideAsync(await factory.SignInAsync("tech"), id, true, custom: false);
        Assert.DoesNotContain($"/Quotes/Details/{id}", await (await factory.SignInAsync("director")).GetStringAsync("/Quotes/Escalations"));
    }
}
