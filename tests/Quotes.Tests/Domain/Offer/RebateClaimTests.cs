using NodaTime;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Domain.Offer;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Quotes.Tests.Domain.Offer;

public sealed class RebateClaimTests
{
    private static RebateClaim Claim() => new(Guid.NewGuid(), Guid.NewGuid(),
        new RebateRequest("经销商", "MD-MON-200", 100_000m, 30, new LocalDate(2026, 12, 1)),
        new RebateResult(1m, 3m, 1_000m, 3_000m, ["发票", "验收单"], new LocalDate(2027, 1, 30)), "Q-2026-0001", TestQuotes.Now);

    [Fact]
    public void Given_an_open_request_When_refused_without_a_reason_Then_it_stays_open_and_with_one_it_is_refused_once()
    {
        var claim = Claim();

        Assert.Equal("Offer_Error_RebateReason", Assert.Throws<DomainException>(() => claim.Decide(false, Guid.NewGuid(), " ", TestQuotes.Now)).Key);
        Assert.Equal(RebateClaimStatus.Open, claim.Status);

        claim.Decide(false, Guid.NewGuid(), "缺少验收单", TestQuotes.Now);
        Assert.Equal(RebateClaimStatus.Refused, claim.Status);
        Assert.Equal("缺少验收单", claim.DecisionNote);
        Assert.Equal("Offer_Error_RebateDecided", Assert.Throws<DomainException>(() => claim.Decide(true, Guid.NewGuid(), null, TestQuotes.Now)).Key);
    }

    [Fact]
    public void Given_an_open_request_When_completed_without_a_note_Then_it_is_completed_and_keeps_the_frozen_range()
    {
        var claim = Claim();

        claim.Decide(true, Guid.NewGuid(), null, TestQuotes.Now);

        Assert.Equal(RebateClaimStatus.Completed, claim.Status);
        Assert.Null(claim.DecisionNote);
        Assert.Equal((1_000m, 3_000m, "发票、验收单"), (claim.MinAmount, claim.MaxAmount, claim.Documents));
    }
}
