using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Host.Identity;
using SalesSuite.Quotes.Background;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>
/// A level-1 superior outside the quote's visibility (tech reports to mgr.north here; the quote is sales01's, in East) opens
/// the escalated quote from the notification's link; another regional manager still gets 404. Own factory: the line changes.
/// </summary>
public sealed class EscalationAccessTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    [Fact]
    public async Task Given_the_approvers_superior_cannot_see_the_quote_When_the_SLA_escalates_to_them_Then_they_can_open_it()
    {
        var north = await factory.UserIdAsync("mgr.north");
        await factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var tech = await users.FindByNameAsync("tech");
            tech!.ManagerId = north;
            Assert.True((await users.UpdateAsync(tech)).Succeeded);
        });
        var sales = await factory.SignInAsync("sales01");
        var id = await DraftUntilAsync(sales, await OpenDealAsync(factory, "sales01"), "2027-12-31", ("MD-PUMP-50", 2, 0m));
        await SubmitAsync(sales, id);
        var mgrNorth = await factory.SignInAsync("mgr.north", "en");
        var mgrSouth = await factory.SignInAsync("mgr.south", "en");
        var details = $"/Quotes/Details/{id}";
        Assert.Equal(HttpStatusCode.NotFound, (await mgrNorth.GetAsync(details)).StatusCode);

        factory.Clock.Advance(Duration.FromHours(24) + Duration.FromMinutes(1));
        await factory.InScopeAsync(sp => sp.GetRequiredService<QuoteMaintenanceWork>().TickAsync(default));

        var todo = await DbAsync(factory, db => db.Escalations.AsNoTracking().SingleAsync(e => e.QuoteId == id && e.Level == 1));
        Assert.Equal(north, todo.AssigneeUserId);
        var note = (await OutboxAsync(factory, "NotificationRequested"))
            .Single(n => Prop(n, "TextKey").GetString() == "Quote_Notify_SlaBreachedManager_Tech"
                && Prop(n, "RecipientUserId").ToString() == north.ToString() && Prop(n, "Link").GetString() == details);
        Assert.Equal(details, Prop(note, "Link").GetString());
        var page = await mgrNorth.GetAsync(details);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(await DbAsync(factory, db => db.Quotes.Where(q => q.Id == id).Select(q => q.Number).SingleAsync()),
            await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await mgrNorth.GetAsync($"/Quotes/Timeline/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mgrSouth.GetAsync(details)).StatusCode);
    }
}
