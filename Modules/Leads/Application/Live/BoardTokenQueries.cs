using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Live;

/// <summary>
/// The change tokens the live boards poll with: the board's stamp (one primary-key row) plus a time bucket for what
/// changes with time alone: days in stage on the kanban (the hour), a lead's age on the pool (the minute).
/// An open board sends its token back; the same token means nothing it shows has changed.
/// </summary>
internal sealed class BoardTokenQueries(LeadsDbContext db, IClock clock)
{
    private static readonly Func<LeadsDbContext, string, Task<Guid>> StampOf = EF.CompileAsyncQuery(
        (LeadsDbContext context, string board) => context.BoardStamps.Where(s => s.Board == board).Select(s => s.Value).FirstOrDefault());

    /// <summary>The board's stamp alone: what is cached per change of the board's data, not per time bucket.</summary>
    public Task<Guid> StampAsync(string board) => StampOf(db, board);

    public Task<string> DealsAsync() => TokenAsync(BoardStamp.Deals, Duration.FromHours(1));

    public Task<string> PoolAsync() => TokenAsync(BoardStamp.Pool, Duration.FromMinutes(1));

    private async Task<string> TokenAsync(string board, Duration bucket)
    {
        var stamp = await StampOf(db, board);
        var period = clock.GetCurrentInstant().ToUnixTimeTicks() / bucket.BclCompatibleTicks;
        return $"{stamp:N}.{period}";
    }
}
