using NodaTime;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Collections.Tests.Domain;

/// <summary>A receipt's type comes from its first bytes through the kernel's file signatures: JPEG, PNG or PDF only.</summary>
public sealed class ReceiptTests
{
    private static Receipt Upload(string name, byte[] content) =>
        new(Guid.NewGuid(), name, content, Guid.NewGuid(), Instant.FromUtc(2026, 11, 23, 1, 0));

    [Theory]
    [InlineData("bank.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    [InlineData("scan.jpg", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    [InlineData("photo", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData("screen.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    public void Given_an_image_or_PDF_When_uploaded_Then_its_type_is_what_its_bytes_say(string name, byte[] content, string type) =>
        Assert.Equal(type, Upload(name, content).ContentType);

    [Theory]
    [InlineData("ledger.xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 })]
    [InlineData("note.pdf", new byte[] { 0x68, 0x65, 0x6C, 0x6C, 0x6F })]
    public void Given_an_office_file_or_text_named_pdf_When_uploaded_Then_it_is_refused(string name, byte[] content)
    {
        var refusal = Assert.Throws<DomainException>(() => Upload(name, content));
        Assert.Equal("Receipt_Error_Type", refusal.Key);
    }
}
