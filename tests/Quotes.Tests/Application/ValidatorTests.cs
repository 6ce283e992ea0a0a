using SalesSuite.Quotes.Application.Chain;
using SalesSuite.Quotes.Application.Drafts;
using SalesSuite.Quotes.Application.Rebates;

namespace SalesSuite.Quotes.Tests.Application;

/// <summary>Input validators without a host: messages are resource keys, line errors name the row.</summary>
public sealed class ValidatorTests
{
    private static QuoteDraftInput Draft(params QuoteLineInput[] lines) => new()
    {
        Lines = [.. lines], Terms = "条款", Schedule = "预付款 30% 0\n发货款 70% 30", ValidUntil = "2026-12-31",
    };

    [Fact]
    public void Given_a_complete_draft_Then_it_is_valid()
    {
        Assert.True(new QuoteDraftInputValidator().Validate(Draft(new QuoteLineInput { ProductCode = "MD-PUMP-50", Quantity = 2 })).IsValid);
    }

    [Fact]
    public void Given_a_bad_discount_on_the_second_row_Then_the_error_names_row_2()
    {
        var result = new QuoteDraftInputValidator().Validate(Draft(
            new QuoteLineInput { ProductCode = "MD-PUMP-50", Quantity = 1 },
            new QuoteLineInput { ProductCode = "SV-INSTALL", Quantity = 1, DiscountPercent = 120 }));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Edit_Error_LineNumbers", error.ErrorMessage);
        Assert.Equal("Lines[1].Quantity", error.PropertyName);
        Assert.Equal([2], (object[])error.CustomState);
    }

    [Fact]
    public void Given_only_blank_rows_a_bad_schedule_and_no_date_Then_each_is_named()
    {
        var input = Draft(new QuoteLineInput { ProductCode = "MD-PUMP-50", Quantity = 0 });
        input.Schedule = "whenever";
        input.ValidUntil = "31.12.2026";

        var keys = new QuoteDraftInputValidator().Validate(input).Errors.Select(e => e.ErrorMessage).ToList();

        Assert.Equal(["Quote_Error_NoLines", "Edit_Error_Schedule", "Edit_Error_ValidUntil"], keys);
    }

    [Fact]
    public void Given_a_chain_step_with_a_zero_SLA_Then_the_SLA_is_refused_and_an_empty_urgent_SLA_is_fine()
    {
        var result = new ChainStepInputValidator().Validate(new ChainStepInput { SlaHours = 0, UrgentSlaHours = null, Enabled = true });
        Assert.Equal(["Chain_Error_Sla"], result.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Given_settings_outside_their_ranges_Then_both_are_refused()
    {
        var result = new ChainSettingsInputValidator().Validate(new ChainSettingsInput { MinMarginPercent = 120, DefaultValidityDays = 0 });
        Assert.Equal(["Chain_Error_MinMargin", "Chain_Error_Validity"], result.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Given_a_rebate_band_whose_upper_amount_is_not_above_the_lower_Then_it_is_refused()
    {
        var input = new RebateRuleInput { MinAmount = 100_000m, MaxAmount = 100_000m, MinPercent = 1, MaxPercent = 5, PayoutDays = 30 };
        Assert.Equal(["Rebate_Error_MaxAmount"], new RebateRuleInputValidator().Validate(input).Errors.Select(e => e.ErrorMessage));
    }
}
