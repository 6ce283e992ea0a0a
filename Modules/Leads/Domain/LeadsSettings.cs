using NodaTime;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>Module-wide settings the director changes in the UI (one row); values stay inside their ranges.</summary>
internal sealed class LeadsSettings : IVersioned, IAuditable
{
    public static readonly Guid SingletonId = new("8f1c2b6e-5d1a-4a3e-9a55-3c2f7d1e0001");
    public static readonly SettingRange ClaimWindowRange = new(15, 1440, "Config_ClaimWindow_Range");
    public static readonly SettingRange MaxOpenClaimsRange = new(1, 500, "Config_MaxClaims_Range");
    public static readonly SettingRange EscalationHoursRange = new(1, 720, "Config_EscalationHours_Range");

    public Guid Id { get; private set; } = SingletonId;
    public int ClaimWindowMinutes { get; private set; } = 120;
    public int MaxOpenClaims { get; private set; } = 20;
    public int EscalationHours { get; private set; } = 48;
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public Duration ClaimWindow => Duration.FromMinutes(ClaimWindowMinutes);

    public Duration EscalationAfter => Duration.FromHours(EscalationHours);

    /// <summary>The per-person claim limit: another claim is allowed while fewer than the maximum are open.</summary>
    public bool AllowsAnotherClaim(int openClaims) => openClaims < MaxOpenClaims;

    /// <summary>Changes all three settings, or none when one is out of its range.</summary>
    public void Change(int claimWindowMinutes, int maxOpenClaims, int escalationHours)
    {
        ClaimWindowRange.Check(claimWindowMinutes);
        MaxOpenClaimsRange.Check(maxOpenClaims);
        EscalationHoursRange.Check(escalationHours);
        ClaimWindowMinutes = claimWindowMinutes;
        MaxOpenClaims = maxOpenClaims;
        EscalationHours = escalationHours;
    }
}
