using NodaTime;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Domain.Offer;

namespace SalesSuite.Quotes.Tests.Domain.Offer;

public sealed class LiveStateTests
{
    private static readonly LocalDate Today = new(2026, 11, 23);

    [Theory]
    [InlineData(nameof(QuoteStatus.Approved), false, "V2", 0, "V2:Open")]
    [InlineData(nameof(QuoteStatus.Approved), true, "V2", 0, "V2:Revoked")]
    [InlineData(nameof(QuoteStatus.Approved), false, "V2", -1, "V2:Expired")]
    [InlineData(nameof(QuoteStatus.Expired), false, "V2", 5, "V2:Expired")]
    [InlineData(nameof(QuoteStatus.Accepted), false, "V2", 0, "V2:Accepted")]
    [InlineData(nameof(QuoteStatus.InApproval), false, "V2", 3, "V2:Revising")]
    [InlineData(nameof(QuoteStatus.Draft), false, null, null, "-:Pending")]
    public void Given_a_quote_state_Then_the_token_names_the_shown_version_and_what_the_page_may_do(
        string status, bool revoked, string? label, int? validDays, string expected)
    {
        var state = LiveState.Of(Enum.Parse<QuoteStatus>(status), revoked, label, validDays is { } d ? Today.PlusDays(d) : null, Today);

        Assert.Equal(expected, state.Token);
    }

    [Fact]
    public void Given_a_token_that_matches_no_quote_Then_it_reads_as_revoked()
    {
        Assert.Equal(LivePhase.Revoked, LiveState.Gone.Phase);
        Assert.NotEqual(LiveState.Of(QuoteStatus.Approved, false, "V1", Today, Today).Token, LiveState.Gone.Token);
    }
}
