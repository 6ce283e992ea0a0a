using NodaTime;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Application.Indicators;

/// <summary>
/// One record's contribution to an indicator: numerator and denominator (e.g. 1 / 1 for a lead that waited, 0 / 1 for
/// one confirmed in time), the week it counts in, and the record itself when it is one of those behind a bad number.
/// </summary>
internal sealed record IndicatorSample(string Code, Guid OwnerId, Guid? TeamId, LocalDate Week, double Numerator, double Denominator,
    Instant At, RecordRef? Record = null, bool Bad = false, double? Hours = null);
