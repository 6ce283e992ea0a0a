using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace SalesSuite.SharedKernel.Time;

/// <summary>The injected clock seen in the business time zone (default Asia/Shanghai).</summary>
public sealed class BusinessClock(IClock clock, IOptions<BusinessTimeOptions> options)
{
    private static readonly LocalDateTimePattern Display = LocalDateTimePattern.CreateWithInvariantCulture("yyyy-MM-dd HH:mm");

    public DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.Value.TimeZone)
        ?? throw new InvalidOperationException($"Unknown time zone '{options.Value.TimeZone}' in BusinessTime:TimeZone.");

    public Instant Now => clock.GetCurrentInstant();

    public ZonedDateTime LocalNow => Now.InZone(Zone);

    public LocalDate Today => LocalNow.Date;

    public ZonedDateTime InZone(Instant instant) => instant.InZone(Zone);

    /// <summary>"2026-02-15 10:22" in the business zone.</summary>
    public string Format(Instant instant) => Display.Format(instant.InZone(Zone).LocalDateTime);

    public Instant StartOfDay(LocalDate date) => Zone.AtStartOfDay(date).ToInstant();
}
