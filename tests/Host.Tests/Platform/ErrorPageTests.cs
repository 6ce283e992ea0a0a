using System.Net;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Platform;

public sealed class ErrorPageTests(ThrowingAppFactory factory) : IClassFixture<ThrowingAppFactory>
{
    [Fact]
    public async Task Given_an_unhandled_exception_When_a_signed_in_user_hits_it_Then_the_error_page_shows_the_response_s_correlation_id()
    {
        var client = await factory.SignInAsync("sales01", "en");

        var response = await client.GetAsync("/test/boom");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var id = Assert.Single(response.Headers.GetValues("X-Correlation-Id"));
        Assert.False(string.IsNullOrWhiteSpace(id));
        var html = await Html.ReadAsync(response);
        Assert.Contains("data-testid=\"error-page\"", html);
        Assert.Contains($"<code data-testid=\"correlation-id\">{id}</code>", html);
        Assert.Contains(Html.Text("Error_Title", "en"), html);
        Assert.DoesNotContain("boom", html);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Given_an_unknown_url_When_requested_Then_a_localised_404_page(string culture)
    {
        var client = await factory.SignInAsync(culture == "en" ? "sales02" : "sales03", culture);

        var response = await client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await Html.ReadAsync(response);
        Assert.Contains("data-testid=\"status-page\"", html);
        Assert.Contains(Html.Text("NotFound_Title", culture), html);
    }
}
