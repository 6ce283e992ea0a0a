using NodaTime;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// Visit rules the director sets (one row): hours a supervisor has to confirm a visit before it goes one level up the
/// reporting line, and whether the delivery manager role also receives risk cards.
/// </summary>
internal sealed class VisitSettings : IVersioned, IAuditable
{
    public static readonly Guid SingletonId = new("8f1c2b6e-5d1a-4a3e-9a55-3c2f7d1e0a01");
    public static readonly SettingRange ConfirmHoursRange = new(1, 720, "Visit_ConfirmHours_Range");

    public Guid Id { get; private set; } = SingletonId;
    public int ConfirmHours { get; private set; } = 48;
    public bool NotifyDeliveryManager { get; private set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public Duration ConfirmWithin => Duration.FromHours(ConfirmHours);

    public void Change(int confirmHours, bool notifyDeliveryManager)
    {
        ConfirmHoursRange.Check(confirmHours);
        ConfirmHours = confirmHours;
        NotifyDeliveryManager = notifyDeliveryManager;
    }
}
