using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application.Visits;

/// <summary>
/// Raises the risk card of a follow-up with the warning flag, in the caller's unit of work: the card, a customer-timeline
/// line with the obstacle tags, a notification to the owner's manager and, when the visit settings say so, to the
/// delivery manager role.
/// </summary>
internal sealed class RiskCardService(
    LeadsDbContext db, Notifier<LeadsDbContext> notifier, ModuleSettings<LeadsDbContext, VisitSettings> settings)
{
    public async Task RaiseAsync(FollowUp followUp, Guid? managerId, string customerName, Guid? actor, CancellationToken ct)
    {
        var card = new RiskCard(Guid.NewGuid(), followUp.Id, followUp.CustomerId, followUp.OwnerId, managerId, followUp.ObstacleTags,
            followUp.Summary, followUp.At);
        db.RiskCards.Add(card);
        var tags = Tags(card);
        db.AddTimeline(followUp.CustomerId, "Timeline_RiskRaised", actor, followUp.At, tags, followUp.Summary);
        if (managerId is { } manager)
        {
            notifier.ToUser(manager, "Notify_RiskRaised", Links.Risks, actor, customerName, tags, followUp.Summary);
        }
        if ((await settings.ReadAsync(ct)).NotifyDeliveryManager)
        {
            notifier.ToRole(Roles.DeliveryManager, "Notify_RiskRaised", Links.Risks, actor, customerName, tags, followUp.Summary);
        }
    }

    /// <summary>The obstacle tags as one line ("—" when none was ticked).</summary>
    public static string Tags(RiskCard card) => card.Obstacles.Count == 0 ? "—" : string.Join(" · ", card.Obstacles);
}
