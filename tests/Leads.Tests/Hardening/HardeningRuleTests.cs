using NodaTime;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Files;

namespace SalesSuite.Leads.Tests.Hardening;

/// <summary>Aggregate refusals added by the hardening issue: reassigning finished leads, over-long free text, fake files.</summary>
public sealed class HardeningRuleTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 1, 0);

    private static Lead NewLead() =>
        new(Guid.NewGuid(), new LeadDetails("梁晨", "广州珠江食品有限公司", "13622223333", "展会扫码", null, null, null, null), Now);

    [Fact]
    public void Given_a_converted_or_closed_lead_When_reassigned_Then_it_is_refused()
    {
        var converted = NewLead();
        converted.AssignTo(Guid.NewGuid(), Now);
        converted.Convert();
        Assert.Equal("Lead_Error_NotAssignable", Assert.Throws<DomainException>(() => converted.AssignTo(Guid.NewGuid(), Now)).Key);
        var closed = NewLead();
        closed.Close();
        Assert.Equal("Lead_Error_NotAssignable", Assert.Throws<DomainException>(() => closed.AssignTo(Guid.NewGuid(), Now)).Key);
    }

    [Fact]
    public void Given_an_open_deal_When_closed_twice_Then_the_second_is_a_409_conflict()
    {
        var pipeline = new Pipeline(Guid.NewGuid(), "默认", isDefault: true);
        pipeline.AddStage(Guid.NewGuid(), "初步接触");
        var deal = Deal.Open(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), pipeline, "滤芯采购", 1000m, null, Now);
        deal.Close(won: true, null, Now);
        var again = Assert.ThrowsAny<DomainException>(() => deal.Close(won: true, null, Now));
        Assert.Equal(409, again.StatusCode);
    }

    [Fact]
    public void Given_free_text_longer_than_its_column_When_saved_Then_the_aggregate_refuses_it()
    {
        var pipeline = new Pipeline(Guid.NewGuid(), "默认", isDefault: true);
        var stage = pipeline.AddStage(Guid.NewGuid(), "初步接触");
        var longLabel = Assert.Throws<DomainException>(() => stage.AddField(Guid.NewGuid(), new string('长', 101), FieldType.Text));
        Assert.Equal("Field_TooLong", longLabel.Key);
        Assert.Equal("Stage_NameTooLong", Assert.Throws<DomainException>(() => pipeline.AddStage(Guid.NewGuid(), new string('长', 101))).Key);
        var tooLongTitle = Assert.Throws<DomainException>(() =>
            Deal.Open(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), pipeline, new string('长', 201), null, null, Now));
        Assert.Equal("Deal_TitleTooLong", tooLongTitle.Key);
        var deal = Deal.Open(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), pipeline, "滤芯采购", null, null, Now);
        Assert.Equal("Deal_CloseReasonTooLong", Assert.Throws<DomainException>(() => deal.Close(false, new string('因', 501), Now)).Key);
        Assert.Equal("Attachment_NameTooLong", Attachment.Problem(new string('a', 200) + ".pdf", 10));
    }

    [Theory]
    [InlineData("报告.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    [InlineData("铭牌.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    [InlineData("现场.JPG", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData("参数.xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("报告.pdf", new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, null)]
    [InlineData("页面.png", new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E }, null)]
    [InlineData("宏.docx", new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }, null)]
    public void Given_upload_bytes_When_detecting_the_type_Then_only_the_signature_of_the_extension_counts(
        string name, byte[] head, string? expected) =>
        Assert.Equal(expected, FileSignatures.Detect(name, head));
}
