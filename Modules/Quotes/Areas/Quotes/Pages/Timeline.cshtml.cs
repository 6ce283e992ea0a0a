using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Web;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Areas.Quotes.Pages;

/// <summary>Every command on the quote and its steps, from the operation log, newest first.</summary>
public sealed class TimelineModel : PageModel
{
    private readonly QuotesDbContext _db;
    private readonly RecordAccess _access;

    internal TimelineModel(QuotesDbContext db, RecordAccess access, BusinessClock clock)
    {
        _db = db;
        _access = access;
        Clock = clock;
    }

    internal BusinessClock Clock { get; }
    internal IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    internal string Name(Guid? id) => Names.NameOf(id);

    internal Quote Quote { get; private set; } = null!;
    internal List<IGrouping<(string Operation, NodaTime.Instant At, Guid? ActorUserId), OperationLogEntry>> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var quote = await _db.LoadAsync(id, ct);
        if (quote is null || !await _access.CanReadAsync(quote, _db, ct))
        {
            return NotFound();
        }
        Quote = quote;
        Names = await _access.NamesAsync(ct);
        var key = id.ToString();
        Entries = (await _db.OperationLog.AsNoTracking()
                .Where(x => x.EntityId == key && (x.EntityType == nameof(Domain.Quote) || x.EntityType == nameof(ApprovalStep)))
                .ToListAsync(ct))
            .GroupBy(x => (x.Operation, x.At, x.ActorUserId))
            .OrderByDescending(g => g.Key.At).ToList();
        return Page();
    }

    /// <summary>Only the fields worth showing on a timeline (never raw JSON of lines).</summary>
    internal static IEnumerable<FieldChange> Shown(OperationLogEntry entry) =>
        entry.ReadChanges().Where(c => c.Field
            is nameof(ApprovalStep.Status) or nameof(ApprovalStep.Comment) or nameof(ApprovalStep.CustomDevelopmentNeeded)
            or nameof(Domain.Quote.CurrentVersionLabel) or nameof(Domain.Quote.ValidUntil) or nameof(Domain.Quote.TokenRevoked)
            or nameof(Domain.Quote.AcceptedByName));
}
