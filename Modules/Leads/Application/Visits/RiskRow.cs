using NodaTime;

namespace SalesSuite.Leads.Application.Visits;

/// <summary>A risk card on the managers' risk list; <see cref="CanHandle"/> when the reader may acknowledge / close it.</summary>
public sealed record RiskRow(
    Guid Id, int Version, Instant RaisedAt, string Owner, Guid CustomerId, string Customer, string Obstacles, string Summary,
    bool Acknowledged, bool Closed, string? Note, bool CanHandle);
