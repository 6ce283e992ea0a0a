using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Application.Visits;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application.FollowUps;

/// <summary>
/// Records a follow-up (with its next action and attachment) for a customer or a claimed lead; it is the qualifying
/// action that keeps a claimed lead, and a lead's first follow-up registers its customer.
/// </summary>
internal sealed class FollowUpCommands(
    LeadsDbContext db, RecordAccess access, CustomerRegistrationService customers, UnitOfWork<LeadsDbContext> uow, IClock clock,
    IOrganisation organisation, RiskCardService risks, VoiceNoteService voices)
{
    /// <summary>A lead is followed up once someone owns it.</summary>
    public static bool CanFollowUp(Lead lead) => lead.Status is LeadStatus.Claimed or LeadStatus.Assigned or LeadStatus.Converted;

    /// <summary>
    /// Logs the follow-up; returns the customer it is about. A lead or customer the user may not see →
    /// <see cref="KeyNotFoundException"/>; an unacceptable attachment → <see cref="DomainException"/> (Attachment_*), voice
    /// note (Voice_*) or position (Visit_PositionInvalid). The visit waits for the owner's manager's confirmation; with
    /// the warning flag it raises a risk card (<see cref="RiskCardService"/>).
    /// </summary>
    public async Task<Guid> LogAsync(FollowUpInput input, FileUpload? attachment, CancellationToken ct, FileUpload? voice = null)
    {
        var lead = input.LeadId is { } leadId ? await VisibleLeadAsync(leadId, ct) : null;
        var customer = lead is null && input.CustomerId is { } customerId ? await VisibleCustomerAsync(customerId, ct) : null;
        DomainException.ThrowIf(lead is null && customer is null, "FollowUp_CustomerRequired");
        var objective = input.ObjectiveValue ?? throw new DomainException("FollowUp_ObjectiveRequired");
        if (attachment is not null && Attachment.Problem(attachment.FileName, attachment.Length) is { } problem)
        {
            throw new DomainException(problem);
        }
        var note = voice is null ? null : await VoiceNoteService.CheckAsync(voice, ct);
        var tags = await db.TagOptions.Where(t => t.Category == TagCategory.Obstacle).Select(t => t.Value).ToListAsync(ct);
        tags.Add(FollowUpTags.NoObstacle);
        var obstacles = input.Obstacles.Where(tags.Contains).ToList();
        var actor = access.UserId;
        var now = clock.GetCurrentInstant();
        var aboutId = lead is not null ? (await CustomerForLeadAsync(lead, actor, ct)).Id : customer!.Id;
        var owner = lead?.OwnerId ?? customer?.OwnerId ?? actor;
        await CheckDealAsync(input.DealId, aboutId, ct);
        var location = string.IsNullOrWhiteSpace(input.Location) ? null : input.Location.Trim();
        var followUp = new FollowUp(Guid.NewGuid(), aboutId, input.DealId, owner, objective, (input.Summary ?? "").Trim(),
            string.Join(',', obstacles), location, input.Warning, now, authorId: actor);
        if (input.Latitude is { } lat && input.Longitude is { } lng)
        {
            followUp.Locate(lat, lng, input.Accuracy);
        }
        var supervisor = (await organisation.ManagerOfAsync(owner, ct))?.Id;
        followUp.AwaitConfirmationBy(supervisor);
        db.FollowUps.Add(followUp);
        if (input.Due is { } due && !string.IsNullOrWhiteSpace(input.NextActionText))
        {
            db.NextActions.Add(new NextAction(Guid.NewGuid(), aboutId, followUp.Id, owner, input.NextActionText.Trim(), due));
        }
        var touchedLeadId = await QualifyLeadsAsync(lead, aboutId, owner, now, ct);
        if (attachment is not null)
        {
            using var buffer = new MemoryStream();
            await attachment.Content.CopyToAsync(buffer, ct);
            var bytes = buffer.ToArray();
            var type = Attachment.ContentTypeOf(attachment.FileName, bytes);
            db.Attachments.Add(new Attachment(Guid.NewGuid(), followUp.Id, Path.GetFileName(attachment.FileName), type, bytes, now));
        }
        if (input.Warning)
        {
            var name = (await db.Customers.FindAsync([aboutId], ct))?.Name ?? lead?.Company ?? "";
            await risks.RaiseAsync(followUp, supervisor, name, actor, ct);
        }
        if (note is not null)
        {
            // Written just before the commit: a refusal above leaves no file behind.
            followUp.AttachVoice(await voices.StoreAsync(followUp.Id, note, ct), note.Format.ContentType, note.Seconds);
        }
        db.Publish(new FollowUpLogged(
            EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: actor, FollowUpId: followUp.Id, DealId: input.DealId,
            CustomerId: aboutId, OwnerId: owner, Objective: objective.ToString(), ObstacleTags: obstacles,
            NextActionDue: input.Due, Warning: input.Warning, LeadId: touchedLeadId,
            AttachmentCount: attachment is null ? 0 : 1));
        await uow.CommitAsync("FollowUp.Log", ct);
        return aboutId;
    }

    /// <summary>The deal a follow-up names must be one of its customer's deals that the user may see.</summary>
    private async Task CheckDealAsync(Guid? dealId, Guid customerId, CancellationToken ct)
    {
        if (dealId is not { } id)
        {
            return;
        }
        var deal = await db.Deals.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        DomainException.ThrowIf(
            deal is null || deal.CustomerId != customerId || !await access.CanSeeAsync(deal.OwnerId, ct), "FollowUp_DealInvalid");
    }

    private async Task<Lead> VisibleLeadAsync(Guid id, CancellationToken ct)
    {
        var lead = await db.Leads.FirstOrDefaultAsync(l => l.Id == id, ct);
        return lead is not null && CanFollowUp(lead) && await access.CanSeeAsync(lead.OwnerId, ct) ? lead : throw new KeyNotFoundException();
    }

    private async Task<Customer> VisibleCustomerAsync(Guid id, CancellationToken ct)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == id && c.MergedIntoId == null, ct);
        return customer is not null && await access.CanSeeAsync(customer.OwnerId, ct) ? customer : throw new KeyNotFoundException();
    }

    /// <summary>The customer a lead's follow-up is about: the linked one, else a new customer owned by the lead's owner.</summary>
    private async Task<Customer> CustomerForLeadAsync(Lead lead, Guid? actor, CancellationToken ct)
    {
        if (lead.CustomerId is { } id && await db.Customers.FindAsync([id], ct) is { } linked)
        {
            return linked;
        }
        var customer = await customers.RegisterAsync(lead.Details, lead.OwnerId, actor, ct);
        lead.LinkCustomer(customer.Id);
        // The lead's own history becomes the start of the customer's timeline.
        db.AddTimeline(customer.Id, "Timeline_LeadCreated", null, lead.CreatedAt, lead.Source);
        if (lead.ClaimedAt is { } claimedAt)
        {
            var key = lead.Status == LeadStatus.Claimed ? "Timeline_LeadClaimed" : "Timeline_LeadAssigned";
            db.AddTimeline(customer.Id, key, lead.OwnerId, claimedAt, lead.Company);
        }
        return customer;
    }

    /// <summary>
    /// The lead followed up is qualified and converted; a customer's follow-up qualifies its owner's claimed leads.
    /// Returns the lead the follow-up touched (for <c>FollowUpLogged.LeadId</c>): the one followed up, else the earliest
    /// claimed of those this follow-up qualified for the first time (a lead already qualified was touched before).
    /// </summary>
    private async Task<Guid?> QualifyLeadsAsync(Lead? lead, Guid customerId, Guid owner, Instant now, CancellationToken ct)
    {
        if (lead is not null)
        {
            lead.Qualify(now);
            lead.Convert();
            return lead.Id;
        }
        var claimed = await db.Leads.Where(l => l.CustomerId == customerId && l.OwnerId == owner && l.Status == LeadStatus.Claimed)
            .ToListAsync(ct);
        var firstTouched = claimed.Where(l => l.QualifiedAt is null).OrderBy(l => l.ClaimedAt).FirstOrDefault();
        claimed.ForEach(l => l.Qualify(now));
        return firstTouched?.Id;
    }
}
