using NodaTime;

namespace SalesSuite.Leads.Application.Visits;

/// <summary>A visit waiting for confirmation as the managers' list shows it.</summary>
public sealed record VisitRow(
    Guid Id, int Version, Instant At, string Owner, Guid CustomerId, string Customer, string Objective, string Summary,
    bool Warning, int Level, string AskedOf, bool Late, bool Voice, string? Position);
