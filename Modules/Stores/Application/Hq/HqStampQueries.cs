using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>
/// The token a cached headquarters report is valid under: the reports' change stamp (one primary-key row, read from
/// the database on every request, so a change made on another host counts) and the business date (today's due days,
/// the presets' periods).
/// </summary>
internal sealed class HqStampQueries(StoresDbContext db, HqViewService views)
{
    private static readonly Func<StoresDbContext, string, Task<Guid>> StampOf = EF.CompileAsyncQuery(
        (StoresDbContext context, string name) => context.HqStamps.Where(s => s.Name == name).Select(s => s.Value).FirstOrDefault());

    public async Task<string> TokenAsync() =>
        $"{await StampOf(db, HqStamp.Reports):N}.{views.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
