using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application.FollowUps;

/// <summary>The follow-up form's choices, for customers and leads the user may see.</summary>
internal sealed class FollowUpQueries(LeadsDbContext db, RecordAccess access)
{
    /// <summary>Null when the lead or customer is not the user's to follow up (the page answers 404).</summary>
    public async Task<FollowUpFormView?> FormAsync(Guid? customerId, Guid? leadId, CancellationToken ct)
    {
        var tags = await ObstacleTagsAsync(ct);
        if (leadId is { } id)
        {
            var lead = await db.Leads.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct);
            return lead is not null && FollowUpCommands.CanFollowUp(lead) && await access.CanSeeAsync(lead.OwnerId, ct)
                ? new FollowUpFormView(tags, [], $"{lead.Company} · {lead.ContactName}")
                : null;
        }
        var visibility = await access.VisibilityAsync(ct);
        var customers = await db.Customers.AsNoTracking().Where(c => c.MergedIntoId == null).VisibleTo(visibility, c => c.OwnerId)
            .OrderBy(c => c.Name).Take(500).ToListAsync(ct);
        return customerId is null || customers.Any(c => c.Id == customerId) ? new FollowUpFormView(tags, customers, null) : null;
    }

    /// <summary>The configured obstacle tags, always with 无明显障碍 (Health's pause rule counts it) at the end if not configured.</summary>
    public async Task<IReadOnlyList<string>> ObstacleTagsAsync(CancellationToken ct)
    {
        var tags = await db.TagOptions.AsNoTracking().Where(t => t.Category == TagCategory.Obstacle).OrderBy(t => t.Position)
            .Select(t => t.Value).ToListAsync(ct);
        return tags.Contains(FollowUpTags.NoObstacle) ? tags : [.. tags, FollowUpTags.NoObstacle];
    }
}
