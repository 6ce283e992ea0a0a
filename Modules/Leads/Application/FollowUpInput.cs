using NodaTime;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application;

internal sealed record FollowUpInput(
    Guid CustomerId,
    Guid? DealId,
    FollowUpObjective Objective,
    string Summary,
    IReadOnlyList<string> ObstacleTags,
    string? NextActionText,
    LocalDate? NextActionDue,
    string? Location,
    bool Warning);
