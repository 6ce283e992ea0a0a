using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Collections.Application.Payments.Import;

/// <summary>
/// The bank statement's columns, by Chinese or English header: 交易日期/Date, 流水号/Reference, 付款方/Payer, 金额/Amount
/// (required), 币种/Currency, 客户编码/Customer code, 备注/Memo (optional).
/// </summary>
internal sealed record StatementColumns(string Date, string Reference, string Payer, string Amount, string? Currency, string? Code, string? Memo)
{
    private static readonly string[] DateNames = ["交易日期", "日期", "Date"];
    private static readonly string[] ReferenceNames = ["流水号", "交易流水号", "Reference", "Bank reference"];
    private static readonly string[] PayerNames = ["付款方", "付款人", "对方户名", "Payer"];
    private static readonly string[] AmountNames = ["金额", "收入金额", "Amount"];
    private static readonly string[] CurrencyNames = ["币种", "Currency"];
    private static readonly string[] CodeNames = ["客户编码", "Customer code", "CustomerCode"];
    private static readonly string[] MemoNames = ["备注", "摘要", "Memo"];

    /// <summary>The header's columns; a missing required column refuses the whole file, naming what is missing.</summary>
    public static StatementColumns From(IReadOnlyList<string> header)
    {
        string? Find(string[] names) => header.FirstOrDefault(h => names.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase));
        var required = new[] { DateNames, ReferenceNames, PayerNames, AmountNames };
        var missing = required.Where(names => Find(names) is null).Select(names => $"{names[0]}/{names[^1]}").ToList();
        DomainException.ThrowIf(missing.Count > 0, "PaymentImport_Error_Columns", string.Join(", ", missing));
        return new StatementColumns(Find(DateNames)!, Find(ReferenceNames)!, Find(PayerNames)!, Find(AmountNames)!,
            Find(CurrencyNames), Find(CodeNames), Find(MemoNames));
    }
}
