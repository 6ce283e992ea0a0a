using Microsoft.EntityFrameworkCore;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

public sealed class PublicBaseUrlTests(PublicBaseUrlFactory factory) : IClassFixture<PublicBaseUrlFactory>
{
    [Fact]
    public async Task Given_a_configured_public_address_Then_the_customer_link_uses_it_never_the_Host_header()
    {
        var (id, token) = await DbAsync(factory, db => db.Quotes.Where(q => q.Number == "Q-2026-0001")
            .Select(q => new { q.Id, q.PublicToken }).SingleAsync().ContinueWith(t => (t.Result.Id, t.Result.PublicToken)));
        var sales = await factory.SignInAsync("sales07");

        var details = await sales.GetStringAsync($"/Quotes/Details/{id}");
        var print = await sales.GetStringAsync($"/Quotes/Print/{id}");

        Assert.Contains($"{PublicBaseUrlFactory.PublicBase}/q/{token}", details);
        Assert.Contains($"{PublicBaseUrlFactory.PublicBase}/q/{token}", print);
        Assert.DoesNotContain($"http://localhost/q/{token}", details);
    }
}
