namespace SalesSuite.Collections.Application.Contracts;

/// <summary>Links to contract and milestone pages, for notifications (pages use asp-page).</summary>
internal static class ContractLinks
{
    public static string Contract(Guid id) => $"/Collections/Contracts/Detail?id={id}";

    public static string Milestone(Guid id) => $"/Collections/Receivables/Detail?id={id}";
}
