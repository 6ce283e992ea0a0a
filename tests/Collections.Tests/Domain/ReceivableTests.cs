using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Domain;

public sealed class ReceivableTests
{
    [Fact]
    public void Given_a_blank_title_When_created_Then_the_aggregate_refuses()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            new Receivable(Guid.NewGuid(), Guid.NewGuid(), " ", 10m, "CNY", AppFactory.DefaultNow));

        Assert.Equal("Receivable_Error_TitleRequired", refusal.Key);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(0.001)]
    public void Given_an_amount_that_is_not_positive_fen_When_changed_Then_the_aggregate_refuses(decimal amount)
    {
        var entity = new Receivable(Guid.NewGuid(), Guid.NewGuid(), "ok", 10m, "CNY", AppFactory.DefaultNow);

        Assert.Equal("Receivable_Error_Amount", Assert.Throws<DomainException>(() => entity.ChangeAmount(amount)).Key);
        Assert.Equal(10m, entity.Amount);
    }
}
