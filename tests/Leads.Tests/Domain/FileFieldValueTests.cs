using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Tests.Domain;

public sealed class FileFieldValueTests
{
    [Fact]
    public void Given_an_uploaded_file_When_storing_and_reading_the_value_Then_id_and_name_round_trip()
    {
        var id = Guid.NewGuid();
        Assert.Equal((id, "报告|v2.pdf"), FieldValues.ParseFile(FieldValues.FileValue(id, "报告|v2.pdf")));
    }

    [Fact]
    public void Given_a_bare_file_name_from_before_uploads_When_reading_Then_there_is_no_attachment_id() =>
        Assert.Equal((null, "报告.pdf"), FieldValues.ParseFile("报告.pdf"));

    [Theory]
    [InlineData("a.pdf", 0, "Attachment_Empty")]
    [InlineData("a.pdf", Attachment.MaxBytes + 1, "Attachment_TooLarge")]
    [InlineData("a.exe", 10, "Attachment_WrongType")]
    [InlineData("a.PDF", Attachment.MaxBytes, null)]
    public void Given_an_upload_When_checking_Then_type_and_size_rules_apply(string name, long length, string? expected) =>
        Assert.Equal(expected, Attachment.Problem(name, length));
}
