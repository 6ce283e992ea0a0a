using NodaTime;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>Module-wide settings the director changes in the UI (one row).</summary>
internal sealed class LeadsSettings : IVersioned, IAuditable
{
    public static readonly Guid SingletonId = new("8f1c2b6e-5d1a-4a3e-9a55-3c2f7d1e0001");

    public Guid Id { get; set; } = SingletonId;
    public int ClaimWindowMinutes { get; set; } = 120;
    public int MaxOpenClaims { get; set; } = 20;
    public int EscalationHours { get; set; } = 48;
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public Duration ClaimWindow => Duration.FromMinutes(ClaimWindowMinutes);

    public Duration EscalationAfter => Duration.FromHours(EscalationHours);
}
