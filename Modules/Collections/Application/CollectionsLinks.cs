namespace SalesSuite.Collections.Application;

/// <summary>
/// Addresses of Collections' pages for what is built outside a request (notifications, CSV); pages link with
/// <c>asp-page</c>. One place, so a page that moves is changed once.
/// </summary>
internal static class CollectionsLinks
{
    public static string Contract(Guid id) => $"/Collections/Contracts/Detail?id={id}";

    public static string Milestone(Guid id) => $"/Collections/Receivables/Detail?id={id}";

    public static string Payment(Guid id) => $"/Collections/Payments/Detail?id={id}";

    public static string Statement(Guid id) => $"/Collections/Commissions/Detail?id={id}";

    public static string OverduePanel(Guid receivableId) => $"/Collections/Overdue/Panel?receivableId={receivableId}";
}
