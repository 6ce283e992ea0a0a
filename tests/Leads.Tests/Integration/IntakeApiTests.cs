using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Tests.Integration;

public sealed class IntakeApiTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private async Task<string> IssueKeyAsync(bool revoked = false)
    {
        var key = IntakeKey.NewKey();
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeadsDbContext>();
            var entity = new IntakeKey(Guid.NewGuid(), "官网表单", IntakeKey.Hash(key), key[..8], factory.Clock.GetCurrentInstant());
            if (revoked)
            {
                entity.Revoke();
            }
            db.IntakeKeys.Add(entity);
            await db.SaveChangesAsync();
        });
        return key;
    }

    private static HttpRequestMessage Post(string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/leads/intake") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", key);
        return request;
    }

    [Fact]
    public async Task Given_fields_longer_than_the_form_allows_When_posting_Then_400_names_each_field_and_nothing_is_saved()
    {
        var key = await IssueKeyAsync();
        var body = new { contactName = new string('王', 101), company = new string('公', 201), phone = "13755550001", notes = new string('x', 1001) };

        using var request = Post(key, body);
        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal(["company", "contactName", "notes"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Given_a_revoked_key_When_posting_Then_401()
    {
        var key = await IssueKeyAsync(revoked: true);

        using var request = Post(key, new { contactName = "吴刚", company = "嘉兴智控", phone = "13755550002" });
        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Given_more_than_60_requests_a_minute_with_one_key_When_posting_Then_429_for_that_key_only()
    {
        var noisy = await IssueKeyAsync();
        var quiet = await IssueKeyAsync();
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 61; i++)
        {
            using var request = Post(noisy, new { company = "x" });
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }

        using var other = Post(quiet, new { company = "x" });
        var otherStatus = (await client.SendAsync(other)).StatusCode;

        Assert.All(statuses.Take(60), s => Assert.Equal(HttpStatusCode.BadRequest, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[60]);
        Assert.Equal(HttpStatusCode.BadRequest, otherStatus);
    }
}
