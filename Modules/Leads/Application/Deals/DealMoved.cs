namespace SalesSuite.Leads.Application.Deals;

/// <summary>What the page tells after an accepted move.</summary>
internal sealed record DealMoved(string Title, string FromStage, string ToStage);
