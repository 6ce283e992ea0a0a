using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Quotes.Tests.Domain;

/// <summary>The aggregate's refusals for stale forms, hostile signatures and over-long text (issue "Hardening").</summary>
public sealed class HardeningTests
{
    private static readonly Guid Tech = Guid.NewGuid();
    private static readonly Guid Finance = Guid.NewGuid();
    private static readonly Guid Legal = Guid.NewGuid();
    private const string Png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==";

    private static Quote Approved()
    {
        var quote = TestQuotes.Draft(TestQuotes.Line(qty: 1), TestQuotes.Line(qty: 2));
        quote.Submit(TestQuotes.Owner, TestQuotes.Chain(), TestQuotes.Today, TestQuotes.Now, null);
        quote.Decide(Tech, true, null, false, null, TestQuotes.Now);
        quote.Decide(Finance, true, null, null, null, TestQuotes.Now);
        quote.Decide(Legal, true, null, null, null, TestQuotes.Now);
        return quote;
    }

    [Fact]
    public void Given_a_too_long_approval_comment_Then_the_decision_is_refused_and_the_step_stays_active()
    {
        var quote = TestQuotes.Draft();
        quote.Submit(TestQuotes.Owner, TestQuotes.Chain(), TestQuotes.Today, TestQuotes.Now, null);

        var refusal = Assert.Throws<DomainException>(() => quote.Decide(Tech, true, new string('长', 1001), false, null, TestQuotes.Now));

        Assert.Equal("Quote_Error_CommentLength", refusal.Key);
        Assert.Equal(StepStatus.Active, quote.ActiveStep!.Status);
        Assert.Null(quote.ActiveStep.Comment);
        var reason = Assert.Throws<DomainException>(() => quote.Decide(Tech, false, new string('x', 1001), null, null, TestQuotes.Now));
        Assert.Equal("Quote_Error_ReasonLength", reason.Key);
    }

    [Fact]
    public void Given_too_long_terms_or_change_note_Then_they_are_refused()
    {
        var quote = TestQuotes.Draft();
        var terms = Assert.Throws<DomainException>(() => quote.Edit(
            quote.Lines, new string('t', TextLimits.Terms + 1), PaymentScheduleText.Default, TestQuotes.Today, false, "", TestQuotes.Now));
        Assert.Equal("Quote_Error_TermsLength", terms.Key);
        var note = Assert.Throws<DomainException>(() => quote.Submit(
            TestQuotes.Owner, TestQuotes.Chain(), TestQuotes.Today, TestQuotes.Now, new string('n', TextLimits.ChangeNote + 1)));
        Assert.Equal("Quote_Error_ChangeNoteLength", note.Key);
        Assert.Equal(QuoteStatus.Draft, quote.Status);
    }

    [Fact]
    public void Given_a_form_for_another_step_or_version_Then_the_decision_is_stale()
    {
        var quote = TestQuotes.Draft();
        quote.Submit(TestQuotes.Owner, TestQuotes.Chain(), TestQuotes.Today, TestQuotes.Now, null);
        var techStep = quote.ActiveStep!;

        quote.ThrowIfNotReviewing(Tech, techStep.Id, "V1");
        Assert.Throws<StaleEditException>(() => quote.ThrowIfNotReviewing(Tech, techStep.Id, "V0"));
        quote.Decide(Tech, true, null, false, null, TestQuotes.Now);
        Assert.Throws<StaleEditException>(() => quote.ThrowIfNotReviewing(Finance, techStep.Id, "V1"));
    }

    [Fact]
    public void Given_costs_keyed_by_line_id_Then_each_lands_on_its_line_and_an_unknown_line_is_stale()
    {
        var quote = TestQuotes.Draft(TestQuotes.Line(qty: 1), TestQuotes.Line(qty: 2));
        quote.Submit(TestQuotes.Owner, TestQuotes.Chain(), TestQuotes.Today, TestQuotes.Now, null);
        quote.Decide(Tech, true, null, false, null, TestQuotes.Now);
        var lines = quote.LatestVersion!.Lines;

        Assert.Throws<StaleEditException>(() => quote.Decide(
            Finance, true, null, null, new Dictionary<Guid, decimal> { [Guid.NewGuid()] = 1m }, TestQuotes.Now));
        quote.Decide(Finance, true, null, null, new Dictionary<Guid, decimal> { [lines[1].LineId] = 2m, [lines[0].LineId] = 1m }, TestQuotes.Now);

        Assert.Equal([1m, 2m], quote.LatestVersion!.Lines.Select(l => l.UnitCost));
        Assert.NotEqual(lines[0].LineId, lines[1].LineId);
    }

    [Fact]
    public void Given_the_customer_saw_another_version_or_it_is_accepted_already_Then_accept_says_so_and_changes_nothing()
    {
        var quote = Approved();

        Assert.Throws<QuoteConflictException>(() => quote.Accept("V1", "王经理", null, TestQuotes.Today, TestQuotes.Now));
        Assert.Equal(QuoteStatus.Approved, quote.Status);
        quote.Accept("V1.1", "王经理", Png, TestQuotes.Today, TestQuotes.Now);
        var twice = Assert.Throws<QuoteConflictException>(() => quote.Accept("V1.1", "李", null, TestQuotes.Today, TestQuotes.Now));
        Assert.Equal("Public_Error_AlreadyAccepted", twice.Key);
        Assert.Equal("王经理", quote.AcceptedByName);
    }

    [Theory]
    [InlineData("data:image/png;base64,aGVsbG8gd29ybGQ=", "Public_Error_SignatureNotPng")]
    [InlineData("data:image/svg+xml;base64,PHN2Zy8+", "Public_Error_SignatureNotPng")]
    [InlineData("data:image/png;base64,@@@@", "Public_Error_SignatureNotPng")]
    public void Given_a_signature_that_is_not_a_PNG_Then_accept_is_refused_not_silently_dropped(string signature, string key)
    {
        var quote = Approved();
        var refusal = Assert.Throws<DomainException>(() => quote.Accept("V1.1", "王经理", signature, TestQuotes.Today, TestQuotes.Now));
        Assert.Equal(key, refusal.Key);
        Assert.Equal(QuoteStatus.Approved, quote.Status);
    }

    [Fact]
    public void Given_a_signature_over_200_KB_Then_accept_is_refused()
    {
        var quote = Approved();
        var huge = Png + new string('A', SignatureImage.MaxLength);
        var refusal = Assert.Throws<DomainException>(() => quote.Accept("V1.1", "王经理", huge, TestQuotes.Today, TestQuotes.Now));
        Assert.Equal("Public_Error_SignatureTooBig", refusal.Key);
    }

    [Fact]
    public void Given_the_signature_property_Then_it_is_never_audited()
    {
        var property = typeof(Quote).GetProperty(nameof(Quote.SignatureDataUrl))!;
        Assert.True(Attribute.IsDefined(property, typeof(SharedKernel.Persistence.NotAuditedAttribute)));
    }
}
