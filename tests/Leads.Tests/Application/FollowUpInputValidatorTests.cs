using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using SalesSuite.Leads.Application.FollowUps;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Leads.Tests.Application;

public sealed class FollowUpInputValidatorTests
{
    // 2026-11-23 09:00 in Shanghai.
    private static readonly FollowUpInputValidator Validator =
        new(new BusinessClock(new FakeClock(Instant.FromUtc(2026, 11, 23, 1, 0)), Options.Create(new BusinessTimeOptions())));

    private static FollowUpInput Valid() => new()
    {
        CustomerId = Guid.NewGuid(), Objective = "AdvanceSolution", Summary = "现场确认设备参数", NextActionText = "寄样", NextActionDue = "2026-11-23",
    };

    private static IReadOnlyList<(string Property, string Message)> Errors(FollowUpInput input) =>
        Validator.Validate(input).Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ToList();

    [Fact]
    public void Given_a_complete_form_due_today_Then_it_is_valid()
    {
        Assert.Empty(Errors(Valid()));
    }

    [Fact]
    public void Given_a_lead_instead_of_a_customer_Then_it_is_valid()
    {
        var input = Valid();
        input.CustomerId = null;
        input.LeadId = Guid.NewGuid();
        Assert.Empty(Errors(input));
    }

    [Fact]
    public void Given_an_empty_form_Then_customer_objective_and_summary_are_named()
    {
        var errors = Errors(new FollowUpInput());
        Assert.Contains(("CustomerId", "FollowUp_CustomerRequired"), errors);
        Assert.Contains(("Objective", "FollowUp_ObjectiveRequired"), errors);
        Assert.Contains(("Summary", "FollowUp_SummaryRequired"), errors);
        Assert.Equal(3, errors.Count);
    }

    [Theory]
    [InlineData("2026-11-22")]
    [InlineData("not-a-date")]
    public void Given_a_due_date_in_the_past_or_unreadable_Then_the_due_date_is_refused(string due)
    {
        var input = Valid();
        input.NextActionDue = due;
        Assert.Equal([("NextActionDue", "FollowUp_DueInvalid")], Errors(input));
    }

    [Fact]
    public void Given_a_due_date_without_the_action_Then_the_action_text_is_required()
    {
        var input = Valid();
        input.NextActionText = " ";
        Assert.Equal([("NextActionText", "FollowUp_NextActionRequired")], Errors(input));
    }

    [Fact]
    public void Given_an_unknown_objective_and_a_long_summary_Then_both_are_refused_with_the_limit_as_argument()
    {
        var input = Valid();
        input.Objective = "Sell";
        input.Summary = new string('字', 301);
        var result = Validator.Validate(input);
        Assert.Contains(result.Errors, e => e.ErrorMessage == "FollowUp_ObjectiveRequired");
        var tooLong = Assert.Single(result.Errors, e => e.ErrorMessage == "FollowUp_SummaryTooLong");
        Assert.Equal([300], (object[])tooLong.CustomState);
    }
}
