using System.Globalization;
using NodaTime;

namespace SalesSuite.Goals.Application.Campaigns;

/// <summary>Links a campaign puts into notifications and its evidence drill-down.</summary>
internal static class CampaignLinks
{
    public static string Detail(Guid id) => "/Goals/Campaigns/Detail?id=" + id;

    /// <summary>The progress drill-down: one person's evidence of one action type between two days (and the customer).</summary>
    public static string Evidence(Guid userId, Guid actionTypeId, LocalDate from, LocalDate to, Guid? customerId = null) =>
        string.Create(CultureInfo.InvariantCulture,
            $"/Goals/Progress/Evidence?userId={userId}&actionTypeId={actionTypeId}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}")
        + (customerId is { } c ? "&customerId=" + c : "");
}
