namespace SalesSuite.Leads.Application.LeadList;

/// <summary>
/// The list's orders, each total (the lead's id breaks ties) so keyset paging has no duplicates or gaps.
/// Deadline: claims that expire (have a release deadline), nearest first; then the others, newest claim first.
/// Recent: newest claim or assignment first. Oldest: held longest first.
/// </summary>
internal enum LeadListSort
{
    Deadline,
    Recent,
    Oldest,
}
