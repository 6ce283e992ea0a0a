using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

public sealed class AttachmentTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private async Task<HttpResponseMessage> PostFollowUpAsync(HttpClient client, Guid customerId, string fileName, byte[] content)
    {
        var token = SignedInClient.AntiforgeryToken(await client.GetStringAsync("/Leads/FollowUps/New"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(customerId.ToString()), "Form.CustomerId" },
            { new StringContent("AdvanceSolution"), "Form.Objective" },
            { new StringContent("现场拍照记录设备铭牌"), "Form.Summary" },
            { new ByteArrayContent(content), "attachment", fileName },
        };
        return await client.PostAsync("/Leads/FollowUps/New", form);
    }

    private Task<Guid> CustomerAsync() => factory.QueryAsync(db => db.Customers.Where(c => c.Name.Contains("恒清")).Select(c => c.Id).SingleAsync());

    [Fact]
    public async Task Given_a_photo_When_logging_a_follow_up_Then_the_owner_downloads_it_and_others_get_404()
    {
        var customerId = await CustomerAsync();
        var client = await factory.SignInAsync("sales01");
        byte[] photo = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Encoding.ASCII.GetBytes("image bytes")];
        Assert.Equal(HttpStatusCode.Redirect, (await PostFollowUpAsync(client, customerId, "铭牌.png", photo)).StatusCode);

        var attachmentId = await factory.QueryAsync(db => db.Attachments.Select(a => a.Id).SingleAsync());
        var url = $"/Leads/Customers/Detail/{customerId}?handler=Attachment&attachmentId={attachmentId}";
        Assert.Contains("data-testid=\"attachment\"", await client.GetStringAsync($"/Leads/Customers/Detail/{customerId}"));
        Assert.Equal(photo, await client.GetByteArrayAsync(url));
        var other = await factory.SignInAsync("sales02");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("virus.exe", 100, "仅支持")]
    [InlineData("huge.pdf", 5 * 1024 * 1024 + 1, "超过 5 MB")]
    public async Task Given_a_bad_attachment_When_logging_a_follow_up_Then_the_field_is_named_and_nothing_is_saved(
        string name, int size, string message)
    {
        var customerId = await CustomerAsync();
        var client = await factory.SignInAsync("sales01");
        var before = await factory.QueryAsync(db => db.FollowUps.CountAsync());
        var response = await PostFollowUpAsync(client, customerId, name, new byte[size]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await factory.QueryAsync(db => db.FollowUps.CountAsync()));
    }
}
