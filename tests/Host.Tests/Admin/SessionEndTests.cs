using System.Net;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Admin;

public sealed class SessionEndTests(ImmediateStampCheckFactory factory) : IClassFixture<ImmediateStampCheckFactory>
{
    [Fact]
    public async Task Given_an_open_session_When_the_user_is_deactivated_Then_the_next_request_is_sent_to_sign_in()
    {
        var victim = await factory.SignInAsync("sales07");
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync("/Notifications")).StatusCode);
        var admin = await factory.SignInAsync("admin");
        var subject = await factory.UserAsync("sales07");
        var edit = $"/Admin/Users/Edit/{subject.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(edit + "?handler=Deactivate", new(), edit)).StatusCode);

        var after = await victim.GetAsync("/Notifications");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.OriginalString);
    }
}
