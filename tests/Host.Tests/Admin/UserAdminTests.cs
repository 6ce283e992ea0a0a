using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Host.Data;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Admin;

public sealed class UserAdminTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> NewUser(string userName, string password = SignedInClient.Password) => new()
    {
        ["Input.UserName"] = userName,
        ["Input.DisplayName"] = "新同事 New Colleague",
        ["Input.Email"] = userName + "@demo.salessuite.cn",
        ["Input.PhoneNumber"] = "13912345678",
        ["Input.Roles"] = "Salesperson",
        ["Input.Password"] = password,
    };

    [Fact]
    public async Task Given_invalid_input_When_creating_a_user_Then_each_field_says_what_is_wrong_in_english_and_nothing_is_saved()
    {
        var client = await factory.SignInAsync("admin", "en");
        var before = await factory.UserCountAsync();
        var response = await client.PostFormAsync("/Admin/Users/Create", new()
        {
            ["Input.UserName"] = "",
            ["Input.DisplayName"] = "",
            ["Input.Email"] = "not-an-email",
            ["Input.PhoneNumber"] = "call me",
            ["Input.Password"] = "short",
        }, "/Admin/Users/Create");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("User name is required.", AdminTestKit.FieldError(html, "Input.UserName"));
        Assert.Equal("Name is required.", AdminTestKit.FieldError(html, "Input.DisplayName"));
        Assert.Equal("E-mail is not a valid e-mail address.", AdminTestKit.FieldError(html, "Input.Email"));
        Assert.Equal("Phone is not a valid phone number.", AdminTestKit.FieldError(html, "Input.PhoneNumber"));
        Assert.Equal("Initial password must be between 8 and 100 characters.", AdminTestKit.FieldError(html, "Input.Password"));
        Assert.Equal("not-an-email", AdminTestKit.InputValue(html, "Input.Email"));
        Assert.Equal(before, await factory.UserCountAsync());
    }

    [Fact]
    public async Task Given_a_weak_password_When_creating_a_user_in_chinese_Then_the_password_field_explains_it_and_nothing_is_saved()
    {
        var client = await factory.SignInAsync("admin");
        await client.PostFormAsync("/Culture", new() { ["culture"] = "zh-CN", ["returnUrl"] = "/" });
        var before = await factory.UserCountAsync();
        var response = await client.PostFormAsync("/Admin/Users/Create", NewUser("weak.one", "abcdefgh"), "/Admin/Users/Create");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("新密码需包含至少一个数字。", AdminTestKit.FieldError(html, "Input.Password"));
        Assert.Equal(before, await factory.UserCountAsync());
    }

    [Fact]
    public async Task Given_a_taken_user_name_When_creating_a_user_Then_the_user_name_field_says_so()
    {
        var client = await factory.SignInAsync("admin", "en");
        var before = await factory.UserCountAsync();
        var response = await client.PostFormAsync("/Admin/Users/Create", NewUser("sales01"), "/Admin/Users/Create");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("This user name is already taken; choose another.", AdminTestKit.FieldError(html, "Input.UserName"));
        Assert.Equal(before, await factory.UserCountAsync());
    }

    [Fact]
    public async Task Given_valid_input_When_creating_a_user_Then_the_user_can_sign_in_with_the_role_and_the_history_has_no_secrets()
    {
        var admin = await factory.SignInAsync("admin", "en");
        var team = await factory.TeamAsync("华南一组");
        var manager = await factory.UserAsync("mgr.south");
        var fields = NewUser("sales10");
        fields["Input.TeamId"] = team.Id.ToString();
        fields["Input.ManagerId"] = manager.Id.ToString();
        var response = await admin.PostFormAsync("/Admin/Users/Create", fields, "/Admin/Users/Create");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await factory.UserAsync("sales10");
        Assert.Equal(team.Id, created.TeamId);
        Assert.Equal(manager.Id, created.ManagerId);
        await factory.SignInAsync("sales10");

        var page = await admin.GetStringAsync($"/Admin/Users/Edit/{created.Id}");
        var edit = page[page.IndexOf("data-testid=\"history\"", StringComparison.Ordinal)..];
        Assert.Contains("User.Create", edit);
        Assert.Contains("→ Salesperson", edit);
        Assert.Contains("→ " + manager.DisplayName, edit);
        Assert.DoesNotContain("PasswordHash", edit);
        Assert.DoesNotContain(created.PasswordHash!, edit);
        Assert.DoesNotContain(created.SecurityStamp!, edit);
        var log = await factory.InScopeAsync(sp => sp.GetRequiredService<HostDbContext>().OperationLog.AsNoTracking()
            .Where(x => x.EntityId == created.Id.ToString()).ToListAsync());
        var fieldsLogged = log.SelectMany(e => e.ReadChanges()).Select(c => c.Field).ToList();
        Assert.Contains("DisplayName", fieldsLogged);
        Assert.Contains("Roles", fieldsLogged);
        foreach (var secret in new[] { "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "NormalizedUserName", "NormalizedEmail" })
        {
            Assert.DoesNotContain(secret, fieldsLogged);
        }
    }

    [Fact]
    public async Task Given_an_edit_When_the_history_is_shown_Then_it_names_who_and_the_field_before_and_after()
    {
        var admin = await factory.SignInAsync("admin", "en");
        var subject = await factory.UserAsync("sales04");
        var edit = $"/Admin/Users/Edit/{subject.Id}";
        var response = await admin.PostFormAsync(edit, new()
        {
            ["Input.UserName"] = "sales04",
            ["Input.DisplayName"] = "赵磊 Zhao Lei (Key accounts)",
            ["Input.PhoneNumber"] = subject.PhoneNumber!,
            ["Input.Email"] = subject.Email!,
            ["Input.TeamId"] = subject.TeamId.ToString()!,
            ["Input.ManagerId"] = subject.ManagerId.ToString()!,
            ["Input.Roles"] = "Salesperson",
            ["Input.ConcurrencyStamp"] = subject.ConcurrencyStamp!,
        }, edit);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await admin.GetStringAsync(edit);
        var history = html[html.IndexOf("data-testid=\"history\"", StringComparison.Ordinal)..];
        Assert.Contains("User.Edit", history);
        Assert.Contains("系统管理员 Admin", history);
        Assert.Contains("赵磊 Zhao Lei</span> → 赵磊 Zhao Lei (Key accounts)", history);
        Assert.DoesNotContain("PasswordHash", history);
        Assert.DoesNotContain("SecurityStamp", history);
    }

    [Fact]
    public async Task Given_a_manager_choice_that_closes_a_loop_When_saving_Then_it_is_refused_with_a_clear_message()
    {
        var admin = await factory.SignInAsync("admin", "en");
        var director = await factory.UserAsync("director");
        var sales01 = await factory.UserAsync("sales01");
        var edit = $"/Admin/Users/Edit/{director.Id}";
        var response = await admin.PostFormAsync(edit, new()
        {
            ["Input.UserName"] = "director",
            ["Input.DisplayName"] = director.DisplayName,
            ["Input.ManagerId"] = sales01.Id.ToString(),
            ["Input.Roles"] = "SalesDirector",
            ["Input.ConcurrencyStamp"] = director.ConcurrencyStamp!,
        }, edit);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(
            sales01.DisplayName + " already reports (directly or indirectly) to this person",
            AdminTestKit.FieldError(html, "Input.ManagerId"));
        Assert.Equal(director.ManagerId, (await factory.UserAsync("director")).ManagerId);
    }

    [Fact]
    public async Task Given_a_user_as_their_own_manager_When_saving_Then_it_is_refused()
    {
        var admin = await factory.SignInAsync("admin", "en");
        var tech = await factory.UserAsync("tech");
        var edit = $"/Admin/Users/Edit/{tech.Id}";
        var response = await admin.PostFormAsync(edit, new()
        {
            ["Input.UserName"] = "tech",
            ["Input.DisplayName"] = tech.DisplayName,
            ["Input.ManagerId"] = tech.Id.ToString(),
            ["Input.Roles"] = "Tech",
            ["Input.ConcurrencyStamp"] = tech.ConcurrencyStamp!,
        }, edit);
        Assert.Equal(
            "A person cannot be their own manager; choose someone else.",
            AdminTestKit.FieldError(await response.Content.ReadAsStringAsync(), "Input.ManagerId"));
    }

    [Fact]
    public async Task Given_a_deactivated_user_When_signing_in_Then_it_is_refused_and_reactivation_lets_them_in_again()
    {
        var admin = await factory.SignInAsync("admin", "en");
        var subject = await factory.UserAsync("sales06");
        var edit = $"/Admin/Users/Edit/{subject.Id}";
        var response = await admin.PostFormAsync(edit + "?handler=Deactivate", new(), edit);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await factory.UserAsync("sales06");
        Assert.False(after.IsActive);
        Assert.NotEqual(subject.SecurityStamp, after.SecurityStamp);
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.SignInAsync("sales06"));
        Assert.Contains("User.Deactivate", await admin.GetStringAsync(edit));

        await admin.PostFormAsync(edit + "?handler=Activate", new(), edit);
        await factory.SignInAsync("sales06");
    }

    [Fact]
    public async Task Given_the_admin_When_deactivating_their_own_account_Then_it_is_refused()
    {
        var admin = await factory.SignInAsync("admin", "en");
        var me = await factory.UserAsync("admin");
        var edit = $"/Admin/Users/Edit/{me.Id}";
        var response = await admin.PostFormAsync(edit + "?handler=Deactivate", new(), edit);
        Assert.Contains("You cannot deactivate your own account.", await response.Content.ReadAsStringAsync());
        Assert.True((await factory.UserAsync("admin")).IsActive);
    }

    [Fact]
    public async Task Given_a_password_reset_When_the_user_signs_in_Then_only_the_new_password_works()
    {
        var admin = await factory.SignInAsync("admin", "en");
        var subject = await factory.UserAsync("marketing");
        var edit = $"/Admin/Users/Edit/{subject.Id}";
        var weak = await admin.PostFormAsync(edit + "?handler=ResetPassword", new() { ["NewPassword"] = "short" }, edit);
        Assert.NotEqual("", AdminTestKit.FieldError(await weak.Content.ReadAsStringAsync(), "NewPassword"));
        Assert.Equal(subject.PasswordHash, (await factory.UserAsync("marketing")).PasswordHash);

        var reset = await admin.PostFormAsync(edit + "?handler=ResetPassword", new() { ["NewPassword"] = "fresh2026x" }, edit);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.SignInAsync("marketing"));
        Assert.Contains("User.ResetPassword", await admin.GetStringAsync(edit));
    }

    [Fact]
    public async Task Given_a_locked_out_user_When_the_admin_unlocks_them_Then_they_can_sign_in()
    {
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HostDbContext>();
            var user = await db.Users.SingleAsync(u => u.UserName == "legal");
            user.LockoutEnd = DateTimeOffset.MaxValue;
            await db.SaveChangesAsync();
        });
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.SignInAsync("legal"));
        var admin = await factory.SignInAsync("admin", "en");
        var subject = await factory.UserAsync("legal");
        var edit = $"/Admin/Users/Edit/{subject.Id}";
        Assert.Contains("Locked out", await admin.GetStringAsync(edit));
        var response = await admin.PostFormAsync(edit + "?handler=Unlock", new(), edit);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await factory.SignInAsync("legal");
    }

    [Fact]
    public async Task Given_filters_When_listing_users_Then_only_matching_people_are_shown()
    {
        var admin = await factory.SignInAsync("admin", "en");
        var team = await factory.TeamAsync("华北一组");
        var byTeam = await admin.HtmxGetAsync($"/Admin/Users?Team={team.Id}&Role=Salesperson");
        var html = await byTeam.Content.ReadAsStringAsync();
        Assert.Contains("data-user=\"sales05\"", html);
        Assert.DoesNotContain("data-user=\"sales01\"", html);
        Assert.DoesNotContain("data-user=\"mgr.north\"", html);
        Assert.DoesNotContain("<html", html);
        var byPhone = await admin.GetStringAsync("/Admin/Users?Q=13900000109");
        Assert.Contains("data-user=\"sales09\"", byPhone);
        Assert.DoesNotContain("data-user=\"sales08\"", byPhone);
        var byName = await admin.GetStringAsync("/Admin/Users?Q=" + Uri.EscapeDataString("李娜"));
        Assert.Contains("data-user=\"mgr.south\"", byName);
    }

    [Fact]
    public async Task Given_the_admin_When_removing_their_own_admin_role_Then_it_is_refused()
    {
        var admin = await factory.SignInAsync("admin", "en");
        var me = await factory.UserAsync("admin");
        var edit = $"/Admin/Users/Edit/{me.Id}";
        var response = await admin.PostFormAsync(edit, new()
        {
            ["Input.UserName"] = "admin",
            ["Input.DisplayName"] = me.DisplayName,
            ["Input.Roles"] = "Salesperson",
            ["Input.ConcurrencyStamp"] = me.ConcurrencyStamp!,
        }, edit);
        Assert.StartsWith(
            "You cannot remove the Admin role from your own account",
            AdminTestKit.FieldError(await response.Content.ReadAsStringAsync(), "Input.Roles"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Users")).StatusCode);
    }

    [Fact]
    public async Task Given_a_user_changing_their_own_password_Then_the_history_names_it_without_the_hash()
    {
        var client = await factory.SignInAsync("delivery", "en");
        var response = await client.PostFormAsync("/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = SignedInClient.Password,
            ["Input.NewPassword"] = "newpass2026",
            ["Input.ConfirmPassword"] = "newpass2026",
        }, "/Account/ChangePassword");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var subject = await factory.UserAsync("delivery");
        var log = await factory.InScopeAsync(sp => sp.GetRequiredService<HostDbContext>().OperationLog.AsNoTracking()
            .Where(x => x.EntityId == subject.Id.ToString() && x.Operation == "User.ChangePassword").ToListAsync());
        var entry = Assert.Single(log);
        Assert.Equal(subject.Id, entry.ActorUserId);
        Assert.Empty(entry.ReadChanges());
        Assert.DoesNotContain(subject.PasswordHash!, entry.ChangesJson);
    }

    [Fact]
    public async Task Given_two_admins_editing_the_same_user_When_the_second_saves_Then_the_stale_edit_is_refused_and_the_input_kept()
    {
        var first = await factory.SignInAsync("admin", "en");
        var second = await factory.SignInAsync("admin", "en");
        var subject = await factory.UserAsync("sales08");
        var edit = $"/Admin/Users/Edit/{subject.Id}";
        Dictionary<string, string> Form(string name) => new()
        {
            ["Input.UserName"] = "sales08",
            ["Input.DisplayName"] = name,
            ["Input.ManagerId"] = subject.ManagerId.ToString()!,
            ["Input.TeamId"] = subject.TeamId.ToString()!,
            ["Input.Roles"] = "Salesperson",
            ["Input.ConcurrencyStamp"] = subject.ConcurrencyStamp!,
        };
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(edit, Form("孙鹏 Sun Peng (A)"), edit)).StatusCode);
        var stale = await second.PostFormAsync(edit, Form("孙鹏 Sun Peng (B)"), edit);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Someone else changed this record while you were editing.", System.Net.WebUtility.HtmlDecode(html));
        Assert.Equal("孙鹏 Sun Peng (B)", AdminTestKit.InputValue(html, "Input.DisplayName"));
        Assert.Equal("孙鹏 Sun Peng (A)", (await factory.UserAsync("sales08")).DisplayName);
    }
}
