namespace SalesSuite.Collections.Application.Overdue;

/// <summary>Where notifications about overdue items point.</summary>
internal static class OverdueLinks
{
    public const string List = "/Collections/Overdue";

    public static string Panel(Guid receivableId) => $"/Collections/Overdue/Panel?receivableId={receivableId}";
}
