namespace SalesSuite.Collections.Application.Commissions;

/// <summary>Where a statement and its lines link to (built outside a request, so no routing).</summary>
internal static class CommissionLinks
{
    public const string Statements = "/Collections/Commissions";

    public static string Statement(Guid id) => $"/Collections/Commissions/Detail?id={id}";

    public static string Payment(Guid id) => $"/Collections/Payments/Detail?id={id}";

    public static string Receivable(Guid id) => $"/Collections/Receivables/Detail?id={id}";
}
