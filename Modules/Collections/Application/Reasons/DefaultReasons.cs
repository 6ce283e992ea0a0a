using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Application.Reasons;

/// <summary>
/// The overdue reasons every installation starts with (production too), with fixed ids so ensuring them is idempotent:
/// a default that an administrator renamed, reordered or deactivated keeps its id and is never added again.
/// </summary>
internal static class DefaultReasons
{
    public static readonly Guid AccountProblem = new("5b0e8f3a-6f0c-4a41-9d0e-0c0ffee00001");
    public static readonly Guid InvoiceNotReceived = new("5b0e8f3a-6f0c-4a41-9d0e-0c0ffee00002");
    public static readonly Guid ContractDispute = new("5b0e8f3a-6f0c-4a41-9d0e-0c0ffee00003");
    public static readonly Guid Other = new("5b0e8f3a-6f0c-4a41-9d0e-0c0ffee00004");

    public static IReadOnlyList<OverdueReason> Create() =>
    [
        Reason(AccountProblem, "客户账户异常", requiresText: false, 1,
            Step(Roles.Salesperson, "致电客户财务，确认付款账户或付款流程异常的原因，并约定付款日期", 1, null),
            Step(Roles.Finance, "核对我方收款银行信息（户名、开户行、账号）并发给客户财务", 1,
                "收款户名：{accountName}，开户行：{bank}，账号：{accountNo}")),
        Reason(InvoiceNotReceived, "发票未送达", requiresText: false, 2,
            Step(Roles.Finance, "重新发送电子发票，注明发票号", 1, "发票号：{invoiceNo}，已重新发送至 {email}"),
            Step(Roles.Salesperson, "与客户确认已收到发票，并约定付款日期", 2, null)),
        Reason(ContractDispute, "合同条款争议", requiresText: false, 3,
            Step(Roles.Salesperson, "收集客户有争议的合同条款及客户的诉求（条款编号、原文、对方意见）", 2, null),
            Step(Roles.Legal, "法务审核争议条款，给出书面意见", 3, null),
            Step(Roles.RegionalManager, "主管决定处理方案：让步、坚持原条款或升级至销售总监", 5, null)),
        Reason(Other, "其他", requiresText: true, 4,
            Step(Roles.Salesperson, "记录具体原因，与客户约定付款日期", 2, null),
            Step(Roles.RegionalManager, "主管复核原因与约定的付款日期", 3, null)),
    ];

    private static OverdueReason Reason(Guid id, string name, bool requiresText, int order, params PlaybookStep[] steps)
    {
        var reason = new OverdueReason(id, name, requiresText, order);
        reason.ReplaceSteps(steps);
        return reason;
    }

    private static PlaybookStep Step(string role, string text, int dueDays, string? template) => new(0, text, role, template, dueDays);
}
