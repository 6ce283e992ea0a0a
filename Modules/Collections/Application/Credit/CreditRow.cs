using NodaTime;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Credit;

/// <summary>One customer on the credit page: limit, exposure (with its unscheduled part), what is left and the share used.</summary>
internal sealed record CreditRow(
    Guid CustomerId, string Code, string Name, decimal? Limit, decimal Exposure, decimal UnscheduledExposure, bool OverLimit,
    Instant? ExposureAsOf, int Version)
{
    public decimal? Available => Limit - Exposure;

    public decimal? UsedPercent => CreditExposure.UsedPercent(Exposure, Limit);
}
