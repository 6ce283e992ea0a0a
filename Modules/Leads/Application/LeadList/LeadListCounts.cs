using System.Globalization;

namespace SalesSuite.Leads.Application.LeadList;

/// <summary>
/// Leads per status tab under the current scope and filters, exact up to <see cref="LeadListQueries.CountBound"/>;
/// above it a count says "10,000+" (counting further would read every matching index entry on each request).
/// </summary>
internal sealed record LeadListCounts(int Claimed, int Assigned)
{
    public string ClaimedText => Text(Claimed);

    public string AssignedText => Text(Assigned);

    public string OpenText =>
        Claimed > LeadListQueries.CountBound || Assigned > LeadListQueries.CountBound ? Text(int.MaxValue) : Text(Claimed + Assigned);

    private static string Text(int n) => n > LeadListQueries.CountBound
        ? LeadListQueries.CountBound.ToString("N0", CultureInfo.InvariantCulture) + "+"
        : n.ToString("N0", CultureInfo.InvariantCulture);
}
