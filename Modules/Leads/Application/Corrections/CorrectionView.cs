using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Corrections;

/// <summary>The correction page: the follow-up, its customer, the tags offered, its history and whether a reason is required.</summary>
internal sealed record CorrectionView(
    FollowUp FollowUp,
    string CustomerName,
    string OwnerName,
    IReadOnlyList<string> ObstacleTags,
    IReadOnlyList<CorrectionLine> History,
    bool ReasonRequired,
    bool CanCorrect);
