namespace SalesSuite.Leads.Application.LeadList;

/// <summary>
/// The list's filters and sort as the URL carries them (<c>?status=Claimed&amp;source=…&amp;owner=…&amp;sort=recent</c>);
/// empty means any. Unknown values fall back to "any" and the default sort.
/// </summary>
public sealed class LeadListFilter
{
    public string? Status { get; set; }
    public string? Source { get; set; }
    public Guid? Owner { get; set; }
    public string? Sort { get; set; }
}
