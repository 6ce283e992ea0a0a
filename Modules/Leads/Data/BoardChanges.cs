using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data;

/// <summary>
/// Stamps the live boards inside every SaveChanges of the module: a change to what the kanban shows (deals, customers'
/// names, the pipeline's stages) touches the Deals stamp, a change to a lead touches the Pool stamp, in the same
/// transaction as the change; a change to anything the customer page shows (<see cref="CustomerPage"/>) touches the Customers
/// stamp, under which the page's data is cached.
/// </summary>
internal static class BoardChanges
{
    public static void StampChangedBoards(LeadsDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        bool deals = false, pool = false, customers = false;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            deals |= entry.Entity is Deal or Customer or Pipeline or Stage;
            pool |= entry.Entity is Lead;
            customers |= CustomerPage(entry.Entity);
        }
        if (deals)
        {
            Touch(db, BoardStamp.Deals);
        }
        if (pool)
        {
            Touch(db, BoardStamp.Pool);
        }
        if (customers)
        {
            Touch(db, BoardStamp.Customers);
        }
    }

    /// <summary>
    /// Whether a change to this entity can change what a customer page shows: the customer, its deals and their stage
    /// history, follow-ups and their corrections and files, timeline entries, open actions, grade, contacts, profile values,
    /// and the configuration the page names (stages, pipelines, tags, customer types, profile fields).
    /// </summary>
    public static bool CustomerPage(object entity) => entity is Customer or Deal or DealStageChange or FollowUp or FollowUpCorrection
        or Attachment or TimelineEntry or NextAction or CustomerGrade or CustomerContact or CustomerFieldValue or Pipeline or Stage
        or TagOption or CustomerTypeOption or ProfileField;

    /// <summary>Stages an UPDATE of the board's row to a new value (no read: the row exists from the migration).</summary>
    private static void Touch(LeadsDbContext db, string board)
    {
        var stamp = db.BoardStamps.Local.FirstOrDefault(s => s.Board == board);
        if (stamp is null)
        {
            stamp = new BoardStamp(board, Guid.Empty);
            db.BoardStamps.Attach(stamp);
        }
        stamp.Touch();
        db.Entry(stamp).Property(s => s.Value).IsModified = true;
    }
}
