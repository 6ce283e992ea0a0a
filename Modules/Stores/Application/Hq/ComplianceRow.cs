using NodaTime;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>
/// Report compliance of one store in the period: days reported / expected days (every day from the later of the
/// period's start and the store's opening up to today), in the fence or under a supervisor exception, refusals logged,
/// the average dwell and the last report.
/// </summary>
internal sealed record ComplianceRow(
    HqStore Store, int Expected, int Reported, int InFence, int Exceptions, int Refusals, double? AverageDwell, LocalDate? LastReport)
{
    public decimal? Rate => HqMath.Rate(Reported, Expected);
}
