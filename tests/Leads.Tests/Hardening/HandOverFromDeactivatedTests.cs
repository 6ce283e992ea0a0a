using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Tests.Integration;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Hardening;

public sealed class HandOverFromDeactivatedTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    [Fact]
    public async Task Given_sales03_was_deactivated_first_When_the_manager_hands_over_Then_it_works_and_the_report_is_a_get()
    {
        var from = await factory.UserIdAsync("sales03");
        var to = await factory.UserIdAsync("sales02");
        Assert.True(await factory.QueryAsync(db => db.Customers.AnyAsync(c => c.OwnerId == from)));
        var admin = await factory.SignInAsync("admin");
        var edit = $"/Admin/Users/Edit/{from}";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(edit + "?handler=Deactivate", [], edit)).StatusCode);

        var manager = await factory.SignInAsync("mgr.east");
        Assert.Contains($"value=\"{from}\"", await manager.GetStringAsync("/Leads/HandOver"));
        var post = await manager.PostFormAsync(
            "/Leads/HandOver", new() { ["fromUserId"] = from.ToString(), ["toUserId"] = to.ToString() }, "/Leads/HandOver");

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        var location = post.Headers.Location!.ToString();
        Assert.Contains("report=", location);
        var report = await manager.GetStringAsync(location);
        Assert.Contains("data-testid=\"handover-report\"", report);
        Assert.False(await factory.QueryAsync(db => db.Customers.AnyAsync(c => c.OwnerId == from && c.MergedIntoId == null)));
        // A refresh of the report page is a GET: nothing is handed over twice.
        await manager.GetStringAsync(location);
        Assert.Equal(1, await factory.QueryAsync(db => db.HandOvers.CountAsync(h => h.FromUserId == from)));

        // The receiver must be active: handing work to the deactivated person is refused.
        var sales01 = await factory.UserIdAsync("sales01");
        var refused = await manager.PostFormAsync(
            "/Leads/HandOver", new() { ["fromUserId"] = sales01.ToString(), ["toUserId"] = from.ToString() }, "/Leads/HandOver");
        Assert.DoesNotContain("report=", refused.Headers.Location?.ToString() ?? "");
        Assert.True(await factory.QueryAsync(db => db.Customers.AnyAsync(c => c.OwnerId == sales01)));
    }
}
