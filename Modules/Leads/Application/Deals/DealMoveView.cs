using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Deals;

/// <summary>What the move panel shows: an open deal the user may see, its pipeline and the values it carries.</summary>
internal sealed record DealMoveView(Deal Deal, Pipeline Pipeline, IReadOnlyDictionary<Guid, string?> Values);
