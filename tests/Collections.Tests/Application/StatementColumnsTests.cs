using SalesSuite.Collections.Application.Payments.Import;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Collections.Tests.Application;

public sealed class StatementColumnsTests
{
    [Fact]
    public void Given_Chinese_headers_Then_every_column_is_found()
    {
        var columns = StatementColumns.From(["交易日期", "流水号", "付款方", "金额", "币种", "客户编码", "备注"]);

        Assert.Equal(("交易日期", "流水号", "付款方", "金额", "币种", "客户编码", "备注"),
            (columns.Date, columns.Reference, columns.Payer, columns.Amount, columns.Currency, columns.Code, columns.Memo));
    }

    [Fact]
    public void Given_English_headers_in_any_case_without_the_optional_ones_Then_the_required_are_found()
    {
        var columns = StatementColumns.From(["date", "REFERENCE", "Payer", "Amount"]);

        Assert.Equal(("date", "REFERENCE", null, null), (columns.Date, columns.Reference, columns.Currency, columns.Code));
    }

    [Fact]
    public void Given_a_header_without_amount_and_payer_Then_the_file_is_refused_naming_both()
    {
        var refusal = Assert.Throws<DomainException>(() => StatementColumns.From(["交易日期", "流水号"]));

        Assert.Equal("PaymentImport_Error_Columns", refusal.Key);
        Assert.Equal("付款方/Payer, 金额/Amount", refusal.Arguments[0]);
    }

    [Fact]
    public void Given_the_same_text_with_CRLF_or_LF_Then_the_hash_is_the_same_and_another_text_differs()
    {
        Assert.Equal(ImportPreview.HashOf("a,b\r\n1,2\r\n"), ImportPreview.HashOf("a,b\n1,2\n"));
        Assert.NotEqual(ImportPreview.HashOf("a,b\n1,2\n"), ImportPreview.HashOf("a,b\n1,3\n"));
    }
}
