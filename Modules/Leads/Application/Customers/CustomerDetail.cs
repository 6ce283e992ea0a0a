using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Customers;

/// <summary>The customer page: facts, profile completeness, grade, deals (with their files), open actions and one timeline.</summary>
internal sealed record CustomerDetail(
    Customer Customer,
    string OwnerName,
    IReadOnlyList<Deal> Deals,
    IReadOnlyDictionary<Guid, string> StageNames,
    IReadOnlyList<DealFile> DealFiles,
    IReadOnlyList<NextAction> Actions,
    IReadOnlyList<TimelineItem> Timeline,
    ProfileCompleteness Completeness,
    CustomerGrade? Grade = null,
    bool CanEditProfile = false);
