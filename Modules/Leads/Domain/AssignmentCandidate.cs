namespace SalesSuite.Leads.Domain;

/// <summary>
/// A salesperson as the scorer sees them: share of their customers in the lead's industry (0-1),
/// deals won/lost in the window, open load, and whether Health paused them.
/// </summary>
internal sealed record AssignmentCandidate(Guid UserId, decimal IndustryShare, int Won, int Lost, int OpenLoad, bool Paused);
