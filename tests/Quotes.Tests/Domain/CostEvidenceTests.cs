using System.Text;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Tests.Domain;

public sealed class CostEvidenceTests
{
    [Theory]
    [InlineData("%PDF-1.7 ...", "bom.pdf", "application/pdf")]
    [InlineData("PK\u0003\u0004rest", "成本.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public void Given_known_first_bytes_Then_the_type_comes_from_the_content(string head, string name, string expected)
    {
        Assert.Equal(expected, EvidenceFileType.Sniff(Encoding.Latin1.GetBytes(head), name)?.ContentType);
    }

    [Fact]
    public void Given_images_by_signature_Then_png_and_jpeg_are_recognised()
    {
        Assert.Equal(EvidenceFileType.Png, EvidenceFileType.Sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0], "a.png"));
        Assert.Equal(EvidenceFileType.Jpeg, EvidenceFileType.Sniff([0xFF, 0xD8, 0xFF, 0xE0], "a.jpg"));
    }

    [Theory]
    [InlineData("MZ\u0090\u0000 an exe", "bom.pdf")]
    [InlineData("PK\u0003\u0004 a zip", "bom.zip")]
    [InlineData("plain text named like a pdf", "bom.pdf")]
    public void Given_a_file_whose_bytes_do_not_match_an_accepted_type_Then_it_is_not_recognised(string head, string name)
    {
        Assert.Null(EvidenceFileType.Sniff(Encoding.Latin1.GetBytes(head), name));
    }
}

public sealed class CostEvidenceRuleTests
{
    private static (Quote Quote, ApprovalStep Finance) AtFinance(bool urgent)
    {
        var quote = new Quote(Guid.NewGuid(), "Q-URG", TestQuotes.Deal(), PublicToken.New(), TestQuotes.Today.PlusDays(30), TestQuotes.Now);
        quote.Edit([TestQuotes.Line()], "条款", PaymentScheduleText.Default, TestQuotes.Today.PlusDays(30), urgent, "", TestQuotes.Now);
        quote.Submit(TestQuotes.Owner, TestQuotes.Chain(), TestQuotes.Today, TestQuotes.Now, null);
        quote.Decide(Guid.NewGuid(), true, null, false, null, TestQuotes.Now);
        return (quote, quote.ActiveStep!);
    }

    [Fact]
    public void Given_an_urgent_quote_at_the_finance_step_Then_approving_without_evidence_is_refused_and_with_it_allowed()
    {
        var (quote, finance) = AtFinance(urgent: true);
        Assert.Equal(StepKind.Finance, finance.Kind);
        var refusal = Assert.Throws<SalesSuite.SharedKernel.Domain.DomainException>(
            () => CostEvidenceRule.EnsureBeforeLock(quote, finance, approve: true, hasEvidence: false));
        Assert.Equal("Appr_Error_EvidenceRequired", refusal.Key);
        CostEvidenceRule.EnsureBeforeLock(quote, finance, approve: true, hasEvidence: true);
        CostEvidenceRule.EnsureBeforeLock(quote, finance, approve: false, hasEvidence: false);
    }

    [Fact]
    public void Given_a_normal_quote_Then_no_evidence_is_needed()
    {
        var (quote, finance) = AtFinance(urgent: false);
        Assert.False(CostEvidenceRule.Required(quote, finance, approve: true));
    }
}
