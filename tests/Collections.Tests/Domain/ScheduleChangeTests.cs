using NodaTime;
using SalesSuite.Collections.Application.Contracts;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Domain;

/// <summary>The manual form's schedule rows (percentages split to the fen) and the revision a schedule change leaves.</summary>
public sealed class ScheduleChangeTests
{
    private static ScheduleRowInput Row(string name, decimal? amount = null, decimal? percent = null, int? days = null) =>
        new() { Name = name, Amount = amount, Percent = percent, DueDays = days };

    [Fact]
    public void Given_percentage_rows_When_turned_into_terms_Then_the_parts_are_whole_fen_and_sum_to_the_contract()
    {
        var terms = ScheduleRows.ToTerms(
            1000.01m, [Row("首付款", percent: 33.33m), Row("到货款", percent: 33.33m), Row("验收款", percent: 33.34m), new()]);

        Assert.Equal(1000.01m, terms.Sum(t => t.Amount));
        Assert.All(terms, t => Assert.Equal(decimal.Round(t.Amount, 2), t.Amount));
        Assert.Equal(3, terms.Count);
    }

    [Fact]
    public void Given_fixed_and_percentage_rows_When_turned_into_terms_Then_the_percentages_share_the_rest()
    {
        var terms = ScheduleRows.ToTerms(
            100_000m, [Row("首付款", percent: 30m), Row("到货款", percent: 60m), Row("质保金", amount: 10_000m, days: 365)]);

        Assert.Equal([30_000m, 60_000m, 10_000m], terms.Select(t => t.Amount));
        Assert.Equal(365, terms[2].DueDaysAfterAcceptance);
    }

    [Fact]
    public void Given_percentages_that_do_not_make_the_whole_Then_they_are_refused()
    {
        var refusal = Assert.Throws<DomainException>(() => ScheduleRows.ToTerms(1000m, [Row("A", percent: 30m), Row("B", percent: 60m)]));

        Assert.Equal("Contract_Error_PercentTotal", refusal.Key);
    }

    [Fact]
    public void Given_a_contract_When_its_schedule_is_changed_Then_the_revision_steps_and_the_total_stays()
    {
        var contract = Build.Contract(300m, 700m);
        var first = contract.Milestones[0];

        var part = contract.Split(first.Id, 100m, "首付款（二）", new LocalDate(2026, 3, 1), "客户分两次付", AppFactory.DefaultNow);
        contract.MoveDueDate(part.Id, new LocalDate(2026, 4, 1), "客户申请延期");
        var change = new ScheduleChange(Guid.NewGuid(), contract, ScheduleChange.MoveDueDate, part.Id, " 客户申请延期 ", "x", Guid.NewGuid(),
            AppFactory.DefaultNow);

        Assert.Equal(2, contract.ScheduleRevision);
        Assert.Equal((2, "客户申请延期"), (change.Revision, change.Reason));
        Assert.Equal(1000m, contract.Milestones.Sum(m => m.Amount));
        Assert.Equal([1, 2, 3], contract.Milestones.OrderBy(m => m.Sequence).Select(m => m.Sequence));
    }

    [Fact]
    public void Given_no_reason_When_the_schedule_is_changed_Then_it_is_refused_and_the_revision_stays()
    {
        var contract = Build.Contract(300m, 700m);

        var amounts = new Dictionary<Guid, decimal> { [contract.Milestones[0].Id] = 400m, [contract.Milestones[1].Id] = 600m };

        Assert.Equal("Contract_Error_ReasonRequired", Assert.Throws<DomainException>(() => contract.ChangeAmounts(amounts, "")).Key);
        Assert.Equal(0, contract.ScheduleRevision);
        Assert.Equal([300m, 700m], contract.Milestones.Select(m => m.Amount));
    }

    [Fact]
    public void Given_the_manual_form_When_the_amount_has_three_decimals_or_a_row_has_both_amount_and_percent_Then_the_validator_says_where()
    {
        var input = new ContractInput
        {
            Customer = "C-1", Amount = 100.123m, Currency = "CNY", SignedOn = "2026-11-23",
            Rows = [new() { Name = "首付款", Amount = 50m, Percent = 50m }],
        };

        var errors = new ContractInputValidator().Validate(input).Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ToList();

        Assert.Contains(("Amount", "Contract_Error_Amount"), errors);
        Assert.Contains(("Rows[0].Amount", "Contract_Error_AmountOrPercent"), errors);
    }

    [Fact]
    public void Given_settings_out_of_range_When_changed_Then_they_are_refused_and_kept()
    {
        var settings = new CollectionsSettings();

        Assert.Equal("Settings_Error_Hours", Assert.Throws<DomainException>(() =>
            settings.Change(0, Roles.GeneralManager, null, 3, [])).Key);
        settings.Change(24, Roles.Finance, " gm ", 5, [MilestoneType.Retention, MilestoneType.Deposit]);

        Assert.Equal((24, "gm", 5), (settings.ReportEscalationHours, settings.ReportEscalationUserName, settings.UntaggedEscalationDays));
        Assert.True(settings.RequiresReceipt(MilestoneType.Deposit));
        Assert.False(settings.RequiresReceipt(MilestoneType.Delivery));
    }
}
