using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>The quote's PDF: the same readers as the printable page, with the version label, customer, totals and QR code.</summary>
public sealed class QuotePdfTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    private Task<Guid> ScenarioIdAsync() => DbAsync(factory, db => db.Quotes.Where(q => q.Number == "Q-2026-0001").Select(q => q.Id).SingleAsync());

    [Fact]
    public async Task Given_the_owner_When_the_quote_pdf_is_asked_Then_it_is_a_pdf_with_the_version_label_customer_and_total()
    {
        var id = await ScenarioIdAsync();
        var sales = await factory.SignInAsync("sales07");

        var response = await sales.GetAsync($"/Quotes/Print/{id}?handler=Pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("quote-Q-2026-0001-V3.2-2026-11-23.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.True(PdfText.Shows(pdf, "V3.2"));
        Assert.True(PdfText.Shows(pdf, "Q-2026-0001"));
        Assert.True(PdfText.Shows(pdf, "2026-12-31"));
        Assert.True(PdfText.Shows(pdf, "生成时间 2026-11-23 09:00"));
        Assert.False(PdfText.Shows(pdf, "27,440.00")); // Finance's locked cost is not for the customer
        Assert.Contains(" re", PdfText.Inflated(pdf), StringComparison.Ordinal); // the QR code's squares
    }

    [Fact]
    public async Task Given_a_salesperson_who_cannot_see_the_quote_When_its_pdf_is_asked_Then_it_is_not_found()
    {
        var id = await ScenarioIdAsync();

        var response = await (await factory.SignInAsync("sales01")).GetAsync($"/Quotes/Print/{id}?handler=Pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Given_an_unknown_quote_When_its_pdf_is_asked_Then_it_is_not_found()
    {
        var response = await (await factory.SignInAsync("sales07")).GetAsync($"/Quotes/Print/{Guid.NewGuid()}?handler=Pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Given_the_quote_and_print_pages_Then_both_link_to_the_pdf()
    {
        var id = await ScenarioIdAsync();
        var sales = await factory.SignInAsync("sales07");

        Assert.Contains($"/Quotes/Print/{id}?handler=Pdf", await sales.GetStringAsync($"/Quotes/Details/{id}"));
        Assert.Contains($"/Quotes/Print/{id}?handler=Pdf", await sales.GetStringAsync($"/Quotes/Print/{id}"));
    }
}
