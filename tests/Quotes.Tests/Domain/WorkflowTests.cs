using NodaTime;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Quotes.Tests.Domain;

public sealed class WorkflowTests
{
    private static readonly Guid Tech = Guid.NewGuid();
    private static readonly Guid Finance = Guid.NewGuid();
    private static readonly Guid Legal = Guid.NewGuid();

    private static Quote Approved()
    {
        var quote = TestQuotes.Draft();
        quote.Submit(TestQuotes.Owner, TestQuotes.Chain(), TestQuotes.Today, TestQuotes.Now, null);
        quote.Decide(Tech, true, null, true, null, TestQuotes.Now);
        quote.Decide(Finance, true, null, null, new Dictionary<Guid, decimal> { [quote.Lines[0].LineId] = 55_000m }, TestQuotes.Now);
        quote.Decide(Legal, true, null, null, null, TestQuotes.Now);
        return quote;
    }

    [Fact]
    public void Given_a_submitted_quote_Then_V1_is_created_and_tech_is_active_with_its_SLA_clock()
    {
        var quote = TestQuotes.Draft();
        var version = quote.Submit(TestQuotes.Owner, TestQuotes.Chain(), TestQuotes.Today, TestQuotes.Now, null);
        Assert.Equal("V1", version.Label);
        Assert.Equal(StepKind.Tech, quote.ActiveStep!.Kind);
        Assert.Equal(TestQuotes.Now + Duration.FromHours(24), quote.ActiveStep.DueAt);
        Assert.False(quote.ActiveStep.IsOverdue(TestQuotes.Now + Duration.FromHours(24)));
        Assert.True(quote.ActiveStep.IsOverdue(TestQuotes.Now + Duration.FromHours(24) + Duration.FromMinutes(1)));
    }

    [Fact]
    public void Given_the_whole_chain_approves_Then_finance_locked_a_minor_version_which_becomes_effective()
    {
        var quote = Approved();
        Assert.Equal(QuoteStatus.Approved, quote.Status);
        Assert.Equal("V1.1", quote.ApprovedVersion!.Label);
        Assert.NotNull(quote.ApprovedVersion.CostLockedAt);
        Assert.Equal(55_000m, quote.ApprovedVersion.Lines[0].UnitCost);
        Assert.Equal(60_000m, quote.Versions.Single(v => v.Label == "V1").Lines[0].UnitCost);
    }

    [Fact]
    public void Given_the_owner_decides_their_own_quote_Then_it_is_refused()
    {
        var quote = TestQuotes.Draft();
        quote.Submit(TestQuotes.Owner, TestQuotes.Chain(), TestQuotes.Today, TestQuotes.Now, null);
        var error = Assert.Throws<DomainException>(() => quote.Decide(TestQuotes.Owner, true, null, false, null, TestQuotes.Now));
        Assert.Equal("Quote_Error_SelfApproval", error.Key);
    }

    [Fact]
    public void Given_a_rejection_without_reason_Then_it_is_refused_and_with_reason_returns_to_sales()
    {
        var quote = TestQuotes.Draft();
        quote.Submit(TestQuotes.Owner, TestQuotes.Chain(), TestQuotes.Today, TestQuotes.Now, null);
        var refusal = Assert.Throws<DomainException>(() => quote.Decide(Tech, false, " ", null, null, TestQuotes.Now));
        Assert.Equal("Quote_Error_ReasonRequired", refusal.Key);
        quote.Decide(Tech, false, "接口需求不清楚", null, null, TestQuotes.Now);
        Assert.Equal(QuoteStatus.Rejected, quote.Status);
        Assert.All(quote.CurrentRound.Skip(1), s => Assert.Equal(StepStatus.Cancelled, s.Status));
    }

    [Fact]
    public void Given_tech_approves_without_answering_custom_development_Then_it_is_refused()
    {
        var quote = TestQuotes.Draft();
        quote.Submit(TestQuotes.Owner, TestQuotes.Chain(), TestQuotes.Today, TestQuotes.Now, null);
        var refusal = Assert.Throws<DomainException>(() => quote.Decide(Tech, true, null, null, null, TestQuotes.Now));
        Assert.Equal("Quote_Error_TechQuestion", refusal.Key);
    }

    [Fact]
    public void Given_an_approved_quote_When_edited_and_resubmitted_Then_it_becomes_V2_with_a_new_approval_round()
    {
        var quote = Approved();
        quote.Edit([TestQuotes.Line(qty: 2)], "新条款", PaymentScheduleText.Default, TestQuotes.Today.PlusDays(30), false, "", TestQuotes.Now);
        Assert.Equal("V1.1", quote.ApprovedVersion!.Label); // still effective until the new one is approved
        var v2 = quote.Submit(TestQuotes.Owner, TestQuotes.Chain(), TestQuotes.Today, TestQuotes.Now, "数量变更");
        Assert.Equal("V2", v2.Label);
        Assert.Equal(2, quote.Round);
        Assert.Equal(StepKind.Tech, quote.ActiveStep!.Kind);
    }

    [Fact]
    public void Given_a_quote_in_approval_Then_it_cannot_be_edited()
    {
        var quote = TestQuotes.Draft();
        quote.Submit(TestQuotes.Owner, TestQuotes.Chain(), TestQuotes.Today, TestQuotes.Now, null);
        Assert.Throws<DomainException>(() =>
            quote.Edit([TestQuotes.Line()], "", PaymentScheduleText.Default, TestQuotes.Today, false, "", TestQuotes.Now));
    }

    [Fact]
    public void Given_an_expired_quote_Then_edit_is_refused_and_renewal_leads_to_a_new_major_version()
    {
        var quote = Approved();
        quote.Expire();
        Assert.Equal("Quote_Error_ExpiredRenew", Assert.Throws<DomainException>(() =>
            quote.Edit([TestQuotes.Line()], "", PaymentScheduleText.Default, TestQuotes.Today, false, "", TestQuotes.Now)).Key);
        quote.Renew(TestQuotes.Today.PlusDays(60), TestQuotes.Today, TestQuotes.Now);
        Assert.Equal("V2", quote.Submit(TestQuotes.Owner, TestQuotes.Chain(), TestQuotes.Today, TestQuotes.Now, null).Label);
    }

    [Fact]
    public void Given_version_labels_Then_major_and_minor_format_as_V3_and_V3_2()
    {
        Assert.Equal("V3", new VersionLabel(3, 0).ToString());
        Assert.Equal("V3.2", new VersionLabel(3, 1).NextMinor().ToString());
        Assert.Equal("V4", new VersionLabel(3, 2).NextMajor().ToString());
    }
}
