using SalesSuite.Quotes.Application.Chain;
using SalesSuite.Quotes.Application.Drafts;
using SalesSuite.Quotes.Application.Rebates;

namespace SalesSuite.Quotes.Tests.Application;

/// <summary>Free text that reaches the database has a limit the validators state before the aggregate refuses.</summary>
public sealed class LengthValidatorTests
{
    [Fact]
    public void Given_too_long_terms_or_tags_Then_the_draft_validator_names_them()
    {
        var draft = new QuoteDraftInput
        {
            Lines = [new QuoteLineInput { ProductCode = "MD-PUMP-50", Quantity = 1 }], Terms = new string('t', 4001),
            Schedule = "预付款 100% 0", ValidUntil = "2026-12-31", Tags = new string('g', 201),
        };
        var errors = new QuoteDraftInputValidator().Validate(draft).Errors.Select(e => e.ErrorMessage).ToList();
        Assert.Contains("Quote_Error_TermsLength", errors);
        Assert.Contains("Quote_Error_TagsLength", errors);
    }

    [Fact]
    public void Given_a_too_long_required_tag_or_rebate_text_Then_they_are_refused()
    {
        var step = new ChainStepInput { SlaHours = 24, RequiredTag = new string('g', 51) };
        Assert.Contains(new ChainStepInputValidator().Validate(step).Errors, e => e.ErrorMessage == "Chain_Error_TagLength");
        var rule = new RebateRuleInput { MinPercent = 1, MaxPercent = 2, Documents = new string('d', 501) };
        Assert.Contains(new RebateRuleInputValidator().Validate(rule).Errors, e => e.ErrorMessage == "Rebate_Error_TextLength");
    }
}
