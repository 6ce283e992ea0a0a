using System.Net;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Admin;

public sealed class TeamAdminTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> Form(string name, string region, Guid? leader, int version) => new()
    {
        ["Input.Name"] = name,
        ["Input.Region"] = region,
        ["Input.LeaderId"] = leader?.ToString() ?? "",
        ["Input.Version"] = version.ToString(),
    };

    [Fact]
    public async Task Given_two_admins_editing_the_same_team_When_the_second_saves_Then_the_stale_edit_is_refused_and_the_input_kept()
    {
        var first = await factory.SignInAsync("admin", "en");
        var second = await factory.SignInAsync("admin", "en");
        var team = await factory.TeamAsync("华南一组");
        var edit = $"/Admin/Teams/Edit/{team.Id}";
        var ok = await first.PostFormAsync(edit, Form("华南一组", "华南 South China (Guangzhou)", team.LeaderId, team.Version), edit);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        var stale = await second.PostFormAsync(edit, Form("华南大区", "South", team.LeaderId, team.Version), edit);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this record while you were editing.", System.Net.WebUtility.HtmlDecode(html));
        Assert.Equal("华南大区", AdminTestKit.InputValue(html, "Input.Name"));
        Assert.Equal("South", AdminTestKit.InputValue(html, "Input.Region"));
        var stored = await factory.TeamAsync("华南一组");
        Assert.Equal("华南 South China (Guangzhou)", stored.Region);
        Assert.Equal(team.Version + 1, stored.Version);
    }

    [Fact]
    public async Task Given_a_taken_name_When_creating_a_team_Then_the_name_field_says_so()
    {
        var admin = await factory.SignInAsync("admin", "en");
        var response = await admin.PostFormAsync("/Admin/Teams/Create", Form("华东一组", "East", null, 0), "/Admin/Teams/Create");
        Assert.Equal(
            "A team named '华东一组' already exists; choose another name.",
            AdminTestKit.FieldError(await response.Content.ReadAsStringAsync(), "Input.Name"));
    }

    [Fact]
    public async Task Given_a_new_team_When_its_leader_changes_Then_the_history_shows_both_leaders_by_name()
    {
        var admin = await factory.SignInAsync("admin", "en");
        var east = await factory.UserAsync("mgr.east");
        var north = await factory.UserAsync("mgr.north");
        var created = await admin.PostFormAsync("/Admin/Teams/Create", Form("西南一组", "西南 Southwest", east.Id, 0), "/Admin/Teams/Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var team = await factory.TeamAsync("西南一组");
        var edit = $"/Admin/Teams/Edit/{team.Id}";
        await admin.PostFormAsync(edit, Form("西南一组", "西南 Southwest", north.Id, team.Version), edit);
        var html = await admin.GetStringAsync(edit);
        var history = html[html.IndexOf("data-testid=\"history\"", StringComparison.Ordinal)..];
        Assert.Contains("Team.Create", history);
        Assert.Contains("Team.Edit", history);
        Assert.Contains($"{east.DisplayName}</span> → {north.DisplayName}", history);
    }

    [Fact]
    public async Task Given_the_roles_page_Then_every_role_has_a_count_and_a_description()
    {
        var admin = await factory.SignInAsync("admin", "en");
        var html = await admin.GetStringAsync("/Admin/Roles");
        foreach (var role in SalesSuite.SharedKernel.Identity.Roles.All)
        {
            Assert.Contains($"data-role=\"{role}\"", html);
        }
        Assert.Matches("data-role=\"Salesperson\">.*?class=\"num\">9</td>", html.Replace("\n", " ").Replace("\r", " "));
        Assert.Contains("Claims and follows up leads", html);
    }
}
