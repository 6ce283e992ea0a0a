using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Host.Data;
using SalesSuite.Host.Notifications.Channels;
using SalesSuite.Host.Tests.Admin;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Channels;

/// <summary>A team's own WeCom / DingTalk robot (set up on /Admin/Channels) gets its members' notifications; others keep the company's.</summary>
public sealed class TeamRobotTests(ChannelAppFactory app) : IClassFixture<ChannelAppFactory>
{
    private const string Page = "/Admin/Channels";

    private Task<Guid> TeamAsync(string name) =>
        app.InScopeAsync(sp => sp.GetRequiredService<HostDbContext>().Teams.Where(t => t.Name == name).Select(t => t.Id).SingleAsync());

    private Task<ChannelRobot?> TeamRobotAsync(Guid team, DeliveryChannel channel) =>
        app.InScopeAsync(sp => sp.GetRequiredService<HostDbContext>().ChannelRobots.AsNoTracking()
            .SingleOrDefaultAsync(r => r.TeamId == team && r.Channel == channel));

    private static Dictionary<string, string> Robot(Guid team, DeliveryChannel channel, string url, int version = 0, bool isNew = true) => new()
    {
        ["Robot.TeamId"] = team.ToString(), ["Robot.Channel"] = channel.ToString(), ["Robot.Url"] = url,
        ["Robot.Enabled"] = "true", ["Robot.Version"] = version.ToString(), ["Robot.IsNew"] = isNew ? "true" : "false",
    };

    private async Task<string> PathOfAsync(HttpSink http, Guid user)
    {
        var request = await app.NotifyAsync(user, null, "Leads", "Notify_LeadReleased", "/Leads/Pool", "Acme " + Guid.NewGuid().ToString("N")[..6]);
        await app.DispatchAsync();
        var key = (await app.DeliveriesAsync(request)).Single(d => d.Channel == DeliveryChannel.WeCom).IdempotencyKey;
        return http.Requests.Single(r => r.Headers["Idempotency-Key"] == key).PathAndQuery;
    }

    [Fact]
    public async Task Given_a_team_robot_When_members_and_others_are_notified_Then_each_goes_to_their_teams_robot_or_the_companys()
    {
        using var http = new HttpSink();
        await app.ConfigureAsync(robots: [(DeliveryChannel.WeCom, http.Url("/company/wecom"), null)]);
        var east = await TeamAsync("华东一组");
        var admin = await app.SignInAsync("admin", "en");

        var added = await admin.PostFormAsync($"{Page}?handler=Robot", Robot(east, DeliveryChannel.WeCom, http.Url("/east/wecom")), Page);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await admin.GetStringAsync(Page);
        Assert.Contains($"data-team=\"{east}\" data-channel=\"WeCom\"", page);
        Assert.Equal("/east/wecom", await PathOfAsync(http, await app.UserIdAsync("sales01")));
        Assert.Equal("/company/wecom", await PathOfAsync(http, await app.UserIdAsync("sales04")));
        var csv = await admin.GetAsync($"{Page}?handler=TeamRobotsCsv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("华东一组", text);
        Assert.DoesNotContain("/east/wecom", text); // the URL carries the robot's key

        // Disabled, the team robot gives way to the company's; removed (stale version refused), the same.
        var robot = (await TeamRobotAsync(east, DeliveryChannel.WeCom))!;
        var off = Robot(east, DeliveryChannel.WeCom, http.Url("/east/wecom"), robot.Version, isNew: false);
        off.Remove("Robot.Enabled");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"{Page}?handler=Robot", off, Page)).StatusCode);
        Assert.Equal("/company/wecom", await PathOfAsync(http, await app.UserIdAsync("sales02")));
        robot = (await TeamRobotAsync(east, DeliveryChannel.WeCom))!;
        var remove = $"{Page}?handler=RemoveTeamRobot&id={robot.Id}&version=";
        Assert.Equal(HttpStatusCode.Conflict, (await admin.HtmxPostAsync(remove + (robot.Version + 1), [], Page)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.HtmxPostAsync(remove + robot.Version, [], Page)).StatusCode);
        Assert.Null(await TeamRobotAsync(east, DeliveryChannel.WeCom));
    }

    [Fact]
    public async Task Given_a_team_robot_only_for_DingTalk_Then_only_that_teams_members_have_DingTalk_and_bad_forms_are_refused()
    {
        using var http = new HttpSink();
        await app.ConfigureAsync(robots: [(DeliveryChannel.WeCom, http.Url("/company/wecom"), null)]);
        var north = await TeamAsync("华北一组");
        var admin = await app.SignInAsync("admin", "en");
        var url = http.Url("/north/ding?access_token=n1");

        Assert.Equal(HttpStatusCode.Redirect,
            (await admin.PostFormAsync($"{Page}?handler=Robot", Robot(north, DeliveryChannel.DingTalk, url), Page)).StatusCode);

        var (team, company) = await app.InScopeAsync(async sp =>
        {
            var routing = sp.GetRequiredService<ChannelRouting>();
            return (await routing.ConfiguredAsync(north, default), await routing.ConfiguredAsync(null, default));
        });
        Assert.True(team.HasFlag(DeliveryChannel.DingTalk));
        Assert.False(company.HasFlag(DeliveryChannel.DingTalk));
        var again = await admin.PostFormAsync($"{Page}?handler=Robot", Robot(north, DeliveryChannel.DingTalk, url), Page);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("already has a robot for that channel", await again.Content.ReadAsStringAsync());
        var webhook = await admin.PostFormAsync($"{Page}?handler=Robot", Robot(north, DeliveryChannel.Webhook, url), Page);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, webhook.StatusCode);
        var unknown = await admin.PostFormAsync($"{Page}?handler=Robot", Robot(Guid.NewGuid(), DeliveryChannel.WeCom, url), Page);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var sales = await app.SignInAsync("sales04", "en");
        AdminTestKit.AssertRefused(await sales.PostFormAsync($"{Page}?handler=Robot", Robot(north, DeliveryChannel.WeCom, url), "/"));
        Assert.Null(await TeamRobotAsync(north, DeliveryChannel.WeCom));
    }
}
