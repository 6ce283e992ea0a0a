using Microsoft.Extensions.Options;
using NodaTime.Testing;
using SalesSuite.Collections.Application.Payments;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Application;

public sealed class PaymentInputValidatorTests
{
    private static readonly PaymentInputValidator Validator =
        new(new BusinessClock(new FakeClock(AppFactory.DefaultNow), Options.Create(new BusinessTimeOptions())));

    private static PaymentInput Valid() => new()
    {
        CustomerId = Guid.NewGuid(), BankReference = "BR-1", PaidOn = "2026-11-23", Amount = "1,200.50", Currency = "cny",
    };

    private static IEnumerable<(string Property, string Key)> Problems(PaymentInput input) =>
        Validator.Validate(input).Errors.Select(e => (e.PropertyName, e.ErrorMessage));

    [Fact]
    public void Given_a_complete_form_Then_it_is_valid()
    {
        Assert.Empty(Problems(Valid()));
    }

    [Theory]
    [InlineData("10.001")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("abc")]
    [InlineData("")]
    public void Given_an_amount_that_is_not_positive_whole_fen_Then_the_amount_field_has_Payment_Error_Amount(string amount)
    {
        var input = Valid();
        input.Amount = amount;

        Assert.Equal([("Amount", "Payment_Error_Amount")], Problems(input));
    }

    [Fact]
    public void Given_a_paid_date_tomorrow_in_Shanghai_Then_it_is_refused()
    {
        var input = Valid();
        input.PaidOn = "2026-11-24";

        Assert.Equal([("PaidOn", "Payment_Error_PaidOn")], Problems(input));
    }

    [Fact]
    public void Given_by_hand_lines_When_one_has_three_decimals_and_together_they_exceed_the_amount_Then_both_are_named()
    {
        var input = Valid();
        input.Amount = "100";
        input.Mode = AllocationMode.ByHand;
        input.Lines = [new() { ReceivableId = Guid.NewGuid(), Amount = "60.005" }, new() { ReceivableId = Guid.NewGuid(), Amount = "" },
            new() { ReceivableId = Guid.NewGuid(), Amount = "50" }];

        Assert.Equal([("Lines[0].Amount", "Payment_Error_LineAmount"), ("Lines", "Payment_Error_LinesBeyondAmount")], Problems(input));
    }

    [Fact]
    public void Given_oldest_first_Then_the_by_hand_lines_are_not_checked()
    {
        var input = Valid();
        input.Lines = [new() { ReceivableId = Guid.NewGuid(), Amount = "x" }];

        Assert.Empty(Problems(input));
    }
}
