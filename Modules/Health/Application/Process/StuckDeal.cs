using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Application.Process;

/// <summary>An open deal in a stage now: how long, its colour, and its page in Leads (the customer page's deal anchor).</summary>
internal sealed record StuckDeal(string Title, string Owner, double Days, Rag Colour, string Url);
