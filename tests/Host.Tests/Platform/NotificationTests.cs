using System.Net;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Platform;

public sealed class NotificationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static async Task<int> BellCountAsync(HttpClient client)
    {
        var response = await client.HtmxGetAsync("/Notifications?handler=Count");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var marker = "data-count=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return int.Parse(html[start..html.IndexOf('"', start)], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Given_a_notification_for_one_user_When_delivered_Then_only_that_user_s_bell_counts_it()
    {
        var recipient = await factory.SignInAsync("sales07");
        var other = await factory.SignInAsync("sales08");
        var before = await BellCountAsync(recipient);
        var otherBefore = await BellCountAsync(other);

        await factory.PublishNotificationAsync(await factory.UserIdAsync("sales07"));
        Assert.Equal(before, await BellCountAsync(recipient)); // still in the outbox
        await factory.DrainOutboxesAsync();

        Assert.Equal(before + 1, await BellCountAsync(recipient));
        Assert.Equal(otherBefore, await BellCountAsync(other));
    }

    [Fact]
    public async Task Given_a_notification_for_a_role_When_delivered_Then_every_active_member_gets_one()
    {
        var managers = new[] { "mgr.east", "mgr.north", "mgr.south" };
        var clients = new List<HttpClient>();
        foreach (var name in managers)
        {
            clients.Add(await factory.SignInAsync(name));
        }
        var salesperson = await factory.SignInAsync("sales01");
        var before = new List<int>();
        foreach (var c in clients)
        {
            before.Add(await BellCountAsync(c));
        }
        var salesBefore = await BellCountAsync(salesperson);

        await factory.PublishNotificationAsync(null, Roles.RegionalManager);
        await factory.DrainOutboxesAsync();

        for (var i = 0; i < clients.Count; i++)
        {
            Assert.Equal(before[i] + 1, await BellCountAsync(clients[i]));
        }
        Assert.Equal(salesBefore, await BellCountAsync(salesperson));
    }

    [Fact]
    public async Task Given_someone_else_s_notification_When_marking_it_read_Then_404_and_the_owner_can_mark_it()
    {
        var owner = await factory.SignInAsync("sales02");
        var intruder = await factory.SignInAsync("sales03");
        await factory.PublishNotificationAsync(await factory.UserIdAsync("sales02"), link: "/Leads");
        await factory.DrainOutboxesAsync();
        var page = await owner.GetStringAsync("/Notifications");
        var id = System.Text.RegularExpressions.Regex.Match(page, "data-testid=\"mark-read\" hx-post=\"[^\"]*id=([0-9a-f-]{36})").Groups[1].Value;
        Assert.True(id.Length > 0, "no mark-read button");
        var unread = await BellCountAsync(owner);

        var stolen = await intruder.HtmxPostAsync($"/Notifications?handler=Read&id={id}", []);
        Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
        Assert.Equal(unread, await BellCountAsync(owner));

        var read = await owner.HtmxPostAsync($"/Notifications?handler=Read&id={id}", []);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(unread - 1, await BellCountAsync(owner));
    }
}
